// The nodes of a set of ids and the edges among them, for the Neo4j store: two indexed queries.
import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import type { Subgraph } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { SubgraphOptions } from "../graph-store.js";
import { toGraphEdge, toGraphNode } from "./mappers.js";
import * as Q from "./queries.js";

/** Same semantics as the memory store (server/store/memory/subgraph.ts). */
export async function inducedSubgraph(
  tx: ManagedTransaction,
  ids: readonly string[],
  options: SubgraphOptions,
): Promise<Subgraph> {
  const unique = [...new Set(ids)];
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const nodes = (await tx.run(Q.GET_NODES, { ids: unique })).records
    .map((r) => toGraphNode(r.get("n") as Node))
    .sort((a, b) => compareIds(a.id, b.id));
  const edges = (await tx.run(Q.EDGES_AMONG, { ids: unique, relTypes })).records
    .map((r) => toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target")))
    .sort((a, b) => compareIds(a.id, b.id));
  return { nodes, edges, truncated: false };
}
