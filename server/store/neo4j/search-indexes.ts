// Defers the search indexes (TEXT, FULLTEXT and searchKey's RANGE, from cypher/schema.cypher) around a bulk load: built once.
import { readFile } from "node:fs/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { parseCypherStatements, SCHEMA_FILE } from "./schema.js";

/*
 * Why: on a fresh node load, keeping the Lucene-backed indexes up to date row by row is about half of
 * the server's CPU per node (WordNet prefix: ~210 µs per node with them, ~110 µs without), and populating
 * them once afterwards costs ~45 µs per stored node: a gain only when the load is a large share of the
 * graph, hence shouldDefer. Deferred are the indexes only search reads, those schema.cypher declares with
 * their kind spelled out (CREATE TEXT | FULLTEXT | RANGE INDEX: entity_search_text, entity_fulltext,
 * entity_search_key); the uniqueness constraints (which the fresh path relies on to refuse duplicate ids)
 * and the other range indexes (plain CREATE INDEX) stay. While they are dropped, API search still answers
 * correctly (CONTAINS and STARTS WITH fall back to a label scan, just slower); the console's
 * db.index.fulltext.queryNodes fails until they are back.
 */

/** Nodes a load must write before deferring pays for re-populating the indexes over the whole graph. */
export const DEFER_MIN_NODES = 10_000;

/** Seconds to wait for re-created indexes to come online before the load reports success. */
const ONLINE_TIMEOUT_S = 600;

export interface SearchIndex {
  name: string;
  /** Its CREATE … IF NOT EXISTS statement, verbatim from schema.cypher. */
  create: string;
}

const SEARCH_INDEX = /^CREATE\s+(?:FULLTEXT|TEXT|RANGE)\s+INDEX\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/** The search indexes schema.cypher declares (kind spelled out): one source of truth for their definitions. */
export async function searchIndexes(file = SCHEMA_FILE): Promise<SearchIndex[]> {
  const out: SearchIndex[] = [];
  for (const statement of parseCypherStatements(await readFile(file, "utf8"))) {
    const name = SEARCH_INDEX.exec(statement)?.[1];
    if (name) out.push({ name, create: statement });
  }
  return out;
}

/**
 * Whether a load should defer the search indexes: it writes fresh, and enough new nodes that they
 * are at least as many as those already stored (re-population covers every stored node too).
 */
export function shouldDefer(fresh: boolean, newNodes: number, storedNodes: number): boolean {
  return fresh && newNodes >= DEFER_MIN_NODES && newNodes >= storedNodes;
}

/** The names of `indexes` that do not exist in the database (e.g. left dropped by a load that was killed). */
export async function missingIndexes(
  driver: Driver,
  database: string | undefined,
  indexes: SearchIndex[],
): Promise<SearchIndex[]> {
  const { records } = await driver.executeQuery(
    "SHOW INDEXES YIELD name WHERE name IN $names RETURN name",
    { names: indexes.map((i) => i.name) },
    { database, routing: neo4j.routing.READ },
  );
  const present = new Set(records.map((r) => String(r.get("name"))));
  return indexes.filter((i) => !present.has(i.name));
}

/** Drop `indexes` (IF EXISTS) in one schema transaction: one commit instead of one per index. */
export async function dropIndexes(
  driver: Driver,
  database: string | undefined,
  indexes: SearchIndex[],
): Promise<void> {
  // Names come from schema.cypher (matched as \w+), never from input.
  await inOneSchemaTransaction(
    driver,
    database,
    indexes.map((index) => `DROP INDEX ${index.name} IF EXISTS`),
  );
}

/**
 * Start re-creating `indexes` (IF NOT EXISTS: safe when another load already did) in one schema transaction;
 * population runs in the background.
 */
export async function createIndexes(
  driver: Driver,
  database: string | undefined,
  indexes: SearchIndex[],
): Promise<void> {
  await inOneSchemaTransaction(
    driver,
    database,
    indexes.map((index) => index.create),
  );
}

/** Schema statements (no data writes: Neo4j refuses to mix the two) committed together; idempotent, so retried. */
async function inOneSchemaTransaction(
  driver: Driver,
  database: string | undefined,
  statements: string[],
): Promise<void> {
  if (statements.length === 0) return;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
}

/** Wait until `indexes` are online, so a search right after the load sees every node. */
export async function awaitIndexes(
  driver: Driver,
  database: string | undefined,
  indexes: SearchIndex[],
): Promise<void> {
  for (const index of indexes) {
    await driver.executeQuery(
      "CALL db.awaitIndex($name, $seconds)",
      { name: index.name, seconds: neo4j.int(ONLINE_TIMEOUT_S) },
      { database, routing: neo4j.routing.WRITE },
    );
  }
}
