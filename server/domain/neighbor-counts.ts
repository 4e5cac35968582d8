// Distinct-neighbour counts from a node's incident relationships: what "+N more" pages through (both stores use it).
import type { DirectionCounts, NeighborCounts } from "./model.js";
import type { RelType } from "./vocabulary.js";

/** One relationship seen from the node: its type, whether it leaves the node, and the node at its other end. */
export interface IncidentRel {
  type: RelType;
  out: boolean;
  other: string;
}

interface Sets {
  both: Set<string>;
  out: Set<string>;
  in: Set<string>;
}

const emptySets = (): Sets => ({ both: new Set(), out: new Set(), in: new Set() });
const sizes = (sets: Sets): DirectionCounts => ({
  both: sets.both.size,
  out: sets.out.size,
  in: sets.in.size,
});

/**
 * Counts each neighbour once per direction however many relationships join it to `self` (A→B twice and B→A
 * once is one neighbour both ways, one out, one in). Self-loops are left out: paging never returns the start node.
 */
export function countNeighbors(self: string, rels: Iterable<IncidentRel>): NeighborCounts {
  const all = emptySets();
  const byType = new Map<RelType, Sets>();
  for (const rel of rels) {
    if (rel.other === self) continue;
    let typed = byType.get(rel.type);
    if (!typed) byType.set(rel.type, (typed = emptySets()));
    for (const sets of [all, typed]) {
      sets.both.add(rel.other);
      (rel.out ? sets.out : sets.in).add(rel.other);
    }
  }
  const perType: Partial<Record<RelType, DirectionCounts>> = {};
  for (const [type, sets] of byType) perType[type] = sizes(sets);
  return { ...sizes(all), byType: perType };
}
