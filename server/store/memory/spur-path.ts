// The shortest path between two nodes by bidirectional BFS, the smallest id sequence among equally short ones.
import { compareIds } from "../../domain/ordering.js";

/** Calls `visit` for every neighbour of `node` (undirected, no self-loops; repeats and any order allowed). */
export type Neighbours = (node: string, visit: (other: string) => void) => void;
/** What visiting a node's neighbours costs (its degree): picks the cheaper side to grow. */
export type Cost = (node: string) => number;

/**
 * The shortest path from `start` to `goal` within `budget` hops avoiding the blocked nodes and node
 * pairs (keys from `pairKey`); among equally short ones, the lexicographically smallest id sequence.
 *
 * Two BFS trees grow, the cheaper frontier (by total degree) a whole layer at a time, until they meet: on a graph with
 * hubs this touches a few thousand edges where one BFS from the goal touches most of the graph. The
 * walk from the start then takes, at each step, the smallest neighbour id that is still on a shortest
 * path — the same choice a single BFS from the goal would give, so the result does not change.
 */
export function shortestPath(
  neighbours: Neighbours,
  start: string,
  goal: string,
  budget: number,
  blockedNodes: ReadonlySet<string>,
  blockedPairs: ReadonlySet<string>,
  cost: Cost,
): string[] | null {
  if (blockedNodes.has(start) || blockedNodes.has(goal)) return null;
  const usable = (a: string, b: string) =>
    !blockedNodes.has(b) && (blockedPairs.size === 0 || !blockedPairs.has(pairKey(a, b)));
  const fromStart = new Map<string, number>([[start, 0]]);
  const toGoal = new Map<string, number>([[goal, 0]]);
  const startLayers: string[][] = [[start]];
  let goalFrontier = [goal];
  let goalDepth = 0;
  let met = false;
  while (!met && startLayers.length - 1 + goalDepth < budget) {
    const startFrontier = startLayers[startLayers.length - 1]!;
    if (startFrontier.length === 0 || goalFrontier.length === 0) return null;
    // A hub in a frontier costs thousands of edges: compare total degree, not node counts.
    const forward = totalCost(startFrontier, cost) <= totalCost(goalFrontier, cost);
    const [labels, others, frontier, depth] = forward
      ? [fromStart, toGoal, startFrontier, startLayers.length]
      : [toGoal, fromStart, goalFrontier, goalDepth + 1];
    const next: string[] = [];
    for (const node of frontier) {
      neighbours(node, (other) => {
        if (labels.has(other) || !usable(node, other)) return;
        labels.set(other, depth);
        next.push(other);
        if (others.has(other)) met = true;
      });
    }
    if (forward) startLayers.push(next);
    else [goalFrontier, goalDepth] = [next, depth];
  }
  // Until this layer the two label sets were disjoint, so they meet exactly at the start side's last
  // layer and the goal side's last layer: the path is as long as both depths together.
  return met ? walk(neighbours, usable, startLayers, toGoal, goalDepth) : null;
}

function totalCost(frontier: readonly string[], cost: Cost): number {
  let total = 0;
  for (const node of frontier) total += cost(node);
  return total;
}

/**
 * Walk from the start, each step to the smallest usable neighbour at the next position of some
 * shortest path. From the meeting layer on, the goal's labels say which nodes those are; closer to the
 * start, they are found by walking the start's layers back from the meeting layer.
 */
function walk(
  neighbours: Neighbours,
  usable: (a: string, b: string) => boolean,
  startLayers: readonly string[][],
  toGoal: ReadonlyMap<string, number>,
  goalDepth: number,
): string[] {
  const meet = startLayers.length - 1;
  const length = meet + goalDepth;
  const onPath: Set<string>[] = [];
  onPath[meet] = new Set(startLayers[meet]!.filter((node) => toGoal.get(node) === goalDepth));
  for (let position = meet - 1; position >= 1; position--) {
    const here = new Set<string>();
    const layer = new Set(startLayers[position]);
    for (const node of onPath[position + 1]!) {
      neighbours(node, (other) => {
        if (layer.has(other) && usable(node, other)) here.add(other);
      });
    }
    onPath[position] = here;
  }

  const path = [startLayers[0]![0]!];
  let current = path[0]!;
  for (let position = 1; position <= length; position++) {
    const remaining = length - position;
    const onShortest =
      position >= meet
        ? (node: string) => toGoal.get(node) === remaining
        : (node: string) => onPath[position]!.has(node);
    let best: string | undefined;
    neighbours(current, (other) => {
      if ((best === undefined || compareIds(other, best) < 0) && onShortest(other) && usable(current, other))
        best = other;
    });
    current = best!; // exists: `current` lies on a shortest path, so some usable neighbour continues it
    path.push(current);
  }
  return path;
}

/** The key of an unordered node pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
