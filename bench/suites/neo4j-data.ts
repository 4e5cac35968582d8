// Makes sure a data set is in the benchmark's Neo4j (loaded with the project's loader), reusing it when present.
import { loadGraph } from "../../server/store/neo4j/loader.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { chunksOf, type DataSet } from "../lib/graphs.js";

/** The last node and edge id of a data set: both present means an earlier load finished. */
function lastIds(d: DataSet): { node: string; edge: string } {
  let node = "";
  let edge = "";
  for (const c of chunksOf(d, 1_000_000)) {
    if (c.nodes.length) node = c.nodes[c.nodes.length - 1]!.id;
    if (c.edges.length) edge = c.edges[c.edges.length - 1]!.id;
  }
  return { node, edge };
}

export async function neo4jHas(store: Neo4jStore, d: DataSet): Promise<boolean> {
  const { node, edge } = lastIds(d);
  const { records } = await store.connection.driver.executeQuery(
    "OPTIONAL MATCH (n:Entity {id: $node}) OPTIONAL MATCH ()-[r {id: $edge}]->() RETURN n IS NOT NULL AND r IS NOT NULL AS ok",
    { node, edge },
  );
  return records[0]?.get("ok") === true;
}

/**
 * Load `d` unless already there; returns the seconds the load took (0 when reused). "fresh": the ids are
 * new unless an earlier load stopped half-way, and then the loader falls back to upserting on the first clash.
 */
export async function ensureNeo4jData(store: Neo4jStore, d: DataSet, batchSize = 10_000): Promise<number> {
  if (await neo4jHas(store, d)) return 0;
  const started = performance.now();
  for (const chunk of chunksOf(d, 50_000))
    await loadGraph(store.connection.driver, chunk, { batchSize, mode: "fresh" });
  return (performance.now() - started) / 1000;
}
