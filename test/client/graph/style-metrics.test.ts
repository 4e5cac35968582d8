// Style mappings: seeded Louvain communities, degree/PageRank/money sizes and money edge widths.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { loadSeed } from "../../../seed/load-seed.js";
import {
  communityColor,
  COMMUNITY_COLORS,
  detectCommunities,
  seededRandom,
} from "../../../client/src/graph/communities.js";
import {
  createGraph,
  loadGraph,
  sizeForDegree,
  type ExplorerGraph,
} from "../../../client/src/graph/graph-data.js";
import {
  computeStyleMaps,
  edgeMoney,
  MAX_MONEY_EDGE,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  moneyOf,
  scaleMoney,
} from "../../../client/src/graph/metrics.js";
import { changeStyle, defaultStyle, parseMode, SIZE_MODES } from "../../../client/src/state/style.js";

const node = (
  id: string,
  type: GraphNode["type"] = "Company",
  properties: GraphNode["properties"] = {},
): GraphNode => ({
  id,
  name: id,
  type,
  aliases: [],
  properties,
});
const edge = (
  id: string,
  source: string,
  target: string,
  properties: GraphEdge["properties"] = {},
): GraphEdge => ({
  id,
  type: "FUNDS",
  source,
  target,
  properties,
  evidence: [],
});

/** Two triangles joined by one edge: Louvain must find exactly two communities. */
function twoTriangles(): ExplorerGraph {
  const graph = createGraph();
  loadGraph(graph, {
    nodes: ["a", "b", "c", "x", "y", "z"].map((id) => node(id)),
    edges: [
      edge("1", "a", "b"),
      edge("2", "b", "c"),
      edge("3", "c", "a"),
      edge("4", "x", "y"),
      edge("5", "y", "z"),
      edge("6", "z", "x"),
      edge("7", "c", "x"),
    ],
  });
  return graph;
}

describe("communities", () => {
  it("finds the two triangles of a barbell graph", () => {
    const { of, sizes } = detectCommunities(twoTriangles());
    expect(sizes).toEqual([3, 3]);
    expect(of.get("a")).toBe(of.get("b"));
    expect(of.get("a")).toBe(of.get("c"));
    expect(of.get("x")).not.toBe(of.get("a"));
  });

  it("gives the same communities on every run over the real seed", async () => {
    const seed = await loadSeed();
    const runs = [0, 1, 2].map(() => {
      const graph = createGraph();
      loadGraph(graph, seed);
      return [...detectCommunities(graph).of].sort();
    });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(new Set(runs[0]!.map(([, c]) => c)).size).toBeGreaterThan(1);
  });

  it("ranks communities largest first and colours the overflow grey", () => {
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(COMMUNITY_COLORS.length)).not.toBe(COMMUNITY_COLORS[0]);
    const random = seededRandom(7);
    const again = seededRandom(7);
    expect([random(), random()]).toEqual([again(), again()]);
  });

  it("puts nodes without edges each in a community of their own", () => {
    const graph = createGraph();
    loadGraph(graph, { nodes: [node("p"), node("q")], edges: [] });
    expect(detectCommunities(graph).sizes).toEqual([1, 1]);
  });
});

describe("money scaling", () => {
  it("reads an amount only with a positive finite number", () => {
    expect(moneyOf({ amount: 5, currency: "USD" })).toEqual({ amount: 5, currency: "USD" });
    expect(moneyOf({ amount: "5" })).toBeNull();
    expect(moneyOf({ amount: 0, currency: "USD" })).toBeNull();
  });

  it("compares sums only within their currency", () => {
    const { scaled, moneyMax } = scaleMoney(
      new Map([
        ["yen-big", { amount: 10e12, currency: "JPY" }],
        ["yen-small", { amount: 2.5e12, currency: "JPY" }],
        ["dollars", { amount: 1e9, currency: "USD" }],
      ]),
      2,
      10,
    );
    // The largest of each currency is full size, however small it is in another currency.
    expect(scaled.get("yen-big")).toBe(10);
    expect(scaled.get("dollars")).toBe(10);
    expect(scaled.get("yen-small")).toBe(2 + 8 * Math.sqrt(0.25));
    expect(moneyMax.get("JPY")).toBe(10e12);
  });
});

describe("style maps", () => {
  function fundingGraph(): ExplorerGraph {
    const graph = createGraph();
    loadGraph(graph, {
      nodes: [
        node("japan", "Country"),
        node("tsmc"),
        node("yen", "Funding", { amount: 350e9, currency: "JPY" }),
        node("usd", "Funding", { amount: 550e9, currency: "USD" }),
      ],
      edges: [
        edge("f1", "japan", "yen"),
        edge("f2", "yen", "tsmc"),
        edge("f3", "japan", "usd"),
        edge("plain", "japan", "tsmc"),
      ],
    });
    return graph;
  }

  it("sizes by degree by default and leaves colours to the node types", () => {
    const graph = fundingGraph();
    const maps = computeStyleMaps(graph, defaultStyle);
    expect(maps.nodeColor).toBeNull();
    expect(maps.edgeSize).toBeNull();
    expect(maps.nodeSize.get("japan")).toBe(sizeForDegree(3));
  });

  it("sizes by PageRank between the minimum and maximum, the most pointed-at node largest", () => {
    const graph = fundingGraph();
    const sizes = computeStyleMaps(graph, { ...defaultStyle, size: "pagerank" }).nodeSize;
    const values = [...sizes.values()];
    expect(Math.max(...values)).toBe(MAX_NODE_SIZE);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
    expect(sizes.get("tsmc")!).toBeGreaterThan(sizes.get("japan")!);
  });

  it("sizes Funding nodes by money, each the largest of its currency, other nodes small", () => {
    const maps = computeStyleMaps(fundingGraph(), { ...defaultStyle, size: "amount" });
    expect(maps.nodeSize.get("yen")).toBe(28);
    expect(maps.nodeSize.get("usd")).toBe(28);
    expect(maps.nodeSize.get("tsmc")).toBe(MIN_NODE_SIZE);
    expect([...maps.moneyMax.keys()].sort()).toEqual(["JPY", "USD"]);
  });

  it("widens edges that carry money (their own, or a Funding node's) and thins the rest", () => {
    const graph = fundingGraph();
    graph.addDirectedEdgeWithKey("own", "tsmc", "japan", {
      ...graph.getEdgeAttributes("plain"),
      data: edge("own", "tsmc", "japan", { amount: 1e9, currency: "USD" }),
    });
    const maps = computeStyleMaps(graph, { ...defaultStyle, edgeWidth: "amount" });
    // Linked to the only yen sum and the largest dollar sum: full width in each currency.
    expect(maps.edgeSize?.get("f1")).toBe(MAX_MONEY_EDGE);
    expect(maps.edgeSize?.get("f3")).toBe(MAX_MONEY_EDGE);
    expect(edgeMoney(graph, "f2")).toEqual({ amount: 350e9, currency: "JPY" });
    // An edge's own amount counts, compared with the other dollar sums.
    expect(edgeMoney(graph, "own")).toEqual({ amount: 1e9, currency: "USD" });
    expect(maps.edgeSize?.get("own")).toBeLessThan(MAX_MONEY_EDGE);
  });

  it("gives edges without money a width of one when widths follow amounts", () => {
    const maps = computeStyleMaps(fundingGraph(), { ...defaultStyle, edgeWidth: "amount" });
    expect(maps.edgeSize?.get("plain")).toBe(1);
  });

  it("colours by community when asked, one colour per community", () => {
    const maps = computeStyleMaps(twoTriangles(), { ...defaultStyle, color: "community" });
    expect(maps.nodeColor?.get("a")).toBe(maps.nodeColor?.get("b"));
    expect(maps.nodeColor?.get("a")).not.toBe(maps.nodeColor?.get("y"));
  });
});

describe("style settings", () => {
  it("returns the same object when a change changes nothing", () => {
    expect(changeStyle(defaultStyle, { color: "type" })).toBe(defaultStyle);
    expect(changeStyle(defaultStyle, { color: "community" }).color).toBe("community");
  });

  it("keeps the old mode when a form sends an unknown value", () => {
    expect(parseMode(SIZE_MODES, "bogus", "degree")).toBe("degree");
    expect(parseMode(SIZE_MODES, "pagerank", "degree")).toBe("pagerank");
  });
});
