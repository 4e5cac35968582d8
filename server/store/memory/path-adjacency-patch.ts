// Brings a path adjacency up to date after a few writes by re-reading only the nodes they touched.
import { compareIds, indexOfSortedId } from "../../domain/ordering.js";
import type { MemoryGraph } from "./graph-types.js";
import type { PathAdjacency } from "./path-adjacency.js";
import { SearchScratch } from "./spur-path.js";

/**
 * What changed since `adjacency` was built: `nodes` added or dropped (by id), and `touched` nodes whose
 * relationships changed (both ends of every relationship added, dropped or re-typed, and every node in `nodes`).
 */
export interface AdjacencyChanges {
  readonly nodes: ReadonlySet<string>;
  readonly touched: ReadonlySet<string>;
}

/**
 * The adjacency `buildPathAdjacency(graph)` would build, from `adjacency` and the changes since: the same node
 * numbering (ids in `compareIds` order) and, per node, the same neighbour slots in ascending neighbour order.
 * Touched nodes are read from the graph; every other node's slots are copied, renumbered when nodes came or went.
 * O(V + E) array copies plus the touched nodes' degrees, against O(V log V + E) with a string lookup per
 * relationship for a rebuild: a few milliseconds instead of about a second at a million relationships.
 * Type codes of types the graph did not hold before are appended, so codes may differ from a rebuild's
 * numbering; searches only compare them through `typeCodes`.
 */
export function patchPathAdjacency(
  graph: MemoryGraph,
  adjacency: PathAdjacency,
  changes: AdjacencyChanges,
  reuse: PathAdjacency | null = null,
): PathAdjacency {
  const { ids, renumber } = renumbered(graph, adjacency.ids, changes.nodes);
  const typeCodes = new Map(adjacency.typeCodes);

  // The touched nodes' slots as (neighbour, type code) pairs, read from the graph.
  const fresh = new Map<number, Int32Array>();
  for (const id of changes.touched) {
    if (!graph.hasNode(id)) continue;
    const pairs: number[] = [];
    graph.forEachEdge(id, (_edge, attrs, source, target) => {
      if (source === target) return; // a self-loop never lies on a simple path
      let code = typeCodes.get(attrs.type);
      if (code === undefined) typeCodes.set(attrs.type, (code = typeCodes.size));
      pairs.push(indexOfSortedId(ids, source === id ? target : source), code);
    });
    fresh.set(indexOfSortedId(ids, id), sortedPairs(pairs));
  }

  const nodeCount = ids.length;
  const oldOffsets = adjacency.offsets;
  const oldIndex = renumber === null ? null : oldIndexOf(renumber, nodeCount);
  // Touched nodes in ascending order, then a sentinel: the stretches between them are copied.
  const touched = [...fresh.keys()].sort((a, b) => a - b);
  touched.push(nodeCount);

  const offsets = reuse?.offsets.length === nodeCount + 1 ? reuse.offsets : new Int32Array(nodeCount + 1);
  offsets[0] = 0;
  for (let v = 0, next = 0; v < nodeCount; v++) {
    const old = oldIndex ? oldIndex[v]! : v;
    if (v === touched[next]) offsets[v + 1] = offsets[v]! + (fresh.get(touched[next++]!)!.length >> 1);
    else offsets[v + 1] = offsets[v]! + oldOffsets[old + 1]! - oldOffsets[old]!;
  }
  const slotCount = offsets[nodeCount]!;
  const { neighbours, slotTypes } = slotArrays(slotCount, typeCodes.size, reuse);
  let from = 0; // the first node of the untouched stretch under way
  for (const v of touched) {
    if (from < v) copyStretch(from, v);
    if (v === nodeCount) break;
    const own = fresh.get(v)!;
    for (let i = 0, slot = offsets[v]!; i < own.length; i += 2, slot++) {
      neighbours[slot] = own[i]!;
      slotTypes[slot] = own[i + 1]!;
    }
    from = v + 1;
  }

  /**
   * Nodes [first, end) kept every relationship, so their neighbours all still exist. With the same ids their slots
   * are one block of the old arrays; otherwise each neighbour is renumbered (renumbering keeps their order).
   */
  function copyStretch(first: number, end: number): void {
    if (oldIndex === null) {
      const [oldFirst, oldEnd] = [oldOffsets[first]!, oldOffsets[end]!];
      neighbours.set(adjacency.neighbours.subarray(oldFirst, oldEnd), offsets[first]!);
      slotTypes.set(adjacency.slotTypes.subarray(oldFirst, oldEnd), offsets[first]!);
      return;
    }
    for (let v = first; v < end; v++) {
      const old = oldIndex[v]!;
      for (
        let at = oldOffsets[old]!, stop = oldOffsets[old + 1]!, slot = offsets[v]!;
        at < stop;
        at++, slot++
      ) {
        neighbours[slot] = renumber![adjacency.neighbours[at]!]!;
        slotTypes[slot] = adjacency.slotTypes[at]!;
      }
    }
  }
  const scratch = nodeCount === adjacency.ids.length ? adjacency.scratch : new SearchScratch(nodeCount);
  return { ids, offsets, neighbours, slotTypes, typeCodes, scratch };
}

/**
 * The graph's sorted ids after `nodes` came or went, and each old index's new one (-1 for a dropped node),
 * or null when the ids are unchanged.
 */
function renumbered(
  graph: MemoryGraph,
  oldIds: readonly string[],
  nodes: ReadonlySet<string>,
): { ids: readonly string[]; renumber: Int32Array | null } {
  const dropped: number[] = [];
  const added: string[] = [];
  for (const id of nodes) {
    const old = indexOfSortedId(oldIds, id);
    const present = graph.hasNode(id);
    if (old >= 0 && !present) dropped.push(old);
    else if (old < 0 && present) added.push(id);
  }
  if (dropped.length === 0 && added.length === 0) return { ids: oldIds, renumber: null };
  dropped.sort((a, b) => a - b);
  added.sort(compareIds);

  const ids: string[] = [];
  const renumber = new Int32Array(oldIds.length);
  let nextDropped = 0;
  let nextAdded = 0;
  for (let old = 0; old < oldIds.length; old++) {
    const id = oldIds[old]!;
    while (nextAdded < added.length && compareIds(added[nextAdded]!, id) < 0) ids.push(added[nextAdded++]!);
    if (dropped[nextDropped] === old) {
      nextDropped++;
      renumber[old] = -1;
      continue;
    }
    renumber[old] = ids.length;
    ids.push(id);
  }
  while (nextAdded < added.length) ids.push(added[nextAdded++]!);
  return { ids, renumber };
}

/** For each new index, the old index it came from (-1 for an added node). */
function oldIndexOf(renumber: Int32Array, nodeCount: number): Int32Array {
  const oldIndex = new Int32Array(nodeCount).fill(-1);
  for (let old = 0; old < renumber.length; old++) if (renumber[old]! >= 0) oldIndex[renumber[old]!] = old;
  return oldIndex;
}

/**
 * Slot arrays for `slotCount` slots: `reuse`'s when they are large enough and of the right width, else new ones
 * with room to spare. Allocating ~10 MB per patch at a million relationships cost more than the patch itself:
 * each allocation of that much outside the JS heap makes V8 collect garbage under "external memory pressure".
 * Slots past `slotCount` are never read: every reader goes through `offsets`.
 */
function slotArrays(
  slotCount: number,
  typeCount: number,
  reuse: PathAdjacency | null,
): Pick<PathAdjacency, "neighbours" | "slotTypes"> {
  const wide = typeCount > 256;
  if (reuse && reuse.neighbours.length >= slotCount && reuse.slotTypes instanceof Uint32Array === wide)
    return { neighbours: reuse.neighbours, slotTypes: reuse.slotTypes };
  const capacity = slotCount + (slotCount >> 6) + 64;
  return {
    neighbours: new Int32Array(capacity),
    slotTypes: wide ? new Uint32Array(capacity) : new Uint8Array(capacity),
  };
}

/** Flat (neighbour, code) pairs sorted by neighbour, then code. */
function sortedPairs(flat: number[]): Int32Array {
  const order = Array.from({ length: flat.length >> 1 }, (_, i) => i).sort(
    (a, b) => flat[2 * a]! - flat[2 * b]! || flat[2 * a + 1]! - flat[2 * b + 1]!,
  );
  const out = new Int32Array(flat.length);
  order.forEach((pair, i) => {
    out[2 * i] = flat[2 * pair]!;
    out[2 * i + 1] = flat[2 * pair + 1]!;
  });
  return out;
}
