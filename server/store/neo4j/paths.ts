// k shortest simple paths for the Neo4j store: GQL `SHORTEST k GROUPS`, then the memory store's order in TypeScript.
import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import type { GraphEdge, GraphNode, GraphPath } from "../../domain/model.js";
import { compareIdSequences, compareIds } from "../../domain/ordering.js";
import type { PathOptions } from "../graph-store.js";
import { toGraphEdge, toGraphNode } from "./mappers.js";
import * as Q from "./queries.js";

/**
 * Same result as server/store/memory/paths.ts: up to `k` distinct simple node sequences within
 * `maxHops`, undirected, ordered by (hops, node-id sequence); each hop uses the smallest-id allowed edge.
 *
 * Why groups: `SHORTEST k` picks arbitrarily among equally long paths and counts parallel edges as
 * different paths, so it could disagree with the memory store on ties. `SHORTEST g GROUPS` returns
 * every trail of the g shortest lengths, so the tie order can be settled here. Trails may revisit a
 * node; those are dropped, and if fewer than k simple paths remain while more length groups exist,
 * we ask for more groups (never more than maxHops: lengths are 1..maxHops).
 */
export async function shortestPaths(
  tx: ManagedTransaction,
  from: string,
  to: string,
  options: PathOptions,
): Promise<GraphPath[] | null> {
  const ends = await tx.run(Q.GET_NODES, { ids: [...new Set([from, to])] });
  const nodes = new Map<string, GraphNode>();
  for (const r of ends.records) {
    const n = toGraphNode(r.get("n") as Node);
    nodes.set(n.id, n);
  }
  if (!nodes.has(from) || !nodes.has(to)) return null;
  if (from === to) return [{ nodes: [nodes.get(from)!], edges: [] }];

  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const sequences = await findSequences(tx, from, to, options.k, options.maxHops, relTypes);
  if (sequences.length === 0) return [];

  const inner = [...new Set(sequences.flat())].filter((id) => !nodes.has(id));
  const rest = await tx.run(Q.GET_NODES, { ids: inner });
  for (const r of rest.records) {
    const n = toGraphNode(r.get("n") as Node);
    nodes.set(n.id, n);
  }
  const edges = await cheapestEdges(tx, sequences, relTypes);

  return sequences.map((sequence) => ({
    nodes: sequence.map((id) => nodes.get(id)!),
    edges: sequence.slice(1).map((id, i) => edges.get(pairKey(sequence[i]!, id))!),
  }));
}

async function findSequences(
  tx: ManagedTransaction,
  from: string,
  to: string,
  k: number,
  maxHops: number,
  relTypes: string[] | null,
): Promise<string[][]> {
  let groups = Math.min(k, maxHops);
  for (;;) {
    const result = await tx.run(Q.shortestPathGroups(groups, maxHops), { from, to, relTypes });
    const all = result.records.map((r) => (r.get("ids") as unknown[]).map(String));
    const simple = all.filter((ids) => new Set(ids).size === ids.length);
    simple.sort((a, b) => a.length - b.length || compareIdSequences(a, b));
    const lengthsFound = new Set(all.map((ids) => ids.length)).size;
    if (simple.length >= k || lengthsFound < groups || groups >= maxHops) return simple.slice(0, k);
    groups = Math.min(groups * 2, maxHops);
  }
}

/** For every consecutive pair in the sequences, the allowed edge with the smallest id, either direction. */
async function cheapestEdges(
  tx: ManagedTransaction,
  sequences: string[][],
  relTypes: string[] | null,
): Promise<Map<string, GraphEdge>> {
  const pairs = new Map<string, [string, string]>();
  for (const sequence of sequences) {
    for (let i = 1; i < sequence.length; i++)
      pairs.set(pairKey(sequence[i - 1]!, sequence[i]!), [sequence[i - 1]!, sequence[i]!]);
  }
  const result = await tx.run(Q.EDGES_BETWEEN_PAIRS, { pairs: [...pairs.values()], relTypes });
  const best = new Map<string, GraphEdge>();
  for (const r of result.records) {
    const edge = toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target"));
    const key = pairKey(edge.source, edge.target);
    const current = best.get(key);
    if (!current || compareIds(edge.id, current.id) < 0) best.set(key, edge);
  }
  return best;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
