// Normalised name and alias text of every node packed into one string, kept in step with the graph by its events, for the memory store's search.
import { normalizeText } from "../../domain/search-score.js";
import type { MemoryGraph, NodeAttributes } from "./graph-types.js";

/** Separates a node's texts (name first, then aliases); normalised text never holds it. */
const TEXT_SEPARATOR = "\u0001";
/** Separates nodes in the packed text, so a match never spans two nodes. */
const NODE_SEPARATOR = "\u0002";
/** What precedes a text's start or a word's start: a match there scores as a prefix or word prefix. */
const BOUNDARIES = new Set([NODE_SEPARATOR, TEXT_SEPARATOR, " "]);

/**
 * Every node's texts in one string and two flat arrays: no per-node string, Map entry or object, so
 * the index costs about its text's length plus 20 bytes per node (it was ~110 bytes per node with a Map
 * of per-node strings beside the joined text).
 */
export interface PackedTexts {
  /** NODE_SEPARATOR, then each node's texts followed by NODE_SEPARATOR. */
  text: string;
  /** Where node i's texts start in `text`, ascending; one more entry, `text.length`, ends the last node's. */
  starts: Int32Array;
  /** Node i's id. */
  ids: readonly string[];
}

interface Packed extends PackedTexts {
  ids: string[];
  /** Node i's attributes (the graph's own objects, replaced whole on write, which re-packs the node). */
  attrs: NodeAttributes[];
}

/** What a search needs of a node besides its texts: the type filter, and the stored name for ranking ties. */
export type NodeSummary = Pick<NodeAttributes, "type" | "name">;

/** One node some text of which contains the query, with its texts normalised. */
export interface Match {
  id: string;
  attrs: NodeSummary;
  name: string;
  aliases: string[];
}

/** An index a search scans: the graph's (SearchIndex) or, while the graph fills, the columns' (columnar-search.ts). */
export interface TextIndex {
  forEachMatch(query: string, visit: (match: Match) => void, enoughStrong: () => boolean): void;
}

/** `count` nodes' texts (name first, then aliases, as `textsOf(i)` gives them normalised) packed into one string. */
export function packTexts(
  count: number,
  textsOf: (node: number) => string,
): { text: string; starts: Int32Array } {
  const starts = new Int32Array(count + 1);
  const pieces: string[] = [NODE_SEPARATOR];
  let length = 1;
  for (let i = 0; i < count; i++) {
    starts[i] = length;
    const texts = textsOf(i);
    pieces.push(texts, NODE_SEPARATOR);
    length += texts.length + 1;
  }
  starts[count] = length;
  return { text: pieces.join(""), starts };
}

/**
 * Calls `visit` once per node some text of which contains `query` (normalised, not empty): first,
 * during one scan of the packed text, every node with a text that starts with the query or has a
 * word that does ("strong"); then — unless `enoughStrong()` says those suffice — the other nodes.
 */
export function forEachMatchIn(
  packed: PackedTexts,
  summary: (node: number) => NodeSummary,
  query: string,
  visit: (match: Match) => void,
  enoughStrong: () => boolean,
): void {
  const { text, starts } = packed;
  const lastNode = packed.ids.length - 1;
  const weak: number[] = [];
  const visitNode = (node: number) => {
    const segment = text.slice(starts[node]!, starts[node + 1]! - 1);
    const texts = segment.includes(TEXT_SEPARATOR) ? segment.split(TEXT_SEPARATOR) : [segment];
    visit({ id: packed.ids[node]!, attrs: summary(node), name: texts[0]!, aliases: texts.slice(1) });
  };
  let node = -1;
  let strong = false;
  // Occurrences come in text order, so those of one node are consecutive.
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    const owner = lastAtOrBefore(starts, at, Math.max(node, 0), lastNode);
    if (owner !== node) {
      if (node >= 0) {
        if (strong) visitNode(node);
        else weak.push(node);
      }
      node = owner;
      strong = false;
    }
    if (!strong && BOUNDARIES.has(text[at - 1]!)) {
      strong = true;
      at = starts[node + 1]! - 1; // the node's closing separator: nothing more to learn from this node
    }
  }
  if (node >= 0) {
    if (strong) visitNode(node);
    else weak.push(node);
  }
  if (weak.length && !enoughStrong()) for (const weakNode of weak) visitNode(weakNode);
}

/**
 * Each node's name and aliases normalised once and packed into one string that a query scans with
 * `indexOf` — a native substring search over a few MB instead of a call per node. Built on the first
 * search (normalising every name would slow a cold start). A write only records which node it touched;
 * the next search re-packs: untouched nodes' text is copied from the old string in runs (no
 * re-normalisation), touched nodes are normalised again. When most nodes were touched (a bulk load)
 * the index is dropped and the next search normalises everything, about as long as one search used to take.
 */
export class SearchIndex {
  private packed: Packed | null = null;
  /** Nodes added, changed or dropped since `packed` was built: their slots are stale or missing. */
  private readonly written = new Set<string>();

  constructor(private readonly graph: MemoryGraph) {
    // Every write path (load, applyChanges, restore, clear) goes through graphology's mutators, which emit these.
    const wrote = ({ key }: { key: string }) => {
      if (!this.packed) return;
      this.written.add(key);
      if (this.written.size > this.packed.ids.length / 2) this.drop();
    };
    graph.on("nodeAdded", wrote);
    graph.on("nodeAttributesUpdated", wrote);
    graph.on("nodeDropped", wrote);
    graph.on("cleared", () => this.drop());
  }

  forEachMatch(query: string, visit: (match: Match) => void, enoughStrong: () => boolean): void {
    const packed = this.current();
    // From the array, not graph.getNodeAttributes: a short query visits ~100k nodes, where the lookup doubled the time.
    forEachMatchIn(packed, (node) => packed.attrs[node]!, query, visit, enoughStrong);
  }

  /**
   * Takes texts packed from the same nodes in the graph's order (the columns' search, once the graph has filled
   * from them), so the first search after a restore need not normalise every name again. Ignored when the graph
   * holds other nodes or another order.
   */
  adopt(texts: PackedTexts): void {
    const ids = this.graph.nodes();
    if (ids.length !== texts.ids.length || ids.some((id, i) => id !== texts.ids[i])) return;
    const attrs = ids.map((id) => this.graph.getNodeAttributes(id));
    this.packed = { text: texts.text, starts: texts.starts, ids, attrs };
    this.written.clear();
  }

  private drop(): void {
    this.packed = null;
    this.written.clear();
  }

  private current(): Packed {
    if (!this.packed) this.packed = this.build();
    else if (this.written.size) this.packed = this.repack(this.packed);
    this.written.clear();
    return this.packed;
  }

  private build(): Packed {
    const ids = this.graph.nodes();
    const attrs = ids.map((id) => this.graph.getNodeAttributes(id));
    return {
      ...packTexts(ids.length, (i) => normalizedTexts(attrs[i]!.name, attrs[i]!.aliases)),
      ids,
      attrs,
    };
  }

  /** `old` without the written nodes' slots, then a fresh slot for each written node still in the graph. */
  private repack(old: Packed): Packed {
    const ids: string[] = [];
    const attrs: NodeAttributes[] = [];
    const starts: number[] = [];
    const pieces: string[] = [NODE_SEPARATOR];
    let length = 1;
    const count = old.ids.length;
    for (let i = 0; i < count;) {
      if (this.written.has(old.ids[i]!)) {
        i++;
        continue;
      }
      // A run of untouched nodes is copied as one slice; their starts shift by the same amount.
      const runStart = i;
      const shift = length - old.starts[runStart]!;
      for (; i < count && !this.written.has(old.ids[i]!); i++) {
        ids.push(old.ids[i]!);
        attrs.push(old.attrs[i]!);
        starts.push(old.starts[i]! + shift);
      }
      pieces.push(old.text.slice(old.starts[runStart]!, old.starts[i]!));
      length = old.starts[i]! + shift;
    }
    for (const id of this.written) {
      if (!this.graph.hasNode(id)) continue;
      const nodeAttrs = this.graph.getNodeAttributes(id);
      const texts = normalizedTexts(nodeAttrs.name, nodeAttrs.aliases);
      ids.push(id);
      attrs.push(nodeAttrs);
      starts.push(length);
      pieces.push(texts, NODE_SEPARATOR);
      length += texts.length + 1;
    }
    starts.push(length);
    return { text: pieces.join(""), starts: Int32Array.from(starts), ids, attrs };
  }
}

/** A node's name and aliases normalised, joined by TEXT_SEPARATOR. */
export function normalizedTexts(name: string, aliases: readonly string[]): string {
  if (!aliases.length) return normalizeText(name);
  return [name, ...aliases].map(normalizeText).join(TEXT_SEPARATOR);
}

/** The index of the last start ≤ `at` in [low, high] (binary search; `starts` ascending, `at` ≥ starts[low]). */
function lastAtOrBefore(starts: Int32Array, at: number, low: number, high: number): number {
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
