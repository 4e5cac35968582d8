// Cypher of the Neo4j store's search: index-backed candidates by score tier, pruned to those that can still reach the top `limit`.
import { SEARCH_TEXT_SEPARATOR as SEP } from "./rows.js";

/** A text holding a code point beyond the BMP: its JavaScript length (UTF-16 units) exceeds Cypher's size(). */
const ASTRAL = ".*[\\\\x{10000}-\\\\x{10FFFF}].*";

const OF_TYPE = "($types IS NULL OR n.type IN $types)";

/** The base score of one part (no separator inside) as domain/search-score.ts gives it: exact, prefix, word prefix, substring. */
const base = (text: string) =>
  `CASE WHEN ${text} = $q THEN 100 WHEN ${text} STARTS WITH $q THEN 80 WHEN (" " + ${text}) CONTAINS $spaceQ THEN 60 ELSE 40 END`;

/** An alias scores 2 below the name (part 0). */
const penalty = (i: string) => `CASE WHEN ${i} = 0 THEN 0 ELSE 2 END`;

/**
 * The candidates, by tier, each level only when the ones above hold fewer than `limit` nodes. Scores of
 * different tiers never overlap (search-score.ts: a part's base + 10 · tightness, tightness in (0, 1], an
 * alias 2 lower), so when `limit` nodes score in a tier or above, nothing below it can rank:
 * - strong (≥ 78): a part starts with q: searchText STARTS WITH q (the name) or CONTAINS " | q" (an alias);
 * - word (58 … 70): a word of a part starts with q: CONTAINS " q" (no part and no query starts with a space);
 * - weak (38 … 50): any other part holding q (CONTAINS q).
 * The three sets are disjoint and together are every node whose searchText contains q: the memory store's
 * candidates. Each is one TEXT-index seek; a level that is not needed gets a null CONTAINS operand, which
 * seeks nothing (a WHERE on the level's condition would be evaluated after the index scan, not before).
 */
const CANDIDATES_BY_TIER = `
CALL () {
  MATCH (n:Entity) WHERE n.searchText STARTS WITH $q AND ${OF_TYPE} RETURN n
  UNION
  MATCH (n:Entity) WHERE n.searchText CONTAINS $sepQ AND ${OF_TYPE} RETURN n
}
WITH collect(n) AS strong
CALL (strong) {
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS CASE WHEN size(strong) < $limit THEN $spaceQ END
    AND NOT (n.searchText STARTS WITH $q OR n.searchText CONTAINS $sepQ) AND ${OF_TYPE}
  RETURN collect(n) AS word
}
CALL (strong, word) {
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS CASE WHEN size(strong) + size(word) < $limit THEN $q END
    AND NOT (n.searchText STARTS WITH $q OR n.searchText CONTAINS $spaceQ) AND ${OF_TYPE}
  RETURN collect(n) AS weak
}`;

/**
 * `hi` ≥ the node's score: its best part's base − alias penalty + 10 · qLength / size(part) + 0.001 (the
 * score rounds to 0.001). size() counts code points, never more than JavaScript's length, so this holds for
 * astral text too. A searchText without a separator (most nodes) is its name alone: no split.
 */
const UPPER_BOUNDS = `
UNWIND strong + word + weak AS n
WITH n, n.searchText AS st
WITH n, st, CASE WHEN st CONTAINS "${SEP}" THEN split(st, "${SEP}") END AS texts
WITH n, 0.001 + CASE
    WHEN texts IS NULL THEN ${base("st")} + 10.0 * $qLength / size(st)
    ELSE reduce(hi = 0.0, i IN range(0, size(texts) - 1) | CASE
      WHEN NOT texts[i] CONTAINS $q THEN hi
      WHEN ${base("texts[i]")} - ${penalty("i")} + 10.0 * $qLength / size(texts[i]) > hi
        THEN ${base("texts[i]")} - ${penalty("i")} + 10.0 * $qLength / size(texts[i])
      ELSE hi
    END)
  END AS hi
WITH collect({n: n, hi: hi}) AS rows`;

/** A lower bound of one part's score: an astral part's tightness is not known from size(), so it counts 0. */
const partLow = (text: string, i: string) =>
  `${base(text)} - ${penalty(i)} + CASE WHEN ${text} =~ "${ASTRAL}" THEN 0.0 ELSE 10.0 * $qLength / size(${text}) END`;

/**
 * `floor` ≤ the `limit`-th best score: the lowest `lo` (≤ score) among the `limit` rows of highest `hi`,
 * since those `limit` nodes all score at least that. Every node of the top `limit` scores ≥ floor, so its
 * hi does too; ties at the cut are all kept. 0 when there are fewer than `limit` rows (all of them rank).
 */
const FLOOR = `
CALL (rows) {
  UNWIND rows AS row
  WITH row ORDER BY row.hi DESC LIMIT $limit
  WITH split(row.n.searchText, "${SEP}") AS texts
  WITH reduce(lo = 0.0, i IN range(0, size(texts) - 1) | CASE
      WHEN NOT texts[i] CONTAINS $q THEN lo
      WHEN ${partLow("texts[i]", "i")} > lo THEN ${partLow("texts[i]", "i")}
      ELSE lo
    END) - 0.001 AS lo
  RETURN CASE WHEN count(*) >= $limit THEN min(lo) ELSE 0.0 END AS floor
}`;

/** A part's exact score, as domain/search-score.ts computes it (same double operations, same order). */
const partScore = (text: string, i: string) =>
  `round((${base(text)} + 10 * ($qLength / size(${text}))) * 1000) / 1000 - ${penalty(i)}`;

/**
 * The exact score of each kept node (the page's candidates: hi ≥ floor), or null when a part it matches
 * holds astral text (size() is not JavaScript's length there). When every score is known, `cut` is the
 * `limit`-th best: nodes above it rank; among the nodes tied at it, the first by name rank.
 */
const EXACT_SCORES = `
UNWIND [row IN rows WHERE row.hi >= floor | row.n] AS n
WITH n, split(n.searchText, "${SEP}") AS texts
WITH n, reduce(score = 0.0, i IN range(0, size(texts) - 1) | CASE
    WHEN score IS NULL OR NOT texts[i] CONTAINS $q THEN score
    WHEN texts[i] =~ "${ASTRAL}" THEN null
    WHEN ${partScore("texts[i]", "i")} > score THEN ${partScore("texts[i]", "i")}
    ELSE score
  END) AS score
WITH collect({n: n, score: score}) AS kept
CALL (kept) {
  UNWIND CASE WHEN any(k IN kept WHERE k.score IS NULL) THEN [] ELSE kept END AS k
  WITH k.score AS score ORDER BY score DESC LIMIT $limit
  RETURN CASE WHEN count(*) >= $limit THEN min(score) END AS cut
}`;

/**
 * Names of only ASCII letters, digits and spaces: for these, JavaScript's localeCompare(…, "en") (ICU root
 * collation: space < digits < letters, case a tertiary difference, lower case first) orders exactly as
 * Cypher's `ORDER BY toLower(name), name DESC`, checked against Neo4j by test/server/store/neo4j/search.test.ts.
 * toLower follows the server's locale: under a Turkish one "I" lowers to "ı", so the statement checks first.
 */
const PLAIN_NAME = "[A-Za-z0-9 ]*";

/**
 * Params: q (normalised, non-empty), sepQ (" | " + q), spaceQ (" " + q), qLength (q.length in UTF-16
 * units), types (list or null), limit (Integer ≥ 1). Returns the nodes that can reach the top `limit`:
 * those above the cut, and of those tied at it the first `limit` by name when every tied name is plain
 * (else all of them; and every kept node when a score is unknown). TypeScript ranks them exactly.
 */
export const SEARCH_TOP_CANDIDATES = `${CANDIDATES_BY_TIER}${UPPER_BOUNDS}${FLOOR}${EXACT_SCORES}
WITH [k IN kept WHERE cut IS NULL OR k.score > cut | k.n] AS above, [k IN kept WHERE k.score = cut | k.n] AS tied
WITH above, tied, toLower("I") = "i" AND all(n IN tied WHERE n.name =~ "${PLAIN_NAME}") AS byName
CALL (tied, byName) {
  UNWIND CASE WHEN byName THEN tied ELSE [] END AS n
  WITH n ORDER BY toLower(n.name), n.name DESC, n.id LIMIT $limit
  RETURN collect(n) AS firstByName
}
UNWIND above + CASE WHEN byName THEN firstByName ELSE tied END AS n
RETURN n`;
