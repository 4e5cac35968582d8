// Yen's k shortest simple paths on an undirected simple graph, ties broken by the node-id sequence.
import { compareIdSequences } from "../../domain/ordering.js";

/** Sorted neighbour ids of a node (undirected, no self-loops). */
export type Adjacency = (node: string) => readonly string[];

/**
 * Up to `k` simple paths from `from` to `to` with at most `maxHops` edges, as node sequences,
 * ordered by (hop count, node-id sequence). `from === to` gives the single path `[from]`.
 *
 * Yen's algorithm is exact for this order because it is prefix-monotone: for a fixed root, the
 * best completion is the shortest spur path with the lexicographically smallest ids, which
 * `shortestPath` computes. Cost: O(k · hops · (V + E)); no enumeration of all paths.
 */
export function kShortestSimplePaths(
  adjacency: Adjacency,
  from: string,
  to: string,
  k: number,
  maxHops: number,
): string[][] {
  if (from === to) return [[from]];
  const first = shortestPath(adjacency, from, to, maxHops, new Set(), new Set());
  if (!first) return [];
  const accepted = [first];
  const seen = new Set([first.join("\u0000")]);
  const candidates: string[][] = [];

  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    for (let i = 0; i < previous.length - 1; i++) {
      const root = previous.slice(0, i + 1);
      const blockedPairs = new Set<string>();
      for (const path of accepted) {
        if (path.length > i + 1 && sameStart(path, root)) blockedPairs.add(pairKey(path[i]!, path[i + 1]!));
      }
      const blockedNodes = new Set(root.slice(0, i));
      const spur = shortestPath(adjacency, root[i]!, to, maxHops - i, blockedNodes, blockedPairs);
      if (!spur) continue;
      const candidate = [...root.slice(0, i), ...spur];
      const key = candidate.join("\u0000");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || compareIdSequences(a, b));
    accepted.push(candidates.shift()!);
  }
  return accepted;
}

/**
 * The shortest path from `start` to `goal` within `budget` hops avoiding the blocked nodes and
 * node pairs; among equally short ones, the lexicographically smallest id sequence.
 */
function shortestPath(
  adjacency: Adjacency,
  start: string,
  goal: string,
  budget: number,
  blockedNodes: ReadonlySet<string>,
  blockedPairs: ReadonlySet<string>,
): string[] | null {
  const usable = (a: string, b: string) => !blockedNodes.has(b) && !blockedPairs.has(pairKey(a, b));
  // Distances to the goal, so the walk from the start can greedily take the smallest id that stays shortest.
  const toGoal = new Map<string, number>([[goal, 0]]);
  let frontier = [goal];
  for (let hop = 1; hop <= budget && !toGoal.has(start) && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacency(node)) {
        if (toGoal.has(other) || !usable(node, other)) continue;
        toGoal.set(other, hop);
        next.push(other);
      }
    }
    frontier = next;
  }
  const length = toGoal.get(start);
  if (length === undefined || blockedNodes.has(start)) return null;

  const path = [start];
  let current = start;
  for (let remaining = length - 1; remaining >= 0; remaining--) {
    const step = adjacency(current).find(
      (other) => toGoal.get(other) === remaining && usable(current, other),
    );
    current = step!; // exists: `current` is at distance remaining + 1, so some usable neighbour is at `remaining`
    path.push(current);
  }
  return path;
}

function sameStart(path: readonly string[], root: readonly string[]): boolean {
  return root.every((id, i) => path[i] === id);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
