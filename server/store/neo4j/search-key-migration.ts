// Back-fills searchKey on :Entity nodes written before it existed (or before searchPrefix gave way to it): run with the schema.
import neo4j, { type Driver } from "neo4j-driver";
import { toCount } from "./mappers.js";
import {
  SEARCH_KEY_JOIN,
  SEARCH_KEY_LENGTH_DIGITS,
  SEARCH_KEY_NOT_PLAIN,
  SEARCH_KEY_OTHER,
  SEARCH_KEY_PLAIN,
  SEARCH_KEY_PLAIN_ID_MAX,
  SEARCH_KEY_PLAIN_NAME,
  SEARCH_PREFIX_LENGTH,
  SEARCH_TEXT_SEPARATOR,
} from "./rows.js";

/** Rows per inner transaction: the loader's batch size, small enough for a 512 MB heap. */
const BATCH_ROWS = 10_000;

const LENGTH_OF_ST = `right("${"0".repeat(SEARCH_KEY_LENGTH_DIGITS - 1)}" + toString(size(st)), ${SEARCH_KEY_LENGTH_DIGITS})`;

/** The name's case mask of rows.ts searchKey: 1 for a character toLower changes (a plain name is ASCII). */
const CASE_MASK = `reduce(mask = "", c IN split(n.name, "") | mask + CASE WHEN c = toLower(c) THEN "0" ELSE "1" END)`;

/**
 * rows.ts searchKey in Cypher (size() and left() count code points, as searchKey does; Java's =~ matches the
 * whole string, as searchKey's anchored patterns do, and by code point, so a character beyond the BMP is
 * never below U+D800 in either). Binds st.
 */
const SEARCH_KEY_OF_ST = `CASE
    WHEN size(st) >= $length OR st CONTAINS "${SEARCH_TEXT_SEPARATOR}" THEN "${SEARCH_KEY_OTHER}" + left(st, $length)
    WHEN n.name =~ "${SEARCH_KEY_PLAIN_NAME}" AND n.id =~ "[\\\\x{0}-\\\\x{D7FF}]{0,${SEARCH_KEY_PLAIN_ID_MAX}}"
    THEN ${LENGTH_OF_ST} + "${SEARCH_KEY_PLAIN}" + st + $join + ${CASE_MASK} + $join + n.id
    ELSE ${LENGTH_OF_ST} + "${SEARCH_KEY_NOT_PLAIN}" + st
  END`;

/**
 * Params: length (Integer), join (SEARCH_KEY_JOIN). Every node whose searchKey is missing or differs from rows.ts searchKey(searchText),
 * rewritten in batches of their own transactions; the searchPrefix of the version before goes with it.
 * Touches nothing on an up-to-date database, so it is safe to run on every start.
 */
export const BACKFILL_SEARCH_KEY = `
MATCH (n:Entity)
WHERE n.searchText IS NOT NULL
WITH n, n.searchText AS st
WITH n, ${SEARCH_KEY_OF_ST} AS key
WHERE n.searchKey IS NULL OR n.searchKey <> key OR n.searchPrefix IS NOT NULL
CALL (n, key) {
  SET n.searchKey = key
  REMOVE n.searchPrefix
} IN TRANSACTIONS OF ${BATCH_ROWS} ROWS
RETURN count(*) AS updated`;

/**
 * Whether any :Entity lacks searchKey: the label's count comes from the count store and the keyed ones from
 * the RANGE index, so an up-to-date database of a million nodes answers without reading a node. (A full check
 * for stale values reads every node: 0.65–1.4 s at 200k nodes on every start. Values go stale only when an
 * earlier version of the explorer edits names after the upgrade, which mixing versions on one database would do.)
 */
const COUNT_KEYED = `
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (n:Entity) WHERE n.searchKey IS NOT NULL RETURN count(n) AS keyed }
RETURN nodes, keyed`;

/**
 * The index searchKey replaced (searchText's first 1,000 code points, unordered by length). Nothing reads it
 * any more and every write would keep it up to date, so it is dropped once the new one is there.
 */
const DROP_SEARCH_PREFIX_INDEX = "DROP INDEX entity_search_prefix IF EXISTS";

/**
 * Write searchKey where it is missing or stale, when some node lacks it; returns how many nodes were written.
 * `CALL … IN TRANSACTIONS` needs an auto-commit transaction, hence a session's run rather than executeQuery.
 * Why on start rather than by an operator: a database loaded by an earlier version has no searchKey, and
 * search's best tier reads only it (search-queries.ts), so it would find no prefix matches.
 */
export async function backfillSearchKey(driver: Driver, database: string | undefined): Promise<number> {
  await driver.executeQuery(DROP_SEARCH_PREFIX_INDEX, {}, { database, routing: neo4j.routing.WRITE });
  const { records } = await driver.executeQuery(COUNT_KEYED, {}, { database, routing: neo4j.routing.READ });
  const nodes = toCount(records[0]?.get("nodes"));
  if (nodes === toCount(records[0]?.get("keyed"))) return 0;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const result = await session.run(BACKFILL_SEARCH_KEY, {
      length: neo4j.int(SEARCH_PREFIX_LENGTH),
      join: SEARCH_KEY_JOIN,
    });
    return toCount(result.records[0]?.get("updated"));
  } finally {
    await session.close();
  }
}
