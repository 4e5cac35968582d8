// The memory store's integer adjacency for path searches: how it is built and when it is dropped.
import { describe, expect, it } from "vitest";
import type { RelType } from "../../../../server/domain/vocabulary.js";
import { createMemoryGraph, type MemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import {
  buildPathAdjacency,
  indexOfNode,
  PathAdjacencyCache,
  type PathAdjacency,
} from "../../../../server/store/memory/path-adjacency.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";

const node = { type: "Company" as const, name: "x", aliases: [], properties: {} };
const edge = (type: RelType = "PARTNERS_WITH") => ({ type, properties: {}, evidence: [] });

/** b - a - c, a -> a, and two relationships c -> b of different types; nodes added out of id order. */
function smallGraph(): MemoryGraph {
  const graph = createMemoryGraph();
  for (const id of ["c", "a", "b", "d"]) graph.addNode(id, node);
  graph.addEdgeWithKey("e1", "a", "c", edge("FUNDS"));
  graph.addEdgeWithKey("e2", "b", "a", edge());
  graph.addEdgeWithKey("e3", "a", "a", edge());
  graph.addEdgeWithKey("e4", "c", "b", edge("FUNDS"));
  graph.addEdgeWithKey("e5", "c", "b", edge("PART_OF"));
  return graph;
}

/** Each node's neighbours by id with their types, in slot order. */
function slots(adjacency: PathAdjacency): Record<string, string[]> {
  const typeOf = new Map([...adjacency.typeCodes].map(([type, code]) => [code, type]));
  return Object.fromEntries(
    adjacency.ids.map((id, v) => [
      id,
      Array.from(
        adjacency.neighbours.subarray(adjacency.offsets[v], adjacency.offsets[v + 1]),
        (other, i) =>
          `${adjacency.ids[other]} ${typeOf.get(adjacency.slotTypes[adjacency.offsets[v]! + i]!)}`,
      ),
    ]),
  );
}

describe("buildPathAdjacency", () => {
  it("numbers nodes in id order and lists each node's neighbours in ascending order, one slot per relationship", () => {
    const adjacency = buildPathAdjacency(smallGraph());
    expect(adjacency.ids).toEqual(["a", "b", "c", "d"]);
    expect(slots(adjacency)).toEqual({
      a: ["b PARTNERS_WITH", "c FUNDS"],
      b: ["a PARTNERS_WITH", "c FUNDS", "c PART_OF"],
      c: ["a FUNDS", "b FUNDS", "b PART_OF"],
      d: [],
    });
  });

  it("leaves self-loops out: they never lie on a simple path", () => {
    const adjacency = buildPathAdjacency(smallGraph());
    expect(adjacency.neighbours).toHaveLength(2 * 4);
  });

  it("finds a node's index by id, and -1 for an id it does not hold", () => {
    const adjacency = buildPathAdjacency(smallGraph());
    expect(["a", "b", "c", "d", "0", "bb", "z"].map((id) => indexOfNode(adjacency, id))).toEqual([
      0, 1, 2, 3, -1, -1, -1,
    ]);
  });

  it("builds an empty adjacency for an empty graph", () => {
    const adjacency = buildPathAdjacency(createMemoryGraph());
    expect([adjacency.ids.length, adjacency.neighbours.length, indexOfNode(adjacency, "a")]).toEqual([
      0, 0, -1,
    ]);
  });
});

describe("PathAdjacencyCache", () => {
  const cached = () => {
    const graph = smallGraph();
    const cache = new PathAdjacencyCache(graph);
    return { graph, cache, first: cache.current() };
  };

  it("builds on first use, then reuses the same adjacency while the graph does not change", () => {
    const graph = smallGraph();
    const cache = new PathAdjacencyCache(graph);
    expect(cache.built).toBe(false);
    const first = cache.current();
    expect(cache.current()).toBe(first);
  });

  it("is rebuilt after a relationship is added or dropped", () => {
    const { graph, cache, first } = cached();
    graph.addEdgeWithKey("e6", "d", "a", edge());
    expect(cache.built).toBe(false);
    expect(slots(cache.current()).d).toEqual(["a PARTNERS_WITH"]);
    const second = cache.current();
    graph.dropEdge("e1");
    expect(cache.current()).not.toBe(second);
    expect(slots(cache.current()).a).toEqual(["b PARTNERS_WITH", "d PARTNERS_WITH"]);
    expect(first).not.toBe(second);
  });

  it("is rebuilt after a relationship's type changes, not after its other attributes change", () => {
    const { graph, cache, first } = cached();
    graph.setEdgeAttribute("e1", "properties", { note: "kept" });
    graph.mergeEdgeAttributes("e1", { evidence: [] });
    expect(cache.current()).toBe(first);
    graph.setEdgeAttribute("e1", "type", "PART_OF");
    expect(slots(cache.current()).a).toEqual(["b PARTNERS_WITH", "c PART_OF"]);
    const second = cache.current();
    graph.replaceEdgeAttributes("e1", edge("FUNDS"));
    expect(slots(cache.current()).a).toEqual(["b PARTNERS_WITH", "c FUNDS"]);
    expect(cache.current()).not.toBe(second);
  });

  it("is rebuilt after a node is added or dropped, and after the graph is cleared", () => {
    const { graph, cache } = cached();
    graph.addNode("e", node);
    expect(cache.current().ids).toEqual(["a", "b", "c", "d", "e"]);
    graph.dropNode("a");
    expect(slots(cache.current())).toEqual({
      b: ["c FUNDS", "c PART_OF"],
      c: ["b FUNDS", "b PART_OF"],
      d: [],
      e: [],
    });
    graph.clear();
    expect(cache.current().ids).toEqual([]);
  });

  it("is kept when only node attributes change", () => {
    const { graph, cache, first } = cached();
    graph.replaceNodeAttributes("a", { ...node, name: "renamed" });
    expect(cache.current()).toBe(first);
  });
});

describe("MemoryGraphStore#paths after writes", () => {
  it("follows relationships written after an earlier search, and stops following removed ones", async () => {
    const store = await createMemoryStore(fixtureGraph());
    const ids = async () =>
      (await store.paths("japan", "tsmc-arizona", { maxHops: 4, k: 1 }))!.map((p) =>
        p.nodes.map((n) => n.id),
      );
    expect(await ids()).toEqual([["japan", "rapidus", "tsmc", "tsmc-arizona"]]);
    const shortcut = {
      id: "shortcut",
      source: "tsmc-arizona",
      target: "japan",
      type: "PARTNERS_WITH" as const,
    };
    await store.applyChanges({ upsertEdges: [{ ...shortcut, properties: {}, evidence: [] }] });
    expect(await ids()).toEqual([["japan", "tsmc-arizona"]]);
    await store.applyChanges({ removeEdges: ["shortcut"] });
    expect(await ids()).toEqual([["japan", "rapidus", "tsmc", "tsmc-arizona"]]);
  });
});
