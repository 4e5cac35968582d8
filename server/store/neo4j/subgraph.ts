// The nodes of a set of ids and the edges among them, for the Neo4j store: one indexed statement.
import type { ManagedTransaction } from "neo4j-driver";
import type { Subgraph } from "../../domain/model.js";
import type { SubgraphOptions } from "../graph-store.js";
import * as N from "./neighbor-queries.js";
import { toEdges, toSortedNodes } from "./neighbors.js";

/** Same semantics as the memory store (server/store/memory/subgraph.ts). */
export async function inducedSubgraph(
  tx: ManagedTransaction,
  ids: readonly string[],
  options: SubgraphOptions,
): Promise<Subgraph> {
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const record = (await tx.run(N.NODES_AND_EDGES_AMONG, { ids: [...new Set(ids)], relTypes })).records[0]!;
  return { nodes: toSortedNodes(record.get("ns")), edges: toEdges(record.get("edges")), truncated: false };
}
