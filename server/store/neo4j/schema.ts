// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS) and waits for the indexes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../config.js";
import { backfillSearchKey } from "./search-key-migration.js";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "cypher", "schema.cypher");

/** The statements of a .cypher file: `//` comments dropped, split on `;` at line ends. */
export function parseCypherStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}

/**
 * Run every schema statement, each in its own auto-commit transaction (schema changes cannot share
 * a transaction with data writes), wait until the indexes are online, then migrate the data the
 * schema expects (searchKey, search-key-migration.ts). Safe to run again.
 */
export async function applySchema(
  driver: Driver,
  database: string | undefined,
  file = SCHEMA_FILE,
): Promise<number> {
  const statements = parseCypherStatements(await readFile(file, "utf8"));
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database, routing: neo4j.routing.WRITE });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database, routing: neo4j.routing.WRITE });
  await backfillSearchKey(driver, database);
  return statements.length;
}
