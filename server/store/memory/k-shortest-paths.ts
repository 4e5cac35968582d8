// Yen's k shortest simple paths on an undirected simple graph, ties broken by the node-id sequence.
import { compareIdSequences } from "../../domain/ordering.js";
import { pairKey, shortestPath, type Cost, type Neighbours } from "./spur-path.js";

export type { Cost, Neighbours } from "./spur-path.js";

/**
 * Up to `k` simple paths from `from` to `to` with at most `maxHops` edges, as node sequences,
 * ordered by (hop count, node-id sequence). `from === to` gives the single path `[from]`.
 *
 * Yen's algorithm is exact for this order because it is prefix-monotone: for a fixed root, the
 * best completion is the shortest spur path with the lexicographically smallest ids, which
 * `shortestPath` computes. Cost: at most O(k · hops · (V + E)), usually far less since each spur
 * search is a bidirectional BFS that stops where its two halves meet; no enumeration of all paths.
 */
export function kShortestSimplePaths(
  neighbours: Neighbours,
  from: string,
  to: string,
  k: number,
  maxHops: number,
  /** Each node's degree, to grow the cheaper BFS side; only speed depends on it. */
  cost: Cost = () => 1,
): string[][] {
  if (from === to) return [[from]];
  const first = shortestPath(neighbours, from, to, maxHops, new Set(), new Set(), cost);
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
      const spur = shortestPath(neighbours, root[i]!, to, maxHops - i, blockedNodes, blockedPairs, cost);
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

function sameStart(path: readonly string[], root: readonly string[]): boolean {
  return root.every((id, i) => path[i] === id);
}
