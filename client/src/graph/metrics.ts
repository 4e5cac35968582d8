// Style mappings computed from the graph: node sizes (degree, PageRank, money), edge widths, colours.
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import type { StyleSettings } from "../state/style.js";
import { communityColor, detectCommunities, type Communities } from "./communities.js";
import { sizeForDegree, type ExplorerGraph } from "./graph-data.js";

// CommonJS: TypeScript (NodeNext) sees the function under `.default`, the bundler hands over the function.
type Pagerank = typeof pagerankModule.default;
const pagerank: Pagerank =
  (pagerankModule as unknown as { default?: Pagerank }).default ?? (pagerankModule as unknown as Pagerank);

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 24;
export const DEFAULT_EDGE_SIZE = 1.5;
export const MIN_MONEY_EDGE = 2;
export const MAX_MONEY_EDGE = 10;

export interface Money {
  amount: number;
  currency: string;
}

/** What the reducers paint and the legend explains; `null` maps leave the graph's own attributes. */
export interface StyleMaps {
  settings: StyleSettings;
  nodeColor: Map<string, string> | null;
  nodeSize: Map<string, number>;
  edgeSize: Map<string, number> | null;
  communities: Communities | null;
  /** The largest amount per currency in the graph: what full size means in the legend. */
  moneyMax: Map<string, number>;
}

/** An `amount` with a `currency` in a property bag, or null. */
export function moneyOf(properties: Readonly<Record<string, unknown>> | undefined): Money | null {
  const amount = properties?.amount;
  const currency = properties?.currency;
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount <= 0) return null;
  return { amount, currency: typeof currency === "string" ? currency : "?" };
}

/**
 * Scales sums by the square root of their share of the largest sum *in the same currency*: yen and
 * dollars are never compared, since exchange rates and the articles' conversions vary by date.
 */
export function scaleMoney(
  items: ReadonlyMap<string, Money>,
  min: number,
  max: number,
): { scaled: Map<string, number>; moneyMax: Map<string, number> } {
  const moneyMax = new Map<string, number>();
  for (const m of items.values()) moneyMax.set(m.currency, Math.max(moneyMax.get(m.currency) ?? 0, m.amount));
  const scaled = new Map<string, number>();
  for (const [id, m] of items) {
    scaled.set(id, min + (max - min) * Math.sqrt(m.amount / moneyMax.get(m.currency)!));
  }
  return { scaled, moneyMax };
}

/** Scales values in [0, max] to sizes by square root, so area roughly follows the value. */
export function scaleBySqrt(
  values: ReadonlyMap<string, number>,
  min: number,
  max: number,
): Map<string, number> {
  const top = Math.max(0, ...values.values());
  const out = new Map<string, number>();
  for (const [id, v] of values) out.set(id, top > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return out;
}

/** Money on an edge: its own amount, or else that of a Funding node at either end. */
export function edgeMoney(graph: ExplorerGraph, edge: string): Money | null {
  const own = moneyOf(graph.getEdgeAttribute(edge, "data").properties);
  if (own) return own;
  for (const end of graph.extremities(edge)) {
    const node = graph.getNodeAttributes(end);
    if (node.nodeType === "Funding") {
      const m = moneyOf(node.data.properties);
      if (m) return m;
    }
  }
  return null;
}

function nodeSizes(
  graph: ExplorerGraph,
  settings: StyleSettings,
  moneyMax: Map<string, number>,
): Map<string, number> {
  if (settings.size === "pagerank" && graph.size > 0) {
    const ranks = pagerank(graph, { getEdgeWeight: null });
    return scaleBySqrt(new Map(Object.entries(ranks)), MIN_NODE_SIZE, MAX_NODE_SIZE);
  }
  if (settings.size === "amount") {
    const money = new Map<string, Money>();
    graph.forEachNode((id, a) => {
      const m = moneyOf(a.data.properties);
      if (m) money.set(id, m);
    });
    const { scaled, moneyMax: max } = scaleMoney(money, 8, 28);
    for (const [c, v] of max) moneyMax.set(c, Math.max(moneyMax.get(c) ?? 0, v));
    // Nodes without money stay small, so the sums are what the eye lands on.
    return new Map(graph.mapNodes((id) => [id, scaled.get(id) ?? MIN_NODE_SIZE] as const));
  }
  return new Map(graph.mapNodes((id) => [id, sizeForDegree(graph.degree(id))] as const));
}

function edgeSizes(
  graph: ExplorerGraph,
  settings: StyleSettings,
  moneyMax: Map<string, number>,
): Map<string, number> | null {
  if (settings.edgeWidth !== "amount") return null;
  const money = new Map<string, Money>();
  graph.forEachEdge((id) => {
    const m = edgeMoney(graph, id);
    if (m) money.set(id, m);
  });
  const { scaled, moneyMax: max } = scaleMoney(money, MIN_MONEY_EDGE, MAX_MONEY_EDGE);
  for (const [c, v] of max) moneyMax.set(c, Math.max(moneyMax.get(c) ?? 0, v));
  return new Map(graph.mapEdges((id) => [id, scaled.get(id) ?? 1] as const));
}

/** Everything the current style needs, computed once per graph or style change. */
export function computeStyleMaps(graph: ExplorerGraph, settings: StyleSettings): StyleMaps {
  const moneyMax = new Map<string, number>();
  const communities = settings.color === "community" ? detectCommunities(graph) : null;
  const nodeColor = communities
    ? new Map([...communities.of].map(([id, rank]) => [id, communityColor(rank)] as const))
    : null;
  return {
    settings,
    nodeColor,
    nodeSize: nodeSizes(graph, settings, moneyMax),
    edgeSize: edgeSizes(graph, settings, moneyMax),
    communities,
    moneyMax,
  };
}
