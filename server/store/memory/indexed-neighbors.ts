// Depth-1 neighbourhoods read from the expand index: the same answer as neighbors.ts, without walking graphology.
import type { GraphEdge, Subgraph } from "../../domain/model.js";
import { compareById } from "../../domain/ordering.js";
import type { NeighborOptions } from "../graph-store.js";
import type { ExpandIndex } from "./expand-index.js";
import { copyEdge, copyNode } from "./graph-types.js";

/**
 * `neighborhood(graph, id, options)` for `options.depth === 1`, from `index` (which must match the graph).
 * A node's slots are sorted by neighbour id, so the page is read off in order: no set of every neighbour
 * and no sort, and a hub's neighbours past the page are never read.
 */
export function indexedNeighborhood(
  index: ExpandIndex,
  id: string,
  options: NeighborOptions,
): Subgraph | null {
  const start = index.indexOf.get(id);
  if (start === undefined) return null;
  const relTypes = options.relTypes?.length ? new Set<string>(options.relTypes) : null;
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const offset = options.offset ?? 0;
  const wanted = offset + options.limit;
  const { offsets, slotNeighbour, slotEdge, slotOut, edgeAttributes, nodeAttributes } = index;
  const follows = (slot: number) =>
    (options.direction === "both" || (slotOut[slot] === 1) === (options.direction === "out")) &&
    (!relTypes || relTypes.has(edgeAttributes[slotEdge[slot]!]!.type));

  // Distinct neighbours in id order; one past the page is enough to know the page was truncated.
  const kept: number[] = [];
  let found = 0;
  for (
    let slot = offsets[start]!, end = offsets[start + 1]!, last = -1;
    slot < end && found <= wanted;
    slot++
  ) {
    const other = slotNeighbour[slot]!;
    if (other === last || other === start || !follows(slot)) continue;
    last = other;
    if (types && !types.has(nodeAttributes[other]!.type)) continue;
    if (found >= offset && found < wanted) kept.push(other);
    found++;
  }

  // Every allowed relationship among the returned nodes: the start node's slots give its own (each once, a
  // self-loop included); each kept node adds those it is the source of towards another kept node (or itself).
  const returned = new Set([start, ...kept]);
  const edges: GraphEdge[] = [];
  const add = (slot: number) => {
    const e = slotEdge[slot]!;
    const attrs = edgeAttributes[e]!;
    if (relTypes && !relTypes.has(attrs.type)) return;
    const source = index.ids[index.edgeSources[e]!]!;
    edges.push(copyEdge(index.edgeKeys[e]!, attrs, source, index.ids[index.edgeTargets[e]!]!));
  };
  for (let slot = offsets[start]!, end = offsets[start + 1]!; slot < end; slot++)
    if (returned.has(slotNeighbour[slot]!)) add(slot);
  for (const node of kept) {
    const first = offsets[node]!;
    const end = offsets[node + 1]!;
    if (end - first <= 4 * returned.size) {
      for (let slot = first; slot < end; slot++) {
        const other = slotNeighbour[slot]!;
        if (slotOut[slot] === 1 && other !== start && returned.has(other)) add(slot);
      }
    } else
      // A hub among the kept: look each returned node up in its sorted slots instead of reading them all.
      for (const other of returned) {
        if (other === start) continue;
        for (
          let slot = firstSlotOf(slotNeighbour, first, end, other);
          slot < end && slotNeighbour[slot] === other;
          slot++
        )
          if (slotOut[slot] === 1) add(slot);
      }
  }

  return {
    nodes: [start, ...kept].map((node) => copyNode(index.ids[node]!, nodeAttributes[node]!)),
    edges: edges.sort(compareById),
    truncated: found > offset + kept.length, // counting stopped one past the page, if there was more
  };
}

/** The first slot in [low, high) whose neighbour is ≥ `node` (slots are sorted by neighbour). */
function firstSlotOf(neighbours: Int32Array, low: number, high: number, node: number): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (neighbours[middle]! < node) low = middle + 1;
    else high = middle;
  }
  return low;
}
