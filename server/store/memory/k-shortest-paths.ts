// Yen's k shortest simple paths on an undirected graph of node indices, ties broken by the index sequence.
import { pairKey, shortestPath, type SearchSpace } from "./spur-path.js";

export type { SearchSpace } from "./spur-path.js";

const NOTHING_BLOCKED = { nodes: new Set<number>(), pairs: new Set<number>() };

/**
 * Up to `k` simple paths from `from` to `to` with at most `maxHops` edges, as node-index sequences,
 * ordered by (hop count, index sequence). `from === to` gives the single path `[from]`. Node indices
 * follow id order (path-adjacency.ts), so this is also the order by node-id sequence.
 *
 * Yen's algorithm is exact for this order because it is prefix-monotone: for a fixed root, the
 * best completion is the shortest spur path with the lexicographically smallest indices, which
 * `shortestPath` computes. Cost: at most O(k · hops · (V + E)), usually far less since each spur
 * search is a bidirectional BFS that stops where its two halves meet; no enumeration of all paths.
 */
export function kShortestSimplePaths(
  space: SearchSpace,
  from: number,
  to: number,
  k: number,
  maxHops: number,
): number[][] {
  if (from === to) return [[from]];
  const first = shortestPath(space, from, to, maxHops, NOTHING_BLOCKED);
  if (!first) return [];
  const accepted = [first];
  const seen = new Set([first.join(",")]);
  const candidates: number[][] = [];

  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    for (let i = 0; i < previous.length - 1; i++) {
      const root = previous.slice(0, i + 1);
      const pairs = new Set<number>();
      for (const path of accepted) {
        if (path.length > i + 1 && sameStart(path, root)) pairs.add(pairKey(space, path[i]!, path[i + 1]!));
      }
      const blocked = { nodes: new Set(root.slice(0, i)), pairs };
      const spur = shortestPath(space, root[i]!, to, maxHops - i, blocked);
      if (!spur) continue;
      const candidate = [...root.slice(0, i), ...spur];
      const key = candidate.join(",");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || compareSequences(a, b));
    accepted.push(candidates.shift()!);
  }
  return accepted;
}

function sameStart(path: readonly number[], root: readonly number[]): boolean {
  return root.every((node, i) => path[i] === node);
}

/** Element by element; equally long sequences are all this compares. */
function compareSequences(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
