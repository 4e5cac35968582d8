// The memory store's search while its graph fills after a restore: the same packed texts, built from the snapshot's columns.
import type { ColumnarGraph } from "./columnar-graph.js";
import { sparseAt } from "./columnar-graph.js";
import { storedAliases } from "./graph-types.js";
import {
  forEachMatchIn,
  normalizedTexts,
  packTexts,
  type Match,
  type PackedTexts,
  type TextIndex,
} from "./search-index.js";

/**
 * Search over a ColumnarGraph, built on the first search (normalising every name, as the graph's index does on its
 * first search). The columns never change (writes wait for the graph), so it is never re-packed. Once the graph
 * holds the same nodes in the same order (hydrate.ts adds them in column order), the graph's SearchIndex adopts
 * these texts instead of normalising every name again (`built`).
 */
export class ColumnarSearchIndex implements TextIndex {
  private packed: PackedTexts | null = null;

  constructor(private readonly columns: ColumnarGraph) {}

  forEachMatch(query: string, visit: (match: Match) => void, enoughStrong: () => boolean): void {
    const { columns } = this;
    const summary = (node: number) => ({ type: columns.nodeType(node), name: columns.names[node]! });
    forEachMatchIn(this.texts(), summary, query, visit, enoughStrong);
  }

  /** The packed texts if a search built them, else null (nothing to hand over). */
  built(): PackedTexts | null {
    return this.packed;
  }

  private texts(): PackedTexts {
    if (this.packed) return this.packed;
    const { nodeIds, names, aliases } = this.columns;
    const packed = packTexts(nodeIds.length, (i) =>
      normalizedTexts(names[i]!, storedAliases(sparseAt(aliases, i))),
    );
    return (this.packed = { ...packed, ids: nodeIds });
  }
}
