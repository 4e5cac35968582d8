// Cypher of the Neo4j store's search: index-backed candidates by score tier, cut to the nodes that rank in the top `limit`.
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
 * A part's score, as domain/search-score.ts computes it (same double operations, same order). Exact unless
 * the part holds astral text; then size() is below JavaScript's length, so this is an upper bound.
 */
const partScore = (text: string, i: string) =>
  `round((${base(text)} + 10 * ($qLength / size(${text}))) * 1000) / 1000 - ${penalty(i)}`;

/** A lower bound of one part's score: an astral part's tightness is not known from size(), so it counts 0. */
const partLow = (text: string, i: string) =>
  `${base(text)} - ${penalty(i)} + CASE WHEN ${text} =~ "${ASTRAL}" THEN 0.0 ELSE 10.0 * $qLength / size(${text}) END - 0.001`;

/**
 * The candidates, by tier, each level only when the ones above hold fewer than `limit` nodes. Scores of
 * different tiers never overlap (search-score.ts: a part's base + 10 · tightness, tightness in (0, 1], an
 * alias 2 lower), so when `limit` nodes score in a tier or above, nothing below it can rank:
 * - strong (≥ 78): the name starts with q or an alias does (CONTAINS " | q"; the nodes the first branch
 *   found are left out, so the union needs no Distinct). "Starts with q" is a range seek on the RANGE
 *   index over searchPrefix (searchText's first 1,000 code points): for the first 1,000 code points of q
 *   (prefixQ) it is the same test on searchText; a longer q is then checked on searchText itself;
 * - word (58 … 70): a word of a part starts with q: CONTAINS " q" (no part and no query starts with a space);
 * - weak (38 … 50): any other part holding q (CONTAINS q).
 * The three sets are disjoint and together are every node whose searchText contains q: the memory store's
 * candidates. Each is a TEXT-index seek; a level that is not needed gets a null CONTAINS operand, which
 * seeks nothing (a WHERE on the level's condition would be evaluated after the index scan, not before).
 * The other branches use the TEXT index on searchText, which answers CONTAINS.
 */
const CANDIDATES_BY_TIER = `
CALL () {
  MATCH (n:Entity)
  WHERE n.searchPrefix STARTS WITH $prefixQ AND ($prefixQ = $q OR n.searchText STARTS WITH $q) AND ${OF_TYPE}
  RETURN n
  UNION ALL
  MATCH (n:Entity) WHERE n.searchText CONTAINS $sepQ AND NOT n.searchText STARTS WITH $q AND ${OF_TYPE} RETURN n
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
 * `est` of every candidate: its score, computed once, exact unless a part it matches holds astral text (then
 * an upper bound). A searchText without a separator (most nodes) is its name alone: no split.
 */
const ESTIMATES = `
UNWIND strong + word + weak AS n
WITH n, n.searchText AS st
WITH n, st, CASE WHEN st CONTAINS "${SEP}" THEN split(st, "${SEP}") END AS texts
WITH n, CASE
    WHEN texts IS NULL THEN ${partScore("st", "0")}
    ELSE reduce(est = 0.0, i IN range(0, size(texts) - 1) | CASE
      WHEN NOT texts[i] CONTAINS $q THEN est
      WHEN ${partScore("texts[i]", "i")} > est THEN ${partScore("texts[i]", "i")}
      ELSE est
    END)
  END AS est
WITH collect({n: n, est: est}) AS rows`;

/**
 * The `limit` rows of highest est. `cut` is the lowest of their est (null when there are fewer than `limit`
 * rows: all of them rank). When none of them holds astral text (`exact`), their est are their scores, so the
 * `limit`-th best score is `cut`: the page is the rows above it plus the first of those tied at it. Otherwise
 * `floor`, the lowest lower bound among them, is ≤ the `limit`-th best score, and every row whose est reaches
 * it goes to TypeScript.
 */
const TOP = `
CALL (rows) {
  UNWIND rows AS r
  WITH r ORDER BY r.est DESC LIMIT $limit
  WITH r, r.n.searchText AS st
  WITH r, st =~ "${ASTRAL}" AS astral, split(st, "${SEP}") AS texts
  RETURN CASE WHEN count(*) >= $limit THEN min(r.est) END AS cut,
    none(a IN collect(astral) WHERE a) AS exact,
    min(reduce(lo = 0.0, i IN range(0, size(texts) - 1) | CASE
      WHEN NOT texts[i] CONTAINS $q THEN lo
      WHEN ${partLow("texts[i]", "i")} > lo THEN ${partLow("texts[i]", "i")}
      ELSE lo
    END)) AS floor
}
WITH CASE WHEN cut IS NOT NULL AND exact THEN [r IN rows WHERE r.est > cut | r.n] ELSE [] END AS above,
  CASE
    WHEN cut IS NULL THEN rows
    WHEN exact THEN [r IN rows WHERE r.est = cut]
    ELSE [r IN rows WHERE r.est >= floor]
  END AS tied,
  cut IS NOT NULL AND exact AS exact`;

/**
 * Names of only ASCII letters, digits and spaces: for these, JavaScript's localeCompare(…, "en") (ICU root
 * collation: space < digits < letters, case a tertiary difference, lower case first) orders exactly as
 * Cypher's `ORDER BY toLower(name), name DESC`, checked against Neo4j by test/server/store/neo4j/search.test.ts.
 * toLower follows the server's locale: under a Turkish one "I" lowers to "ı", so the statement checks first.
 */
const PLAIN_NAME = "[A-Za-z0-9 ]*";

/** Ids below the surrogates: Cypher orders strings by code point, JavaScript by UTF-16 unit; here they agree. */
const LOW_BMP = "[\\\\x{0}-\\\\x{D7FF}]*";

/**
 * Params: q (normalised, non-empty), prefixQ (q's first SEARCH_PREFIX_LENGTH code points, rows.ts
 * codePointPrefix), sepQ (" | " + q), spaceQ (" " + q), qLength (q.length in UTF-16 units), types (list or
 * null), limit (Integer ≥ 1). Returns the nodes that can reach the top `limit`: on
 * the exact path, those above the cut and, when every tied name is plain (and id low, text not astral),
 * just enough of the tied ones in name order to fill the page, so `limit` nodes in all; else every tied
 * node (every row whose est reaches the floor when a top row is astral). TypeScript ranks them exactly.
 */
export const SEARCH_TOP_CANDIDATES = `${CANDIDATES_BY_TIER}${ESTIMATES}${TOP}
CALL (above, tied, exact) {
  UNWIND CASE
      WHEN exact AND size(above) + size(tied) > $limit AND toLower("I") = "i"
        AND all(r IN tied WHERE r.n.name =~ "${PLAIN_NAME}" AND r.n.id =~ "${LOW_BMP}" AND NOT r.n.searchText =~ "${ASTRAL}")
      THEN tied
      ELSE []
    END AS r
  WITH r.n AS n ORDER BY toLower(n.name), n.name DESC, n.id LIMIT $limit
  RETURN collect(n) AS firstByName
}
UNWIND above + CASE WHEN size(firstByName) > 0 THEN firstByName[..$limit - size(above)] ELSE [r IN tied | r.n] END AS n
RETURN n`;
