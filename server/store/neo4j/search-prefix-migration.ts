// Back-fills searchPrefix on :Entity nodes written before it existed (or with a stale value): run with the schema.
import neo4j, { type Driver } from "neo4j-driver";
import { toCount } from "./mappers.js";
import { SEARCH_PREFIX_LENGTH } from "./rows.js";

/** Rows per inner transaction: the loader's batch size, small enough for a 512 MB heap. */
const BATCH_ROWS = 10_000;

/**
 * Params: length (Integer). Every node whose searchPrefix is missing or differs from left(searchText, length)
 * (left() counts code points, as rows.ts codePointPrefix does), rewritten in batches of their own
 * transactions. Touches nothing on an up-to-date database, so it is safe to run on every start.
 */
export const BACKFILL_SEARCH_PREFIX = `
MATCH (n:Entity)
WHERE n.searchText IS NOT NULL
  AND (n.searchPrefix IS NULL OR n.searchPrefix <> left(n.searchText, $length))
CALL (n) {
  SET n.searchPrefix = left(n.searchText, $length)
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS updated`;

/**
 * Whether any :Entity lacks searchPrefix: the label's count comes from the count store and the prefixed ones
 * from the RANGE index, so an up-to-date database of a million nodes answers without reading a node. (A full
 * check for stale values reads every node: 0.65–1.4 s at 200k nodes on every start. Values go stale only when an
 * earlier version of the explorer edits names after the upgrade, which mixing versions on one database would do.)
 */
const COUNT_PREFIXED = `
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (n:Entity) WHERE n.searchPrefix IS NOT NULL RETURN count(n) AS prefixed }
RETURN nodes, prefixed`;

/**
 * Write searchPrefix where it is missing or stale, when some node lacks it; returns how many nodes were written. `CALL … IN
 * TRANSACTIONS` needs an auto-commit transaction, hence a session's run rather than executeQuery.
 * Why on start rather than by an operator: a database loaded by an earlier version has no searchPrefix,
 * and search's best tier reads only it (search-queries.ts), so it would find no prefix matches.
 */
export async function backfillSearchPrefix(driver: Driver, database: string | undefined): Promise<number> {
  const { records } = await driver.executeQuery(
    COUNT_PREFIXED,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const nodes = toCount(records[0]?.get("nodes"));
  if (nodes === toCount(records[0]?.get("prefixed"))) return 0;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const result = await session.run(BACKFILL_SEARCH_PREFIX, { length: neo4j.int(SEARCH_PREFIX_LENGTH) });
    return toCount(result.records[0]?.get("updated"));
  } finally {
    await session.close();
  }
}
