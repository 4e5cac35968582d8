// The Neo4j store's lookups: info, schema and export in one read transaction; nodes, edges and sources by one statement.
import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import type { GraphEdge, GraphExport, GraphNode, SchemaSummary, Source } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import type { StoreInfo } from "../graph-store.js";
import { toCount, toGraphEdge, toGraphNode, toSource } from "./mappers.js";
import * as Q from "./queries.js";
import type { RunStatement } from "./run-statement.js";

export async function readInfo(tx: ManagedTransaction, version: string | undefined): Promise<StoreInfo> {
  const nodes = await tx.run(Q.COUNT_ENTITIES);
  const rels = await tx.run(Q.COUNT_RELATIONSHIPS);
  return {
    store: "neo4j",
    ...(version ? { version } : {}),
    counts: {
      nodes: toCount(nodes.records[0]?.get("count")),
      relationships: toCount(rels.records[0]?.get("count")),
    },
  };
}

/** The existing nodes among `ids`, each once, sorted by id: one UNWIND of index seeks. */
export async function readNodes(run: RunStatement, ids: readonly string[]): Promise<GraphNode[]> {
  const result = await run(Q.GET_NODES, { ids: [...new Set(ids)] });
  return result.records.map((r) => toGraphNode(r.get("n") as Node)).sort((a, b) => compareIds(a.id, b.id));
}

/**
 * From this many ids on, readEdges first asks which relationship types hold any relationship and seeks only
 * those: each type costs a seek per id (~2 µs), so an import's classification of 585,000 edge ids spent ~28 s
 * on the 25 types of a database that held 3 or none. Below it the extra round trip would cost more than it saves.
 */
export const EDGE_TYPES_PROBE_MIN_IDS = 200;

/**
 * The existing edges among `ids`, each once, sorted by id: one index seek per relationship type (existingEdges),
 * for a long list only per type that holds any relationship (presentRelTypes).
 */
export async function readEdges(run: RunStatement, ids: readonly string[]): Promise<GraphEdge[]> {
  const unique = [...new Set(ids)];
  let types: RelType[] | undefined;
  if (unique.length >= EDGE_TYPES_PROBE_MIN_IDS) {
    types = (await run(Q.presentRelTypes(), {})).records.map((r) => r.get("type") as RelType);
    if (types.length === 0) return [];
  }
  const result = await run(Q.existingEdges(types), { ids: unique });
  return result.records
    .map((r) => toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target")))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Counts per type that occurs, most frequent first, then by type name. */
export async function readSchema(tx: ManagedTransaction): Promise<SchemaSummary> {
  const order = (a: { type: string; count: number }, b: { type: string; count: number }) =>
    b.count - a.count || compareIds(a.type, b.type);
  const nodes = await tx.run(Q.NODE_TYPE_COUNTS);
  const rels = await tx.run(Q.REL_TYPE_COUNTS);
  return {
    nodeTypes: nodes.records
      .map((r) => ({ type: r.get("type") as NodeType, count: toCount(r.get("count")) }))
      .sort(order),
    relationshipTypes: rels.records
      .map((r) => ({ type: r.get("type") as RelType, count: toCount(r.get("count")) }))
      .sort(order),
  };
}

export async function readSources(run: RunStatement): Promise<Source[]> {
  const result = await run(Q.ALL_SOURCES, {});
  return result.records.map((r) => toSource(r.get("s") as Node)).sort((a, b) => compareIds(a.id, b.id));
}

/** The whole graph in one read transaction (a consistent snapshot), everything sorted by id. */
export async function readExport(tx: ManagedTransaction): Promise<GraphExport> {
  const nodes = (await tx.run(Q.ALL_NODES)).records.map((r) => toGraphNode(r.get("n") as Node));
  const edges = (await tx.run(Q.ALL_EDGES)).records.map((r) =>
    toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target")),
  );
  return {
    nodes: nodes.sort((a, b) => compareIds(a.id, b.id)),
    edges: edges.sort((a, b) => compareIds(a.id, b.id)),
    sources: await readSources((query, params) => tx.run(query, params)),
  };
}
