// The expand index: kept out of reads while stale, rebuilt after writes settle, and a build a write overtakes is dropped.
import { describe, expect, it } from "vitest";
import { ExpandIndexCache } from "../../../../server/store/memory/expand-index.js";
import { createMemoryGraph, type MemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import { byDefinition } from "./neighborhood-cases.js";

const node = { type: "Company" as const, name: "x", aliases: [], properties: {} };
const edge = { type: "FUNDS" as const, properties: {}, evidence: [] };

function pathGraph(count: number): MemoryGraph {
  const graph = createMemoryGraph();
  for (let i = 0; i < count; i++) graph.addNode(`n${i}`, node);
  for (let i = 1; i < count; i++) graph.addEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, edge);
  return graph;
}

describe("ExpandIndexCache", () => {
  it("hands out no index from a write until the rebuild after it, which then holds the write", async () => {
    const graph = pathGraph(3);
    const cache = new ExpandIndexCache(graph, 0);
    await cache.whenReady();
    expect(cache.current()?.edgeKeys).toEqual(["e1", "e2"]);
    graph.addEdgeWithKey("late", "n2", "n0", edge);
    expect(cache.current()).toBeNull();
    await cache.whenReady();
    expect(cache.current()?.edgeKeys).toEqual(["e1", "e2", "late"]);
  });

  it("drops a build that a write overtakes, and the next build holds that write", async () => {
    const graph = pathGraph(50_000); // more than one slice of nodes, so the build yields between them
    const cache = new ExpandIndexCache(graph, 0);
    await cache.whenReady();
    graph.dropEdge("e1"); // stale; the rebuild starts once the timer fires
    const entries = graph.nodeEntries.bind(graph);
    let wrote = false;
    graph.nodeEntries = () => {
      const iterator = entries();
      const next = iterator.next.bind(iterator);
      return Object.assign(iterator, {
        next: () => {
          if (!wrote) {
            wrote = true;
            setImmediate(() => graph.addEdgeWithKey("during", "n0", "n1", edge)); // lands between two slices
          }
          return next();
        },
      });
    };
    await cache.whenReady();
    expect(wrote).toBe(true);
    const index = cache.current()!;
    expect([index.edgeKeys.includes("e1"), index.edgeKeys.includes("during")]).toEqual([false, true]);
  });
});

describe("MemoryGraphStore with its expand index", () => {
  it("answers a depth-1 expansion the same before the index, from it, and right after a write", async () => {
    const store = await createMemoryStore(fixtureGraph());
    const graph = (store as unknown as { graph: MemoryGraph }).graph;
    const options = { depth: 1, limit: 100, direction: "both" } as const;
    const ids = graph.nodes();
    const expected = () => ids.map((id) => byDefinition(graph, id, options));
    const answers = () => Promise.all(ids.map((id) => store.neighbors(id, options)));
    expect(await answers()).toEqual(expected());
    await store.whenIndexed();
    expect(await answers()).toEqual(expected());
    const [a, b] = ids;
    await store.applyChanges({
      upsertEdges: [{ id: "new-edge", type: "FUNDS", source: a!, target: b!, properties: {}, evidence: [] }],
    });
    expect(await answers()).toEqual(expected());
    expect((await store.neighbors(a!, options))!.edges.map((e) => e.id)).toContain("new-edge");
    await store.whenIndexed();
    expect(await answers()).toEqual(expected());
  });
});
