// Seeded Barabási–Albert graphs (≈5 edges per node) typed like the seed, as GraphExport chunks for either store.
import type { GraphEdge, GraphExport, GraphNode } from "../../server/domain/model.js";
import type { NodeType, RelType } from "../../server/domain/vocabulary.js";
import { mulberry32, randomInt, weightedPick } from "./random.js";

export interface BAOptions {
  /** Wanted number of edges; the node count is edges / m, rounded up. */
  edges: number;
  /** Edges each new node brings (default 5). */
  m?: number;
  seed?: number;
}

const NODE_KINDS: readonly NodeType[] = ["Company", "Person", "Institution", "Technology", "Facility", "Country", "Programme", "Funding"];
const NODE_WEIGHTS = [30, 20, 15, 10, 8, 2, 8, 7];
const REL_KINDS: readonly RelType[] = ["PARTNERS_WITH", "FUNDS", "DEVELOPS", "PART_OF", "MEMBER_OF", "LOCATED_IN", "PRODUCES", "PARTICIPATES_IN"];
const REL_WEIGHTS = [30, 15, 15, 10, 10, 8, 7, 5];
const SYLLABLES = ["ka", "to", "ri", "sen", "mo", "lu", "tek", "na", "vi", "dor", "sil", "qua", "ron", "bel", "ix", "pa"];

/** The node count BA needs for about `edges` edges with `m` edges per new node. */
export function baNodeCount(edges: number, m = 5): number {
  return Math.max(m + 1, Math.ceil(edges / m));
}

/**
 * The BA edge list as (source, target) index pairs, by Batagelj–Brandes preferential attachment: a clique
 * of m+1 nodes, then each new node links to m distinct earlier nodes drawn with probability ∝ degree.
 * Typed arrays keep 1M edges at ~8 MB instead of a million small objects.
 */
export function baEdgeList(options: BAOptions): { nodes: number; sources: Int32Array; targets: Int32Array } {
  const m = options.m ?? 5;
  const n = baNodeCount(options.edges, m);
  const rng = mulberry32(options.seed ?? 1);
  const total = (m * (m + 1)) / 2 + (n - m - 1) * m;
  const sources = new Int32Array(total);
  const targets = new Int32Array(total);
  // Every edge end appended here: drawing uniformly from it is drawing a node ∝ its degree.
  const ends = new Int32Array(total * 2);
  let e = 0;
  const addEdge = (s: number, t: number) => {
    sources[e] = s;
    targets[e] = t;
    ends[2 * e] = s;
    ends[2 * e + 1] = t;
    e++;
  };
  for (let i = 0; i <= m; i++) for (let j = 0; j < i; j++) addEdge(i, j);
  const picked = new Set<number>();
  for (let v = m + 1; v < n; v++) {
    picked.clear();
    const pool = 2 * e;
    while (picked.size < m) picked.add(ends[randomInt(rng, pool)]!);
    for (const t of picked) addEdge(v, t);
  }
  return { nodes: n, sources, targets };
}

/** A pronounceable, deterministic name for node `i` (unique thanks to the numeric suffix). */
export function baName(i: number, rng: () => number): string {
  const parts = 2 + randomInt(rng, 2);
  let word = "";
  for (let k = 0; k < parts; k++) word += SYLLABLES[randomInt(rng, SYLLABLES.length)]!;
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${i}`;
}

function baNode(i: number, rng: () => number): GraphNode {
  const type = weightedPick(rng, NODE_KINDS, NODE_WEIGHTS);
  const properties: GraphNode["properties"] = {};
  if (type === "Company" && rng() < 0.3) properties.founded = 1950 + randomInt(rng, 75);
  return { id: `n${i}`, type, name: baName(i, rng), aliases: [], properties };
}

function baEdge(j: number, source: number, target: number, rng: () => number): GraphEdge {
  const type = weightedPick(rng, REL_KINDS, REL_WEIGHTS);
  const properties: GraphEdge["properties"] = {};
  // A few amounts, as on the seed's FUNDS edges.
  if (type === "FUNDS" && rng() < 0.5) {
    const amount = 1 + randomInt(rng, 5000);
    Object.assign(properties, { amount: amount * 1e6, currency: "USD", amountUsd: amount * 1e6 });
  }
  return { id: `e${j}`, type, source: `n${source}`, target: `n${target}`, properties, evidence: [] };
}

/**
 * The graph in chunks of at most `chunkSize` items: all nodes first, then edges, so each chunk can be
 * loaded on its own (its edge ends already exist). Node and edge attributes come from their own
 * seeded streams, so a chunk's content does not depend on the chunk size.
 */
export function* baChunks(options: BAOptions, chunkSize = 50_000): Generator<GraphExport> {
  const list = baEdgeList(options);
  const nodeRng = mulberry32((options.seed ?? 1) ^ 0x9e3779b9);
  const edgeRng = mulberry32((options.seed ?? 1) ^ 0x85ebca6b);
  for (let start = 0; start < list.nodes; start += chunkSize) {
    const nodes: GraphNode[] = [];
    for (let i = start; i < Math.min(list.nodes, start + chunkSize); i++) nodes.push(baNode(i, nodeRng));
    yield { nodes, edges: [], sources: [] };
  }
  for (let start = 0; start < list.sources.length; start += chunkSize) {
    const edges: GraphEdge[] = [];
    for (let j = start; j < Math.min(list.sources.length, start + chunkSize); j++)
      edges.push(baEdge(j, list.sources[j]!, list.targets[j]!, edgeRng));
    yield { nodes: [], edges, sources: [] };
  }
}

/** The whole graph as one GraphExport (fine up to ~100k edges; use baChunks beyond). */
export function generateBA(options: BAOptions): GraphExport {
  const out: GraphExport = { nodes: [], edges: [], sources: [] };
  for (const chunk of baChunks(options, 100_000)) {
    for (const n of chunk.nodes) out.nodes.push(n);
    for (const e of chunk.edges) out.edges.push(e);
  }
  return out;
}
