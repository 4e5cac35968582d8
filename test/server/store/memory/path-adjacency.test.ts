// The memory store's integer adjacency for path searches: how it is built, patched after writes, and rebuilt.
import { describe, expect, it } from "vitest";
import type { RelType } from "../../../../server/domain/vocabulary.js";
import { createMemoryGraph, type MemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import {
  buildPathAdjacency,
  indexOfNode,
  PathAdjacencyCache,
  patchLimit,
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

/** What a search reads, independent of type numbering and of the order of parallel slots. */
function normalised(adjacency: PathAdjacency): Record<string, string[]> {
  return Object.fromEntries(Object.entries(slots(adjacency)).map(([id, list]) => [id, [...list].sort()]));
}

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

  it("marks both ends of a relationship added or dropped, and patches them in on the next search", () => {
    const { graph, cache, first } = cached();
    graph.addEdgeWithKey("e6", "d", "a", edge());
    expect(cache.pending).toBe(2);
    const second = cache.current();
    expect(second).not.toBe(first);
    expect(cache.pending).toBe(0);
    expect(slots(second).d).toEqual(["a PARTNERS_WITH"]);
    graph.dropEdge("e1");
    expect(slots(cache.current()).a).toEqual(["b PARTNERS_WITH", "d PARTNERS_WITH"]);
    expect(slots(cache.current()).c).toEqual(["b FUNDS", "b PART_OF"]);
    expect(normalised(cache.current())).toEqual(normalised(buildPathAdjacency(graph)));
  });

  it("ignores self-loops coming and going: they have no slots", () => {
    const { graph, cache, first } = cached();
    graph.dropEdge("e3");
    graph.addEdgeWithKey("e7", "d", "d", edge());
    expect(cache.pending).toBe(0);
    expect(cache.current()).toBe(first);
  });

  it("patches a relationship's new type in, and keeps the adjacency when only its other attributes change", () => {
    const { graph, cache, first } = cached();
    graph.setEdgeAttribute("e1", "properties", { note: "kept" });
    graph.mergeEdgeAttributes("e1", { evidence: [] });
    expect(cache.current()).toBe(first);
    graph.setEdgeAttribute("e1", "type", "PART_OF");
    expect(slots(cache.current()).a).toEqual(["b PARTNERS_WITH", "c PART_OF"]);
    const second = cache.current();
    graph.replaceEdgeAttributes("e1", edge("MEMBER_OF"));
    expect(slots(cache.current()).a).toEqual(["b PARTNERS_WITH", "c MEMBER_OF"]);
    expect(slots(cache.current()).c).toEqual(["a MEMBER_OF", "b FUNDS", "b PART_OF"]);
    expect(cache.current()).not.toBe(second);
  });

  it("renumbers the nodes when one is added or dropped, and rebuilds after the graph is cleared", () => {
    const { graph, cache } = cached();
    graph.addNode("0", node);
    graph.addNode("bb", node);
    expect(cache.current().ids).toEqual(["0", "a", "b", "bb", "c", "d"]);
    expect(slots(cache.current()).c).toEqual(["a FUNDS", "b FUNDS", "b PART_OF"]);
    graph.dropNode("a");
    graph.addEdgeWithKey("e8", "bb", "0", edge());
    expect(slots(cache.current())).toEqual({
      "0": ["bb PARTNERS_WITH"],
      b: ["c FUNDS", "c PART_OF"],
      bb: ["0 PARTNERS_WITH"],
      c: ["b FUNDS", "b PART_OF"],
      d: [],
    });
    expect(indexOfNode(cache.current(), "c")).toBe(3);
    graph.clear();
    expect(cache.built).toBe(false);
    expect(cache.current().ids).toEqual([]);
  });

  it("treats a node dropped and added again under the same id as a new node with no relationships", () => {
    const { graph, cache } = cached();
    graph.dropNode("c");
    graph.addNode("c", node);
    expect(slots(cache.current())).toEqual({ a: ["b PARTNERS_WITH"], b: ["a PARTNERS_WITH"], c: [], d: [] });
  });

  it("is kept when only node attributes change", () => {
    const { graph, cache, first } = cached();
    graph.replaceNodeAttributes("a", { ...node, name: "renamed" });
    expect(cache.current()).toBe(first);
  });

  it("rebuilds instead of patching once the writes touch more than patchLimit nodes", () => {
    const graph = createMemoryGraph();
    for (let i = 0; i < 100; i++) graph.addNode(`n${i}`, node);
    const cache = new PathAdjacencyCache(graph);
    cache.current();
    expect(patchLimit(100)).toBe(64);
    for (let i = 0; i < 32; i++) graph.addEdgeWithKey(`e${i}`, `n${2 * i}`, `n${2 * i + 1}`, edge());
    expect([cache.built, cache.pending]).toEqual([true, 64]);
    graph.addEdgeWithKey("one-more", "n98", "n99", edge());
    expect([cache.built, cache.pending]).toEqual([false, 0]);
    expect(normalised(cache.current())).toEqual(normalised(buildPathAdjacency(graph)));
  });

  it("matches a fresh build after any mix of writes (400 seeded rounds of random edits)", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const types: RelType[] = ["FUNDS", "PART_OF", "PARTNERS_WITH", "RESTRICTS"];
    const graph = createMemoryGraph();
    for (let i = 0; i < 30; i++) graph.addNode(`n${i}`, node);
    for (let i = 0; i < 60; i++)
      graph.addEdgeWithKey(`e${i}`, `n${random(30)}`, `n${random(30)}`, edge("FUNDS"));
    const cache = new PathAdjacencyCache(graph);
    let nextId = 1_000;
    for (let round = 0; round < 400; round++) {
      cache.current();
      for (let write = 0, writes = 1 + random(4); write < writes; write++) {
        const nodes = graph.nodes();
        const edges = graph.edges();
        const pick = <T>(list: T[]) => list[random(list.length)]!;
        const kind = random(6);
        if (kind === 0) graph.addNode(`n${nextId++}`, node);
        else if (kind === 1 && nodes.length > 2) graph.dropNode(pick(nodes));
        else if (kind === 2 && nodes.length > 0)
          graph.addEdgeWithKey(`e${nextId++}`, pick(nodes), pick(nodes), edge(pick(types)));
        else if (kind === 3 && edges.length > 0) graph.dropEdge(pick(edges));
        else if (kind === 4 && edges.length > 0) graph.setEdgeAttribute(pick(edges), "type", pick(types));
        else if (kind === 5 && nodes.length > 0) {
          // Dropped and added again: the same id, none of its relationships.
          const again = pick(nodes);
          graph.dropNode(again);
          graph.addNode(again, node);
        }
      }
      expect(normalised(cache.current()), `round ${round}`).toEqual(normalised(buildPathAdjacency(graph)));
      expect(cache.current().scratch.startSeen.length).toBe(graph.order);
    }
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
