// A read-only graph over a snapshot's columns (typed arrays, CSR adjacency): what the memory store reads from while graphology fills.
import type { Evidence, GraphEdge, GraphNode, Properties } from "../../domain/model.js";
import { indexOfSortedId } from "../../domain/ordering.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import { copyEdge, copyProperties, storedAliases, storedEvidence, storedProperties } from "./graph-types.js";
import type { SnapshotColumns } from "./snapshot-columns.js";

/** A sparse column (item indices ascending, then the values), checked so that a lookup can binary-search it. */
export interface SparseColumn<T> {
  readonly at: readonly number[];
  readonly values: readonly T[];
}

/**
 * Node i is `nodeIds[i]`, edge j is `edgeIds[j]`, both sorted by `compareIds` (the snapshot writes them
 * from exportAll, which sorts them), so an index's order is its id's order and a lookup is a binary search.
 * Out- and in-adjacency are CSR: node v's out-edges are `outEdges[outOffsets[v] .. outOffsets[v+1]]`,
 * ascending by edge index (a counting sort keeps the edges' order).
 */
export class ColumnarGraph {
  readonly outOffsets: Int32Array;
  readonly outEdges: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inEdges: Int32Array;

  private constructor(
    readonly nodeIds: readonly string[],
    readonly nodeTypeTable: readonly NodeType[],
    readonly nodeTypeCodes: Int32Array,
    readonly names: readonly string[],
    readonly aliases: SparseColumn<string[]>,
    readonly nodeProperties: SparseColumn<Properties>,
    readonly edgeIds: readonly string[],
    readonly sources: Int32Array,
    readonly targets: Int32Array,
    readonly relTypeTable: readonly RelType[],
    readonly edgeTypeCodes: Int32Array,
    readonly edgeProperties: SparseColumn<Properties>,
    readonly evidence: SparseColumn<Evidence[]>,
  ) {
    [this.outOffsets, this.outEdges] = groupEdges(sources, nodeIds.length);
    [this.inOffsets, this.inEdges] = groupEdges(targets, nodeIds.length);
  }

  /**
   * The columns as a graph, in O(n + m) after the sortedness checks. null when the ids are not sorted (or a
   * sparse column's indices not ascending): such a file still restores, through graphology directly.
   * @throws Error when the columns do not fit together (lengths, indices out of range), as `fillGraph` does.
   */
  static from(columns: SnapshotColumns): ColumnarGraph | null {
    const { nodes, edges } = columns;
    const nodeCount = nodes.ids.length;
    const edgeCount = edges.ids.length;
    for (const column of [nodes.types, nodes.names])
      if (column.length !== nodeCount) throw new Error("a node column's length differs from its ids'");
    for (const column of [edges.sources, edges.targets, edges.types])
      if (column.length !== edgeCount) throw new Error("an edge column's length differs from its ids'");
    const sparse = [nodes.aliases, nodes.properties, edges.properties, edges.evidence] as const;
    const limits = [nodeCount, nodeCount, edgeCount, edgeCount];
    const ascending = sparse.map((column, i) => checkSparse(column, limits[i]!));
    if (!ascending.every(Boolean) || !strictlySorted(nodes.ids) || !strictlySorted(edges.ids)) return null;
    return new ColumnarGraph(
      nodes.ids,
      columns.nodeTypes,
      codes(nodes.types, columns.nodeTypes.length),
      nodes.names,
      nodes.aliases,
      nodes.properties,
      edges.ids,
      codes(edges.sources, nodeCount),
      codes(edges.targets, nodeCount),
      columns.relTypes,
      codes(edges.types, columns.relTypes.length),
      edges.properties,
      edges.evidence,
    );
  }

  get order(): number {
    return this.nodeIds.length;
  }

  get size(): number {
    return this.edgeIds.length;
  }

  nodeIndex(id: string): number {
    return indexOfSortedId(this.nodeIds, id);
  }

  edgeIndex(id: string): number {
    return indexOfSortedId(this.edgeIds, id);
  }

  nodeType(node: number): NodeType {
    return this.nodeTypeTable[this.nodeTypeCodes[node]!]!;
  }

  edgeType(edge: number): RelType {
    return this.relTypeTable[this.edgeTypeCodes[edge]!]!;
  }

  /** A copy, like graph-types.ts's `readNode`: callers may mutate it. */
  readNode(node: number): GraphNode {
    return {
      id: this.nodeIds[node]!,
      type: this.nodeType(node),
      name: this.names[node]!,
      aliases: storedAliases(sparseAt(this.aliases, node)).slice(),
      properties: copyProperties(storedProperties(sparseAt(this.nodeProperties, node))),
    };
  }

  /** A copy, like graph-types.ts's `readEdge`. */
  readEdge(edge: number): GraphEdge {
    const attrs = {
      type: this.edgeType(edge),
      properties: storedProperties(sparseAt(this.edgeProperties, edge)),
      evidence: storedEvidence(sparseAt(this.evidence, edge)),
    };
    const nodeIds = this.nodeIds;
    return copyEdge(this.edgeIds[edge]!, attrs, nodeIds[this.sources[edge]!]!, nodeIds[this.targets[edge]!]!);
  }

  /** Relationships at `node` that are self-loops (each lies in both its out- and in-list). */
  selfLoops(node: number): number {
    let count = 0;
    for (let slot = this.outOffsets[node]!, end = this.outOffsets[node + 1]!; slot < end; slot++)
      if (this.targets[this.outEdges[slot]!] === node) count++;
    return count;
  }

  /** Every incident relationship once, whatever its direction: what the store's `degree` counts. */
  degree(node: number): number {
    const out = this.outOffsets[node + 1]! - this.outOffsets[node]!;
    const inward = this.inOffsets[node + 1]! - this.inOffsets[node]!;
    return out + inward - this.selfLoops(node);
  }
}

/** The value at `index` of a sparse column, by binary search over its ascending indices. */
export function sparseAt<T>(column: SparseColumn<T>, index: number): T | undefined {
  const at = column.at;
  let low = 0;
  let high = at.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = at[middle]!;
    if (value === index) return column.values[middle];
    if (value < index) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Strictly ascending by compareIds: sorted, and so without duplicates (graphology would refuse one). */
function strictlySorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}

/** Whether the indices ascend; throws when the column does not fit (lengths, an index out of range). */
function checkSparse(column: SparseColumn<unknown>, limit: number): boolean {
  if (column.at.length !== column.values.length) throw new Error("a sparse column's lengths differ");
  let ascending = true;
  for (let i = 0; i < column.at.length; i++) {
    const at = column.at[i]!;
    if (!(at >= 0 && at < limit)) throw new Error("a sparse column's index is out of range");
    if (i > 0 && at <= column.at[i - 1]!) ascending = false;
  }
  return ascending;
}

/** The values as an Int32Array, each checked to be an index below `limit`. */
function codes(values: readonly number[], limit: number): Int32Array {
  const array = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!(Number.isInteger(value) && value >= 0 && value < limit))
      throw new Error("a column is shorter than its ids or an index is out of range");
    array[i] = value;
  }
  return array;
}

/** CSR by counting sort: each node's edges (those whose `ends` entry is the node), ascending by edge index. */
function groupEdges(ends: Int32Array, nodeCount: number): [Int32Array, Int32Array] {
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < ends.length; e++) offsets[ends[e]! + 1]!++;
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const next = offsets.slice(0, nodeCount);
  const edges = new Int32Array(ends.length);
  for (let e = 0; e < ends.length; e++) edges[next[ends[e]!]!++] = e;
  return [offsets, edges];
}
