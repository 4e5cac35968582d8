// Louvain communities with a seeded random generator, so the same graph always gets the same colours.
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { ExplorerGraph } from "./graph-data.js";

// CommonJS: TypeScript (NodeNext) sees the function under `.default`, the bundler hands over the function.
type Louvain = typeof louvainModule.default;
const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

/** Distinct, colour-blind-aware categorical colours (Tableau 10 order); communities beyond it share grey. */
export const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
] as const;
export const OTHER_COMMUNITY_COLOR = "#8a8f99";

/** A small deterministic PRNG (mulberry32): Louvain's node order is random, and we want stable output. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  /** Node → community rank: 0 is the largest community, ties broken by the smallest member id. */
  of: Map<string, number>;
  /** Members per rank. */
  sizes: number[];
}

/**
 * Detects communities on the undirected, parallel-merged view of the graph (Louvain wants a simple
 * graph; direction says nothing about who clusters with whom), then ranks them by size.
 */
export function detectCommunities(graph: ExplorerGraph, seed = 42): Communities {
  const simple = new UndirectedGraph();
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_e, _a, source, target) => {
    if (source === target) return;
    const existing = simple.edge(source, target);
    if (existing) simple.updateEdgeAttribute(existing, "weight", (w: number | undefined) => (w ?? 1) + 1);
    else simple.addEdge(source, target, { weight: 1 });
  });
  const raw: Record<string, number> = simple.size > 0 ? louvain(simple, { rng: seededRandom(seed) }) : {};
  const groups = new Map<number, string[]>();
  simple.forEachNode((id) => {
    // Without edges every node is its own community.
    const c = raw[id] ?? -1 - groups.size;
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  });
  const ranked = [...groups.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const of = new Map<string, number>();
  ranked.forEach((members, rank) => members.forEach((id) => of.set(id, rank)));
  return { of, sizes: ranked.map((m) => m.length) };
}

/** The colour of a community rank. */
export function communityColor(rank: number): string {
  return COMMUNITY_COLORS[rank] ?? OTHER_COMMUNITY_COLOR;
}
