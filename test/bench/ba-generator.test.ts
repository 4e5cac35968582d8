// The BA generator: deterministic per seed, ≈5 edges per node, a heavy degree tail, loadable by both stores.
import { describe, expect, it } from "vitest";
import { baChunks, baEdgeList, baNodeCount, generateBA } from "../../bench/data/ba-generator.js";
import { validateGraphExport } from "../../server/domain/validate-load.js";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { edgeRow, nodeRow } from "../../server/store/neo4j/rows.js";

describe("BA generator", () => {
  describe("#baEdgeList", () => {
    it("gives the same edges for the same seed and different ones for another seed", () => {
      const a = baEdgeList({ edges: 5_000, seed: 7 });
      const b = baEdgeList({ edges: 5_000, seed: 7 });
      const c = baEdgeList({ edges: 5_000, seed: 8 });
      expect(a.targets).toEqual(b.targets);
      expect(a.targets).not.toEqual(c.targets);
    });

    it("gives about 5 edges per node and about the wanted edge count", () => {
      const list = baEdgeList({ edges: 10_000, seed: 1 });
      expect(list.nodes).toBe(baNodeCount(10_000));
      expect(list.sources.length / list.nodes).toBeGreaterThan(4.9);
      expect(list.sources.length / list.nodes).toBeLessThanOrEqual(5);
      expect(Math.abs(list.sources.length - 10_000)).toBeLessThan(20);
    });

    it("has no self-loops and no repeated pair", () => {
      const list = baEdgeList({ edges: 10_000, seed: 3 });
      const pairs = new Set<string>();
      for (let e = 0; e < list.sources.length; e++) {
        expect(list.sources[e]).not.toBe(list.targets[e]);
        const key = [list.sources[e], list.targets[e]].sort().join("-");
        expect(pairs.has(key)).toBe(false);
        pairs.add(key);
      }
    });

    it("has a power-law-ish tail: hubs far above the mean degree, most nodes near the minimum", () => {
      const list = baEdgeList({ edges: 50_000, seed: 5 });
      const degree = new Int32Array(list.nodes);
      for (let e = 0; e < list.sources.length; e++) {
        degree[list.sources[e]!]!++;
        degree[list.targets[e]!]!++;
      }
      const sorted = Array.from(degree).sort((a, b) => b - a);
      const mean = (2 * list.sources.length) / list.nodes;
      expect(sorted[0]!).toBeGreaterThan(20 * mean);
      const median = sorted[Math.floor(list.nodes / 2)]!;
      expect(median).toBeLessThan(mean);
      // The top 1% of nodes hold well over 1% of the edge ends (≈ 10% for BA).
      const top = sorted.slice(0, list.nodes / 100).reduce((a, b) => a + b, 0);
      expect(top / (2 * list.sources.length)).toBeGreaterThan(0.05);
    });
  });

  describe("#baChunks", () => {
    it("gives the same graph whatever the chunk size, nodes before edges", () => {
      const flat = (size: number) => [...baChunks({ edges: 2_000, seed: 9 }, size)];
      const small = flat(300);
      const big = flat(10_000);
      expect(small.flatMap((c) => c.nodes)).toEqual(big.flatMap((c) => c.nodes));
      expect(small.flatMap((c) => c.edges)).toEqual(big.flatMap((c) => c.edges));
      const firstEdgeChunk = small.findIndex((c) => c.edges.length > 0);
      expect(small.slice(firstEdgeChunk).every((c) => c.nodes.length === 0)).toBe(true);
    });
  });

  describe("#generateBA", () => {
    const data = generateBA({ edges: 3_000, seed: 2 });

    it("is a valid GraphExport with typed nodes, typed edges and a few amounts", () => {
      expect(() => validateGraphExport(data)).not.toThrow();
      expect(new Set(data.nodes.map((n) => n.type)).size).toBeGreaterThan(3);
      expect(new Set(data.edges.map((e) => e.type)).size).toBeGreaterThan(3);
      expect(data.edges.some((e) => typeof e.properties.amountUsd === "number")).toBe(true);
    });

    it("loads into the memory store with every node and edge", async () => {
      const store = await createMemoryStore(data);
      expect((await store.info()).counts).toEqual({
        nodes: data.nodes.length,
        relationships: data.edges.length,
      });
    });

    it("maps to Neo4j rows (what the loader writes) without loss of ids", () => {
      expect(data.nodes.map((n) => nodeRow(n).id)).toEqual(data.nodes.map((n) => n.id));
      expect(data.edges.map((e) => edgeRow(e).id)).toEqual(data.edges.map((e) => e.id));
    });
  });
});
