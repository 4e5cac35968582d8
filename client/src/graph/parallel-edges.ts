// Curvatures for parallel and opposite edges, so several relationships between two nodes stay distinguishable.

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

const STEP = 0.3;

/**
 * Returns a curvature per edge: 0 (straight) for an edge alone between its two nodes, otherwise a
 * value whose sign and size separate it from its siblings. A curve bends relative to its own
 * direction, so opposite edges with the same positive curvature already bend to opposite sides.
 */
export function parallelCurvatures(edges: readonly EdgeEnds[]): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const key =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      result.set(group[0]!.id, 0);
      continue;
    }
    const first = group[0]!;
    const forward = group.filter((e) => e.source === first.source && e.target === first.target);
    const backward = group.filter((e) => !(e.source === first.source && e.target === first.target));
    if (backward.length === 0) {
      // All one way: spread symmetrically around the straight line.
      forward.forEach((e, i) => result.set(e.id, (i - (forward.length - 1) / 2) * 2 * STEP));
    } else {
      // Both ways: each direction fans out on its own side.
      forward.forEach((e, i) => result.set(e.id, STEP * (i + 1)));
      backward.forEach((e, i) => result.set(e.id, STEP * (i + 1)));
    }
  }
  return result;
}
