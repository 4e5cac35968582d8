// An integer (CSR) adjacency of the memory store's graph for path searches, kept in step with the graph by its events.
import { compareIds, indexOfSortedId } from "../../domain/ordering.js";
import type { ColumnarGraph } from "./columnar-graph.js";
import type { MemoryGraph } from "./graph-types.js";
import { patchPathAdjacency } from "./path-adjacency-patch.js";
import { SearchScratch, type SearchSpace } from "./spur-path.js";

/**
 * The graph as typed arrays: node i is `ids[i]`, ids sorted by `compareIds`, so comparing indices is
 * comparing ids and a search's tie-break needs no string. Each relationship that is not a self-loop
 * fills one slot at each end; each node's slots are in ascending neighbour order.
 */
export interface PathAdjacency {
  readonly ids: readonly string[];
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly slotTypes: Uint8Array | Uint32Array;
  /** Relationship type → its code in `slotTypes`. */
  readonly typeCodes: ReadonlyMap<string, number>;
  readonly scratch: SearchScratch;
}

/** The node's index, or -1 when it is not in the adjacency (binary search: the ids are sorted). */
export function indexOfNode(adjacency: PathAdjacency, id: string): number {
  return indexOfSortedId(adjacency.ids, id);
}

/** A search over `adjacency` that follows only `relTypes` (every type when null). */
export function searchSpace(adjacency: PathAdjacency, relTypes: readonly string[] | null): SearchSpace {
  let allowed: Uint8Array | null = null;
  if (relTypes) {
    allowed = new Uint8Array(adjacency.typeCodes.size);
    for (const type of relTypes) {
      const code = adjacency.typeCodes.get(type);
      if (code !== undefined) allowed[code] = 1;
    }
  }
  return { ...adjacency, allowed };
}

/** Reads the whole graph: O(V log V + E), about a second per million relationships on a busy machine. */
export function buildPathAdjacency(graph: MemoryGraph): PathAdjacency {
  const ids = graph.nodes().sort(compareIds);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i]!, i);

  // Each relationship's ends and type code; codes by first use, in the graph's edge order.
  const typeCodes = new Map<string, number>();
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const codes = new Uint32Array(graph.size);
  let edgeCount = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return; // a self-loop never lies on a simple path
    let code = typeCodes.get(attrs.type);
    if (code === undefined) typeCodes.set(attrs.type, (code = typeCodes.size));
    sources[edgeCount] = indexOf.get(source)!;
    targets[edgeCount] = indexOf.get(target)!;
    codes[edgeCount++] = code;
  });
  return adjacencyOf(ids, typeCodes, sources, targets, codes, edgeCount);
}

/**
 * The same adjacency from a snapshot's columns, without graphology: node ids are already sorted, and edges come
 * in column order, the order the filled graph holds them in, so the result equals `buildPathAdjacency` of that
 * graph (the graph's cache adopts it once the graph is full).
 */
export function pathAdjacencyFromColumns(columns: ColumnarGraph): PathAdjacency {
  const edgeTotal = columns.edgeIds.length;
  const typeCodes = new Map<string, number>();
  const codeOfTableEntry = new Int32Array(columns.relTypeTable.length).fill(-1);
  const sources = new Int32Array(edgeTotal);
  const targets = new Int32Array(edgeTotal);
  const codes = new Uint32Array(edgeTotal);
  let edgeCount = 0;
  for (let edge = 0; edge < edgeTotal; edge++) {
    const source = columns.sources[edge]!;
    const target = columns.targets[edge]!;
    if (source === target) continue;
    const entry = columns.edgeTypeCodes[edge]!;
    let code = codeOfTableEntry[entry]!;
    if (code < 0) {
      code = codeOfTableEntry[entry] = typeCodes.size;
      typeCodes.set(columns.relTypeTable[entry]!, code);
    }
    sources[edgeCount] = source;
    targets[edgeCount] = target;
    codes[edgeCount++] = code;
  }
  return adjacencyOf(columns.nodeIds, typeCodes, sources, targets, codes, edgeCount);
}

/** CSR slots from the first `edgeCount` relationships (no self-loops), each node's slots by ascending neighbour. */
function adjacencyOf(
  ids: readonly string[],
  typeCodes: Map<string, number>,
  sources: Int32Array,
  targets: Int32Array,
  codes: Uint32Array,
  edgeCount: number,
): PathAdjacency {
  const nodeCount = ids.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    offsets[sources[e]! + 1]!++;
    offsets[targets[e]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const slotCount = offsets[nodeCount]!;

  // Slots in relationship order.
  const unsortedNeighbours = new Int32Array(slotCount);
  const unsortedTypes = new Uint32Array(slotCount);
  let next = offsets.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    const code = codes[e]!;
    unsortedNeighbours[next[s]!] = t;
    unsortedTypes[next[s]!++] = code;
    unsortedNeighbours[next[t]!] = s;
    unsortedTypes[next[t]!++] = code;
  }
  // Re-filed by visiting nodes in ascending order, which sorts every node's slots by neighbour
  // (the graph is symmetric: v's slots name exactly the nodes whose slots name v).
  const neighbours = new Int32Array(slotCount);
  const types = typeCodes.size <= 256 ? new Uint8Array(slotCount) : new Uint32Array(slotCount);
  next = offsets.slice(0, nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    for (let slot = offsets[v]!, end = offsets[v + 1]!; slot < end; slot++) {
      const other = unsortedNeighbours[slot]!;
      neighbours[next[other]!] = v;
      types[next[other]!++] = unsortedTypes[slot]!;
    }
  }
  return { ids, offsets, neighbours, slotTypes: types, typeCodes, scratch: new SearchScratch(nodeCount) };
}

/**
 * Changes beyond which the next search rebuilds instead of patching: past a sixteenth of the nodes (a bulk load,
 * not an edit), copying every slot and re-reading the touched nodes costs about as much as building anew.
 */
export function patchLimit(nodeCount: number): number {
  return Math.max(64, nodeCount >> 4);
}

/**
 * The adjacency of `graph`, built on the first path search and kept in step by graphology's events, which
 * every write path (load, applyChanges, restore, clear) emits through its mutators. A write that changes which
 * nodes exist, which are linked, or a relationship's type marks the nodes it touched; the next search patches
 * just those (path-adjacency-patch.ts). Past `patchLimit` marked nodes, or after a clear, it rebuilds instead.
 */
export class PathAdjacencyCache {
  private adjacency: PathAdjacency | null = null;
  /** The adjacency the last patch replaced: the next patch writes into its arrays (see slotArrays). */
  private spare: PathAdjacency | null = null;
  private readonly nodes = new Set<string>();
  private readonly touched = new Set<string>();

  constructor(private readonly graph: MemoryGraph) {
    const node = ({ key }: { key: string }) => {
      if (!this.adjacency) return;
      this.nodes.add(key);
      this.touch(key);
    };
    // A self-loop has no slots: adding or dropping one changes nothing a search reads.
    const relationship = ({ source, target }: { source: string; target: string }) =>
      source !== target && this.touch(source, target);
    graph.on("nodeAdded", node);
    graph.on("nodeDropped", node);
    graph.on("edgeAdded", relationship);
    graph.on("edgeDropped", relationship);
    graph.on("edgeAttributesUpdated", (payload) => {
      if (this.adjacency && mayChangeType(payload)) {
        const [source, target] = graph.extremities(payload.key);
        if (source !== target) this.touch(source, target);
      }
    });
    for (const event of ["cleared", "edgesCleared"] as const) graph.on(event, () => this.drop());
  }

  /** The adjacency as the graph stands; valid until the next call (a later patch may reuse its arrays). */
  current(): PathAdjacency {
    if (!this.adjacency) this.adjacency = buildPathAdjacency(this.graph);
    else if (this.touched.size > 0) {
      const changes = { nodes: this.nodes, touched: this.touched };
      const patched = patchPathAdjacency(this.graph, this.adjacency, changes, this.spare);
      this.spare = this.adjacency;
      this.adjacency = patched;
    }
    this.nodes.clear();
    this.touched.clear();
    return this.adjacency;
  }

  /** Takes an adjacency built from the columns the graph was just filled from (`pathAdjacencyFromColumns`). */
  adopt(adjacency: PathAdjacency): void {
    if (this.graph.order === adjacency.ids.length) {
      this.drop();
      this.adjacency = adjacency;
    }
  }

  /** Whether an adjacency is built (for tests). */
  get built(): boolean {
    return this.adjacency !== null;
  }

  /** Nodes the next search re-reads before it runs (for tests). */
  get pending(): number {
    return this.touched.size;
  }

  private touch(...ids: string[]): void {
    if (!this.adjacency) return;
    for (const id of ids) this.touched.add(id);
    if (this.touched.size > patchLimit(this.adjacency.ids.length)) this.drop();
  }

  private drop(): void {
    this.adjacency = null;
    this.spare = null;
    this.nodes.clear();
    this.touched.clear();
  }
}

/** Edge updates name the attribute ("set", "remove") or the merged data ("merge"); others may touch anything. */
function mayChangeType(update: { type: string; name?: string; data?: object }): boolean {
  if (update.type === "set" || update.type === "remove") return update.name === "type";
  if (update.type === "merge") return update.data === undefined || "type" in update.data;
  return true;
}
