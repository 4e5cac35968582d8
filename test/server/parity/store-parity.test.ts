// Both stores loaded with the seed side by side must answer search, neighbours and paths the same way.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphExport } from "../../../server/domain/model.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { loadSeed } from "../../../seed/load-seed.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

/** mulberry32: a tiny seeded PRNG, so the sampled pairs are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeNeo4j("Store parity on the seed (memory vs Neo4j)", () => {
  let seed: GraphExport;
  let memory: GraphStore;
  let graph: GraphStore;

  beforeAll(async () => {
    seed = await loadSeed();
    memory = await createMemoryStore(seed);
    graph = await connectedTestStore();
    await graph.clear();
    await graph.load(seed);
  });
  afterAll(() => graph.close());

  it("finds the same top search hits, with the same scores, for every entity's name", async () => {
    for (const node of seed.nodes) {
      const hits = async (store: GraphStore) =>
        (await store.search(node.name, { limit: 5 })).map((h) => ({ id: h.id, score: h.score }));
      const expected = await hits(memory);
      expect(expected[0]?.id, `memory store's top hit for "${node.name}"`).toBeDefined();
      expect(await hits(graph), `search "${node.name}"`).toEqual(expected);
    }
  });

  it("returns the same 1-hop neighbourhood (nodes and edges) for every entity", async () => {
    for (const node of seed.nodes) {
      const ids = async (store: GraphStore) => {
        const sub = (await store.neighbors(node.id, { depth: 1, limit: 500, direction: "both" }))!;
        return {
          nodes: sub.nodes.map((n) => n.id),
          edges: sub.edges.map((e) => e.id),
          truncated: sub.truncated,
        };
      };
      expect(await ids(graph), `neighbours of ${node.id}`).toEqual(await ids(memory));
    }
  });

  it("agrees on the shortest-path length, and on the 3 best paths, between 20 pseudo-random pairs", async () => {
    const random = prng(20250726);
    const pick = () => seed.nodes[Math.floor(random() * seed.nodes.length)]!.id;
    let connected = 0;
    for (let i = 0; i < 20; i++) {
      const [from, to] = [pick(), pick()];
      const length = async (store: GraphStore) => {
        const paths = (await store.paths(from, to, { maxHops: 8, k: 1 }))!;
        return paths[0] ? paths[0].edges.length : null;
      };
      const expected = await length(memory);
      if (expected !== null) connected++;
      expect(await length(graph), `shortest ${from} → ${to}`).toBe(expected);

      const sequences = async (store: GraphStore) =>
        (await store.paths(from, to, { maxHops: 6, k: 3 }))!.map((p) => ({
          nodes: p.nodes.map((n) => n.id),
          edges: p.edges.map((e) => e.id),
        }));
      expect(await sequences(graph), `3 best paths ${from} → ${to}`).toEqual(await sequences(memory));
    }
    expect(connected).toBeGreaterThan(0);
  });

  it("agrees on depth-2 neighbourhoods with a small limit, so truncation is cut the same way", async () => {
    for (const node of seed.nodes) {
      const ids = async (store: GraphStore) => {
        const sub = (await store.neighbors(node.id, { depth: 2, limit: 10, direction: "out" }))!;
        return {
          nodes: sub.nodes.map((n) => n.id),
          edges: sub.edges.map((e) => e.id),
          truncated: sub.truncated,
        };
      };
      expect(await ids(graph), `depth-2 neighbours of ${node.id}`).toEqual(await ids(memory));
    }
  });
});
