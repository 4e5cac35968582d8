// Loading in slices: the same graph as loadGraph (positions, sizes, curvatures), added with yields between slices.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { createGraph, loadGraph } from "../../../client/src/graph/graph-data.js";
import { loadGraphInSlices } from "../../../client/src/graph/load-slices.js";

const node = (id: string): GraphNode => ({ id, name: id, type: "Company", aliases: [], properties: {} });
const edge = (id: string, source: string, target: string): GraphEdge => ({
  id,
  type: "PARTNERS_WITH",
  source,
  target,
  properties: {},
  evidence: [],
});

// A ring of 30 with a hub, parallel edges both ways, a self-loop and a duplicate node and edge.
const nodes = [...Array.from({ length: 30 }, (_, i) => node(`n${i}`)), node("hub"), node("n3")];
const edges = [
  ...Array.from({ length: 30 }, (_, i) => edge(`r${i}`, `n${i}`, `n${(i + 1) % 30}`)),
  ...Array.from({ length: 10 }, (_, i) => edge(`h${i}`, "hub", `n${i}`)),
  edge("p1", "n0", "n1"),
  edge("p2", "n1", "n0"),
  edge("loop", "hub", "hub"),
  edge("r0", "n0", "n1"),
];

describe("loadGraphInSlices", () => {
  it("builds exactly what loadGraph builds", async () => {
    const whole = createGraph();
    loadGraph(whole, { nodes, edges });
    const sliced = createGraph();
    await loadGraphInSlices(sliced, { nodes, edges }, { sliceSize: 7 });
    expect(sliced.order).toBe(whole.order);
    expect(sliced.size).toBe(whole.size);
    whole.forEachNode((id, a) => {
      const b = sliced.getNodeAttributes(id);
      expect(b.x).toBeCloseTo(a.x, 9);
      expect(b.y).toBeCloseTo(a.y, 9);
      expect({ ...b, x: 0, y: 0 }).toEqual({ ...a, x: 0, y: 0 });
    });
    whole.forEachEdge((id, a, source, target) => {
      expect(sliced.getEdgeAttributes(id)).toEqual(a);
      expect([sliced.source(id), sliced.target(id)]).toEqual([source, target]);
    });
  });

  it("yields between slices of nodes and edges", async () => {
    let yields = 0;
    const graph = createGraph();
    await loadGraphInSlices(
      graph,
      { nodes, edges },
      { sliceSize: 10, budgetMs: Infinity, yieldFn: async () => void yields++ },
    );
    // One yield after the pre-pass, then 31 distinct nodes in 4 slices and 43 distinct edges in 5, each after a yield.
    expect(yields).toBe(1 + 4 + 5);
  });

  it("cuts a slice short when its time budget is spent", async () => {
    let yields = 0;
    const many = Array.from({ length: 640 }, (_, i) => node(`m${i}`));
    await loadGraphInSlices(
      createGraph(),
      { nodes: many, edges: [] },
      { sliceSize: 1000, budgetMs: -1, yieldFn: async () => void yields++ },
    );
    // A budget already spent stops each slice at the first clock check (every 64 items): 10 slices.
    expect(yields).toBe(1 + 10);
  });

  it("replaces what the graph held before", async () => {
    const graph = createGraph();
    loadGraph(graph, { nodes: [node("old")], edges: [] });
    await loadGraphInSlices(graph, { nodes: [node("a")], edges: [] });
    expect(graph.nodes()).toEqual(["a"]);
  });
});
