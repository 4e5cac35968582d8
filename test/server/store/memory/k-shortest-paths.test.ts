// Yen's algorithm checked against brute-force enumeration on many small random graphs.
import { describe, expect, it } from "vitest";
import { compareIdSequences } from "../../../../server/domain/ordering.js";
import { kShortestSimplePaths, type Adjacency } from "../../../../server/store/memory/k-shortest-paths.js";

/** A tiny deterministic PRNG (mulberry32) so every run checks the same graphs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(seed: number, nodeCount: number, density: number): Adjacency {
  const next = random(seed);
  const ids = Array.from({ length: nodeCount }, (_, i) => `n${String(i).padStart(2, "0")}`);
  const links = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const a of ids) {
    for (const b of ids) {
      if (a < b && next() < density) {
        links.get(a)!.add(b);
        links.get(b)!.add(a);
      }
    }
  }
  const sorted = new Map([...links].map(([id, set]) => [id, [...set].sort()]));
  return (node) => sorted.get(node) ?? [];
}

function bruteForce(adjacency: Adjacency, from: string, to: string, k: number, maxHops: number): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === to) return void found.push([...path]);
    if (path.length > maxHops) return;
    for (const next of adjacency(last)) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return found.sort((a, b) => a.length - b.length || compareIdSequences(a, b)).slice(0, k);
}

describe("kShortestSimplePaths", () => {
  it("returns exactly the first k simple paths by (length, id sequence), as brute force does", () => {
    let compared = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const nodeCount = 5 + (seed % 5);
      const adjacency = randomGraph(seed, nodeCount, 0.25 + (seed % 4) * 0.1);
      const k = 1 + (seed % 7);
      const maxHops = 1 + (seed % 5);
      const to = `n${String(nodeCount - 1).padStart(2, "0")}`;
      const expected = bruteForce(adjacency, "n00", to, k, maxHops);
      expect(kShortestSimplePaths(adjacency, "n00", to, k, maxHops), `seed ${seed}`).toEqual(expected);
      if (expected.length > 1) compared++;
    }
    expect(compared).toBeGreaterThan(30); // the sample really exercised ties and multiple paths
  });

  it("returns the single-node path when both ends are the same", () => {
    expect(kShortestSimplePaths(() => [], "a", "a", 3, 4)).toEqual([["a"]]);
  });

  it("returns [] when the ends are not connected", () => {
    expect(kShortestSimplePaths(() => [], "a", "b", 3, 4)).toEqual([]);
  });
});
