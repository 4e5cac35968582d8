// The initial-view loader: the overview into the graph, its totals, and server positions for very large stores.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import type { InitialGraph } from "../../../client/src/api/explorer-api.js";
import type { PositionsAnswer } from "../../../client/src/api/positions.js";
import { loadInitialView } from "../../../client/src/app/initial-view.js";
import { createGraph } from "../../../client/src/graph/graph-data.js";

const node = (id: string): GraphNode => ({ id, name: id, type: "Company", aliases: [], properties: {} });
const edge = (id: string, source: string, target: string): GraphEdge => ({
  id,
  type: "PARTNERS_WITH",
  source,
  target,
  properties: {},
  evidence: [],
});

function fakeApi(view: InitialGraph, answer: PositionsAnswer) {
  const asked: string[][] = [];
  return {
    asked,
    api: {
      loadGraph: async () => view,
      positions: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return answer;
      },
    },
  };
}

const small: InitialGraph = {
  nodes: [node("a"), node("b")],
  edges: [edge("e1", "a", "b")],
  truncated: false,
  nodeCount: 2,
  edgeCount: 1,
};
const huge: InitialGraph = { ...small, truncated: true, nodeCount: 50_000, edgeCount: 250_000 };
const ready: PositionsAnswer = { status: "ready", positions: { a: [10, 20], b: [-5, 7] } };

describe("loadInitialView", () => {
  it("draws a small graph whole, without asking for positions, and leaves the layout to ForceAtlas2", async () => {
    const graph = createGraph();
    const { api, asked } = fakeApi(small, ready);
    expect(await loadInitialView(api, graph)).toEqual({ overview: null, laidOut: false });
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(asked).toEqual([]);
  });

  it("reports the view's size on arrival, before drawing it", async () => {
    const graph = createGraph();
    const seen: { nodes: number; edges: number; drawn: number }[] = [];
    await loadInitialView(fakeApi(small, ready).api, graph, (size) =>
      seen.push({ ...size, drawn: graph.size }),
    );
    expect(seen).toEqual([{ nodes: 2, edges: 1, drawn: 0 }]);
  });

  it("reports the store's totals when the view is truncated", async () => {
    const graph = createGraph();
    const { api } = fakeApi({ ...small, truncated: true, nodeCount: 4000, edgeCount: 20_000 }, ready);
    expect(await loadInitialView(api, graph)).toEqual({
      overview: { nodeCount: 4000, edgeCount: 20_000 },
      laidOut: false,
    });
  });

  it("places nodes at ready server positions and skips the layout above 100,000 edges", async () => {
    const graph = createGraph();
    const { api, asked } = fakeApi(huge, ready);
    expect((await loadInitialView(api, graph)).laidOut).toBe(true);
    expect(asked).toEqual([["a", "b"]]);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 10, y: 20 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: -5, y: 7 });
  });

  it("falls back to the layout when positions are computing, missing or cover only some nodes", async () => {
    for (const answer of [
      { status: "computing", positions: {} },
      { status: "none", positions: {} },
      { status: "ready", positions: { a: [1, 1] } },
    ] as PositionsAnswer[]) {
      const graph = createGraph();
      expect((await loadInitialView(fakeApi(huge, answer).api, graph)).laidOut).toBe(false);
      expect(graph.order).toBe(2);
    }
  });
});
