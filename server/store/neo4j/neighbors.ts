// Breadth-first neighbourhood for the Neo4j store: one statement for depth 1; one indexed query per hop beyond.
import neo4j, { type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import type { GraphEdge, GraphNode, Subgraph } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { NeighborOptions } from "../graph-store.js";
import { toCount, toGraphEdge, toGraphNode } from "./mappers.js";
import * as N from "./neighbor-queries.js";
import * as Q from "./queries.js";
import type { RunStatement } from "./run-statement.js";

/**
 * Same semantics as the memory store (server/store/memory/neighbors.ts): BFS up to `depth` hops over
 * `relTypes` edges in `direction`; nodes outside `types` neither returned nor traversed; neighbours
 * sorted by (distance, id), `offset` skipped, then `limit` kept; edges = allowed edges among the returned nodes, by id.
 * Depth 1 (the common expand) is one round trip; deeper goes hop by hop, which keeps the work
 * proportional to the neighbourhood instead of enumerating paths.
 */
export function neighborhood(
  tx: ManagedTransaction,
  id: string,
  options: NeighborOptions,
): Promise<Subgraph | null> {
  return options.depth === 1 ? depthOne((q, p) => tx.run(q, p), id, options) : deeper(tx, id, options);
}

/** Depth 1 in one statement, so it can run on its own (neo4j-store.ts sends it without a managed transaction). */
export async function depthOne(
  run: RunStatement,
  id: string,
  options: NeighborOptions,
): Promise<Subgraph | null> {
  const offset = options.offset ?? 0;
  const result = await run(N.neighborhoodDepth1(options.direction), {
    id,
    offset: neo4j.int(offset),
    limit: neo4j.int(options.limit),
    relTypes: options.relTypes?.length ? options.relTypes : null,
    types: options.types?.length ? options.types : null,
  });
  const record = result.records[0];
  if (!record) return null;
  const kept = (record.get("kept") as Node[]).map(toGraphNode).sort((a, b) => compareIds(a.id, b.id));
  return {
    nodes: [toGraphNode(record.get("a") as Node), ...kept],
    edges: toEdges(record.get("edges")),
    truncated: toCount(record.get("total")) > offset + kept.length,
  };
}

async function deeper(
  tx: ManagedTransaction,
  id: string,
  options: NeighborOptions,
): Promise<Subgraph | null> {
  const start = await tx.run(Q.GET_NODE, { id });
  if (start.records.length === 0) return null;
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const types = options.types?.length ? options.types : null;
  const expand = Q.expandFrontier(options.direction);

  const offset = options.offset ?? 0;
  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let hop = 1; hop <= options.depth && frontier.length > 0; hop++) {
    const result = await tx.run(expand, { frontier, relTypes, types });
    frontier = result.records.map((r) => String(r.get("id"))).filter((other) => !distance.has(other));
    for (const other of frontier) distance.set(other, hop);
    // Later hops only add farther nodes, which sort after every node found so far: stop once the cut is certain.
    if (distance.size - 1 > offset + options.limit) break;
  }

  const found = [...distance.keys()]
    .filter((node) => node !== id)
    .sort((a, b) => distance.get(a)! - distance.get(b)! || compareIds(a, b));
  const kept = found.slice(offset, offset + options.limit);
  const ids = [id, ...kept];

  const record = (await tx.run(N.NODES_AND_EDGES_AMONG, { ids, relTypes })).records[0]!;
  const byId = new Map((record.get("ns") as Node[]).map((n) => [String(n.properties.id), toGraphNode(n)]));
  return {
    nodes: ids.map((node) => byId.get(node)!),
    edges: toEdges(record.get("edges")),
    truncated: found.length > offset + kept.length,
  };
}

/** The `edges` list of a NODES_AND_EDGES_AMONG-style record → GraphEdges sorted by id. */
export function toEdges(value: unknown): GraphEdge[] {
  return (value as { r: Relationship; source: unknown; target: unknown }[])
    .map((e) => toGraphEdge(e.r, e.source, e.target))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Nodes of a record's list, sorted by id. */
export function toSortedNodes(value: unknown): GraphNode[] {
  return (value as Node[]).map(toGraphNode).sort((a, b) => compareIds(a.id, b.id));
}
