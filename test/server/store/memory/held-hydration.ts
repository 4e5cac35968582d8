// Test helpers for the memory store's "columns" phase: a hydration scheduler that holds the fill back, and random graphs.
import type { GraphEdge, GraphExport, GraphNode, Properties } from "../../../../server/domain/model.js";
import { NODE_TYPES, REL_TYPES } from "../../../../server/domain/vocabulary.js";
import type { HydrationScheduler } from "../../../../server/store/memory/hydrate.js";

/** A scheduler that queues the fill's turns until `release()`, then runs them (and later ones) on setImmediate. */
export function heldHydration(): { schedule: HydrationScheduler; release: () => void } {
  let released = false;
  const queued: (() => void)[] = [];
  return {
    schedule: (turn) => (released ? void setImmediate(turn) : void queued.push(turn)),
    release() {
      released = true;
      for (const turn of queued.splice(0)) setImmediate(turn);
    },
  };
}

/** A deterministic pseudo-random number generator (mulberry32): the same seed gives the same graph. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids whose code-unit order differs from their number order and from locale order: plain, accented, CJK, astral. */
const ID_SHAPES = [
  (i: number) => `n${i}`,
  (i: number) => `N${i}`,
  (i: number) => `é${i}`,
  (i: number) => `日本${i}`,
  (i: number) => `🙂${i}`,
  (i: number) => `\uff5e${i}`, // a BMP character above the surrogates: sorts after the astral ids by code unit
  (i: number) => `a b-${i}`,
];

/**
 * A random graph of `nodes` nodes and about `edges` edges, with what the reads must get right: parallel
 * edges, self-loops, isolated nodes, several node and relationship types, sparse aliases, properties and
 * evidence, and unicode ids.
 */
export function randomGraph(seed: number, nodes: number, edges: number): GraphExport {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const relTypes = REL_TYPES.slice(0, 4);
  const nodeList: GraphNode[] = Array.from({ length: nodes }, (_, i) => ({
    id: ID_SHAPES[i % ID_SHAPES.length]!(i),
    type: pick(NODE_TYPES.slice(0, 3)),
    name: `Node ${i}`,
    aliases: next() < 0.2 ? [`alias ${i}`] : [],
    properties: (next() < 0.3 ? { rank: i, tags: ["x", "y"] } : {}) as Properties,
  }));
  // The last tenth are never linked: isolated nodes.
  const linked = nodeList.slice(0, Math.max(1, Math.floor(nodes * 0.9)));
  const edgeList: GraphEdge[] = [];
  for (let j = 0; j < edges; j++) {
    const source = pick(linked).id;
    const roll = next();
    const target =
      roll < 0.05 ? source : roll < 0.15 && edgeList.length ? edgeList.at(-1)!.target : pick(linked).id;
    edgeList.push({
      id: ID_SHAPES[(j * 3) % ID_SHAPES.length]!(j).replace(/^./u, (c) => `${c}e`),
      type: pick(relTypes),
      source: roll < 0.1 && edgeList.length ? edgeList.at(-1)!.source : source, // parallel edges
      target,
      properties: next() < 0.2 ? { weight: j } : {},
      evidence: next() < 0.2 ? [{ sourceId: "src", locator: `p${j}`, note: "n" }] : [],
    });
  }
  return { nodes: nodeList, edges: edgeList, sources: [] };
}
