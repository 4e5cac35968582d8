// The graph layer: loading, merging an expansion without moving what is drawn, and isolating a node.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import {
  countByType,
  createGraph,
  keepOnly,
  loadGraph,
  mergeSubgraph,
  sizeForDegree,
} from "../../../client/src/graph/graph-data.js";
import { NODE_COLORS } from "../../../client/src/graph/palette.js";

const node = (id: string, type: GraphNode["type"] = "Company"): GraphNode => ({
  id,
  name: id.toUpperCase(),
  type,
  aliases: [],
  properties: {},
});
const edge = (id: string, source: string, target: string): GraphEdge => ({
  id,
  type: "FUNDS",
  source,
  target,
  properties: {},
  evidence: [],
});

function seeded() {
  const graph = createGraph();
  loadGraph(graph, {
    nodes: [node("japan", "Country"), node("tsmc"), node("micron")],
    edges: [edge("e1", "japan", "tsmc"), edge("e2", "japan", "micron"), edge("e3", "japan", "tsmc")],
  });
  return graph;
}

describe("graph data", () => {
  it("loads nodes coloured by type, sized by degree, with parallel edges curved", () => {
    const graph = seeded();
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute("japan", "color")).toBe(NODE_COLORS.Country);
    expect(graph.getNodeAttribute("japan", "size")).toBe(sizeForDegree(3));
    expect(graph.getNodeAttribute("japan", "size")).toBeGreaterThan(graph.getNodeAttribute("micron", "size"));
    expect(graph.getEdgeAttribute("e1", "type")).toBe("curvedArrow");
    expect(graph.getEdgeAttribute("e2", "type")).toBe("arrow");
    expect(countByType(graph)).toEqual({ Country: 1, Company: 2 });
  });

  it("merges an expansion without moving existing nodes, placing new ones near the anchor", () => {
    const graph = seeded();
    const before = { ...graph.getNodeAttributes("tsmc") };
    const added = mergeSubgraph(
      graph,
      { nodes: [node("tsmc"), node("biren")], edges: [edge("e4", "tsmc", "biren")] },
      "tsmc",
    );
    expect(added).toEqual(["biren"]);
    expect(graph.getNodeAttribute("tsmc", "x")).toBe(before.x);
    expect(graph.getNodeAttribute("tsmc", "y")).toBe(before.y);
    const b = graph.getNodeAttributes("biren");
    expect(Math.hypot(b.x - before.x, b.y - before.y)).toBeGreaterThan(0);
    expect(graph.hasEdge("e4")).toBe(true);
  });

  it("adds nothing when the expansion is already drawn", () => {
    const graph = seeded();
    expect(
      mergeSubgraph(
        graph,
        { nodes: [node("japan"), node("tsmc")], edges: [edge("e1", "japan", "tsmc")] },
        "japan",
      ),
    ).toEqual([]);
    expect(graph.size).toBe(3);
  });

  it("keeps only the chosen node when isolating it", () => {
    const graph = seeded();
    keepOnly(graph, "tsmc");
    expect(graph.nodes()).toEqual(["tsmc"]);
    expect(graph.size).toBe(0);
  });
});
