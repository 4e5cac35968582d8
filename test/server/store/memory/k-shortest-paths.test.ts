// Yen's algorithm checked against brute-force enumeration on many small random graphs.
import { describe, expect, it } from "vitest";
import { compareIdSequences } from "../../../../server/domain/ordering.js";
import { createMemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { kShortestSimplePaths } from "../../../../server/store/memory/k-shortest-paths.js";
import {
  buildPathAdjacency,
  indexOfNode,
  searchSpace,
} from "../../../../server/store/memory/path-adjacency.js";

/** Sorted neighbour ids of a node, for the brute force. */
type Adjacency = (node: string) => readonly string[];

/** A tiny deterministic PRNG (mulberry32) so every run checks the same graphs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(
  seed: number,
  nodeCount: number,
  density: number,
): { ids: string[]; adjacency: Adjacency } {
  const next = random(seed);
  const ids = Array.from({ length: nodeCount }, (_, i) => `n${String(i).padStart(3, "0")}`);
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
  return { ids, adjacency: (node) => sorted.get(node) ?? [] };
}

/**
 * The search's view of the same graph, built from a store graph whose relationships point either way,
 * each twice (parallel edges) and with self-loops: none of that may change the answer.
 */
function searcher(adjacency: Adjacency, ids: readonly string[]) {
  const graph = createMemoryGraph();
  const attrs = () => ({ type: "PARTNERS_WITH" as const, properties: {}, evidence: [] });
  for (const id of [...ids].reverse())
    graph.addNode(id, { type: "Company", name: id, aliases: [], properties: {} });
  for (const a of ids) {
    graph.addEdge(a, a, attrs());
    for (const b of adjacency(a)) {
      if (a < b) continue;
      graph.addEdge(a, b, attrs());
      graph.addEdge(b, a, attrs());
    }
  }
  const built = buildPathAdjacency(graph);
  return (from: string, to: string, k: number, maxHops: number) =>
    kShortestSimplePaths(
      searchSpace(built, null),
      indexOfNode(built, from),
      indexOfNode(built, to),
      k,
      maxHops,
    ).map((path) => path.map((index) => built.ids[index]!));
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
      const { ids, adjacency } = randomGraph(seed, nodeCount, 0.25 + (seed % 4) * 0.1);
      const k = 1 + (seed % 7);
      const maxHops = 1 + (seed % 5);
      const to = `n${String(nodeCount - 1).padStart(3, "0")}`;
      const expected = bruteForce(adjacency, "n000", to, k, maxHops);
      expect(searcher(adjacency, ids)("n000", to, k, maxHops), `seed ${seed}`).toEqual(expected);
      if (expected.length > 1) compared++;
    }
    expect(compared).toBeGreaterThan(30); // the sample really exercised ties and multiple paths
  });

  it("agrees with brute force on larger sparse graphs, where both BFS halves grow several layers", () => {
    let long = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const nodeCount = 30 + (seed % 20);
      const { ids, adjacency } = randomGraph(1000 + seed, nodeCount, 2.2 / nodeCount);
      const k = 1 + (seed % 4);
      const maxHops = 4 + (seed % 4);
      const to = `n${String(nodeCount - 1).padStart(3, "0")}`;
      const expected = bruteForce(adjacency, "n000", to, k, maxHops);
      expect(searcher(adjacency, ids)("n000", to, k, maxHops), `seed ${seed}`).toEqual(expected);
      if (expected[0] && expected[0].length > 4) long++;
    }
    expect(long).toBeGreaterThan(10); // many first paths had 4+ hops, so both halves met mid-way
  });

  it("returns the single-node path when both ends are the same", () => {
    const { ids, adjacency } = randomGraph(1, 3, 0);
    expect(searcher(adjacency, ids)("n000", "n000", 3, 4)).toEqual([["n000"]]);
  });

  it("returns [] when the ends are not connected", () => {
    const { ids, adjacency } = randomGraph(1, 3, 0);
    expect(searcher(adjacency, ids)("n000", "n001", 3, 4)).toEqual([]);
  });
});
