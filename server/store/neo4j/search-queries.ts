// Cypher of the Neo4j store's search: index-backed candidates by score tier, cut to the nodes that rank in the top `limit`.
import {
  SEARCH_KEY_LENGTH_DIGITS,
  SEARCH_KEY_NOT_PLAIN,
  SEARCH_KEY_OTHER,
  SEARCH_KEY_PLAIN,
  SEARCH_TEXT_SEPARATOR as SEP,
} from "./rows.js";

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

/** searchKey's 3-digit length (rows.ts searchKey) of `len`: the start of every single key of that length. */
const lengthKey = (len: string) =>
  `right("${"0".repeat(SEARCH_KEY_LENGTH_DIGITS - 1)}" + toString(${len}), ${SEARCH_KEY_LENGTH_DIGITS})`;

/**
 * partScore of a single text of `len` code points that starts with q (the same double operations): it is q
 * itself exactly when it is as long as q.
 */
const singleScore = (len: string) =>
  `round((CASE WHEN ${len} = size($q) THEN 100 ELSE 80 END + 10 * ($qLength / ${len})) * 1000) / 1000`;

/**
 * The single texts (rows.ts searchKey: a name alone, under the cap) that start with q, one length at a time
 * from q's own up to `last`, shortest first: two range seeks per length ("p" plain names, "x" the others) on
 * the RANGE index over searchKey. Binds len, flag and n.
 */
const SINGLES_BY_LENGTH = (last: string) => `
  UNWIND range(size($q), ${last}) AS len
  UNWIND ["${SEARCH_KEY_PLAIN}", "${SEARCH_KEY_NOT_PLAIN}"] AS flag
  CALL (len, flag) {
    MATCH (n:Entity) WHERE n.searchKey STARTS WITH ${lengthKey("len")} + flag + $q AND ${OF_TYPE}
    RETURN n
  }`;

/**
 * The candidates, by tier, each level only when the ones above hold fewer than `limit` nodes. Scores of
 * different tiers never overlap (search-score.ts: a part's base + 10 · tightness, tightness in (0, 1], an
 * alias 2 lower), so when `limit` nodes score in a tier or above, nothing below it can rank:
 * - strong (≥ 78): the name starts with q or an alias does (CONTAINS " | q"; the nodes whose searchText starts
 *   with q are left out, so the union needs no Distinct);
 * - word (58 … 70): a word of a part starts with q: CONTAINS " q" (no part and no query starts with a space);
 * - weak (38 … 50): any other part holding q (CONTAINS q).
 * The three sets are disjoint and together are every node whose searchText contains q: the memory store's
 * candidates. Each is an index seek; a level that is not needed gets a null CONTAINS operand, which
 * seeks nothing (a WHERE on the level's condition would be evaluated after the index scan, not before).
 *
 * "The name starts with q" has two parts. Single texts (most nodes) score by their length alone, a shorter one
 * at least as high, so `singleTop` holds the scores of the `limit` shortest (with the lower bound and astral
 * flag TOP needs), read length by length up to `maxLen`, the longest single text stored (the last single key
 * in index order); FAST_PAGE (in index order) or SINGLES_REACHING reads the ones that rank after them. Every
 * other text whose start matches
 * has a "~" key: a seek on "~" + prefixQ (q's first 1,000 code points; a longer q is then checked on searchText
 * itself). Those, the alias matches and the lower tiers are `others`, scored from searchText in ESTIMATES.
 */
const CANDIDATES_BY_TIER = `
CALL () {
  MATCH (m:Entity) WHERE m.searchKey < "${SEARCH_KEY_OTHER}"
  WITH m.searchKey AS key ORDER BY key DESC LIMIT 1
  RETURN coalesce(max(toInteger(left(key, ${SEARCH_KEY_LENGTH_DIGITS}))), 0) AS maxLen
}
CALL (maxLen) {${SINGLES_BY_LENGTH("maxLen")}
  WITH len, flag, n LIMIT $limit
  WITH len, CASE WHEN flag = "${SEARCH_KEY_PLAIN}" THEN substring(n.searchKey, ${SEARCH_KEY_LENGTH_DIGITS + 1}, len) ELSE n.searchText END AS text
  RETURN collect({len: len, est: ${partScore("text", "0")}, low: ${partLow("text", "0")}, astral: text =~ "${ASTRAL}"}) AS singleTop
}
CALL () {
  CALL () {
    MATCH (n:Entity)
    WHERE n.searchKey STARTS WITH $otherPrefixQ AND ($prefixQ = $q OR n.searchText STARTS WITH $q) AND ${OF_TYPE}
    RETURN n
    UNION ALL
    MATCH (n:Entity) WHERE n.searchText CONTAINS $sepQ AND NOT n.searchText STARTS WITH $q AND ${OF_TYPE}
    RETURN n
  }
  RETURN collect(n) AS strongOthers
}
CALL (singleTop, strongOthers) {
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS CASE WHEN size(singleTop) + size(strongOthers) < $limit THEN $spaceQ END
    AND NOT (n.searchText STARTS WITH $q OR n.searchText CONTAINS $sepQ) AND ${OF_TYPE}
  RETURN collect(n) AS word
}
CALL (singleTop, strongOthers, word) {
  MATCH (n:Entity)
  WHERE n.searchText CONTAINS CASE WHEN size(singleTop) + size(strongOthers) + size(word) < $limit THEN $q END
    AND NOT (n.searchText STARTS WITH $q OR n.searchText CONTAINS $spaceQ) AND ${OF_TYPE}
  RETURN collect(n) AS weak
}`;

/**
 * `est` of every other candidate: its score, computed once, exact unless a part it matches holds astral text
 * (then an upper bound). A searchText without a separator is its name alone: no split, and `single` (then a
 * plain name means a plain searchText, which the tie check in SEARCH_TOP_CANDIDATES relies on).
 */
const ESTIMATES = `
CALL (strongOthers, word, weak) {
  UNWIND strongOthers + word + weak AS n
  WITH n, n.searchText AS st
  WITH n, st, CASE WHEN st CONTAINS "${SEP}" THEN split(st, "${SEP}") END AS texts
  RETURN collect({n: n, single: texts IS NULL, est: CASE
    WHEN texts IS NULL THEN ${partScore("st", "0")}
    ELSE reduce(est = 0.0, i IN range(0, size(texts) - 1) | CASE
      WHEN NOT texts[i] CONTAINS $q THEN est
      WHEN ${partScore("texts[i]", "i")} > est THEN ${partScore("texts[i]", "i")}
      ELSE est
    END)
  END}) AS others
}`;

/**
 * The `limit` rows of highest est, from the best single rows and the others (the `limit` best of all are
 * among them). `cut` is the lowest of their est (null when there are fewer than `limit` rows: all of them
 * rank). When none of them holds astral text (`exact`), their est are their scores, so the `limit`-th best
 * score is `cut`: the page is the rows above it plus the first of those tied at it. Otherwise `floor`, the
 * lowest lower bound among them, is ≤ the `limit`-th best score, and every row whose est reaches it goes to
 * TypeScript. `reach` is that threshold: cut or floor (null: every row).
 */
const TOP = `
CALL (singleTop, others) {
  UNWIND singleTop + others AS r
  WITH r ORDER BY r.est DESC LIMIT $limit
  WITH r, CASE WHEN r.n IS NULL THEN null ELSE r.n.searchText END AS st
  WITH r, st, CASE WHEN st IS NULL THEN null ELSE split(st, "${SEP}") END AS texts
  RETURN CASE WHEN count(*) >= $limit THEN min(r.est) END AS cut,
    none(a IN collect(CASE WHEN st IS NULL THEN r.astral ELSE st =~ "${ASTRAL}" END) WHERE a) AS exact,
    min(CASE WHEN st IS NULL THEN r.low ELSE reduce(lo = 0.0, i IN range(0, size(texts) - 1) | CASE
      WHEN NOT texts[i] CONTAINS $q THEN lo
      WHEN ${partLow("texts[i]", "i")} > lo THEN ${partLow("texts[i]", "i")}
      ELSE lo
    END) END) AS floor
}
WITH maxLen, singleTop, others, cut IS NOT NULL AND exact AS exact, cut,
  CASE WHEN cut IS NULL THEN null WHEN exact THEN cut ELSE floor END AS reach`;

/**
 * The common case, read in index order: on the exact path, when the rows tied at the cut are single plain
 * names of one length `tieLen` (every single text shorter than the last of singleTop is in it, so a shorter
 * length that ties would show in tieLens; the next length must score below the cut; no other candidate ties;
 * and a seek finds no "x" key of that length), the page is every single text shorter than tieLen and
 * every other row above the cut (`fastAbove`, fewer than `limit`), then the first plain keys of length tieLen
 * in index order, which is the tie order (rows.ts searchKey): `limit` rows read for the ties instead of all
 * of them. Otherwise `fast` is false, these seek nothing, and SINGLES_REACHING and the tie check below run.
 */
const FAST_PAGE = `
WITH *, [r IN singleTop WHERE r.est = cut | r.len] AS tieLens
WITH *, CASE WHEN exact AND toLower("I") = "i" AND size(tieLens) > 0 AND all(l IN tieLens WHERE l = tieLens[0])
  THEN tieLens[0] END AS tieLen
WITH *, tieLen IS NOT NULL AND ${singleScore("(tieLen + 1)")} < cut AND none(r IN others WHERE r.est = cut) AS oneLength
CALL (tieLen, oneLength) {
  MATCH (n:Entity)
  WHERE n.searchKey STARTS WITH CASE WHEN oneLength THEN ${lengthKey("tieLen")} + "${SEARCH_KEY_NOT_PLAIN}" + $q END AND ${OF_TYPE}
  RETURN count(n) = 0 AS allPlain
}
WITH *, oneLength AND allPlain AS fast
CALL (fast, tieLen) {${SINGLES_BY_LENGTH(`CASE WHEN fast THEN tieLen - 1 ELSE -1 END`)}
  RETURN collect(n) AS shorter
}
CALL (fast, tieLen) {
  MATCH (n:Entity)
  WHERE n.searchKey STARTS WITH CASE WHEN fast THEN ${lengthKey("tieLen")} + "${SEARCH_KEY_PLAIN}" + $q END AND ${OF_TYPE}
  WITH n ORDER BY n.searchKey LIMIT $limit
  RETURN collect(n) AS tiedInOrder
}
WITH maxLen, others, exact, cut, reach, fast, tiedInOrder,
  CASE WHEN fast THEN shorter + [r IN others WHERE r.est > cut | r.n] ELSE [] END AS fastAbove`;

/**
 * The single texts whose est reaches `reach` (all of them when it is null), as {n, est, single}. est of a
 * single text is non-increasing in its length L, and est ≥ reach needs round(1000 · (80 + 10 · qLength / L)) ≥
 * 1000 · reach, so 80 + 10 · qLength / L ≥ reach − 0.0005 and L ≤ 10 · qLength / (reach − 80.0005): the last
 * length read below, with twice that slack, is past every such text (an exact match, base 100, is q's own
 * length, always read even when the bound is below it) and est itself then decides. Below reach 80.001 every
 * length up to maxLen is read.
 */
const SINGLES_REACHING = `
CALL (maxLen, reach, fast) {
  WITH maxLen, reach, fast, CASE WHEN reach IS NULL OR reach <= 80.001 THEN maxLen
    ELSE toInteger(floor(10 * $qLength / (reach - 80.001))) END AS bound
  WITH reach, CASE WHEN fast THEN -1 WHEN bound >= maxLen THEN maxLen WHEN bound < size($q) THEN size($q) ELSE bound END AS last${SINGLES_BY_LENGTH("last")}
  WITH n, ${singleScore("len")} AS est
  WHERE reach IS NULL OR est >= reach
  RETURN collect({n: n, est: est, single: true}) AS singles
}
WITH fast, fastAbove, tiedInOrder, exact, cut,
  CASE WHEN fast THEN [] ELSE singles + [r IN others WHERE reach IS NULL OR r.est >= reach] END AS near
WITH fast, fastAbove, tiedInOrder, exact, [r IN near WHERE exact AND r.est > cut | r.n] AS above,
  [r IN near WHERE NOT (exact AND r.est > cut)] AS tied`;

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
 * codePointPrefix), otherPrefixQ ("~" + prefixQ), sepQ (" | " + q), spaceQ (" " + q), qLength (q.length in
 * UTF-16 units), types (list or null), limit (Integer ≥ 1). Returns the nodes that can reach the top `limit`:
 * on the exact path, those above the cut and, when every tied name is plain (and id low, text not astral),
 * just enough of the tied ones in name order to fill the page, so `limit` nodes in all (FAST_PAGE reads
 * those from the index when they are plain names of one length); else every tied node (every row whose est
 * reaches the floor when a top row is astral). TypeScript ranks them exactly. Outside FAST_PAGE the tied rows
 * are read once: ordered with the ones that are not plain first, so the first row of the name order tells
 * whether all of them are plain.
 */
export const SEARCH_TOP_CANDIDATES = `${CANDIDATES_BY_TIER}${ESTIMATES}${TOP}${FAST_PAGE}${SINGLES_REACHING}
CALL (above, tied, exact) {
  UNWIND CASE WHEN exact AND size(above) + size(tied) > $limit AND toLower("I") = "i" THEN tied ELSE [] END AS r
  WITH r.n AS n, r.single AS single
  WITH n, n.name AS name, n.id AS id, single
  WITH n, name, id, coalesce(name =~ "${PLAIN_NAME}" AND id =~ "${LOW_BMP}" AND (single OR NOT n.searchText =~ "${ASTRAL}"), false) AS plain
  ORDER BY plain, toLower(name), name DESC, id LIMIT $limit
  RETURN collect(n) AS byName, collect(plain) AS plains
}
WITH fast, fastAbove, tiedInOrder, above, tied, CASE WHEN size(plains) > 0 AND plains[0] THEN byName ELSE [] END AS firstByName
UNWIND CASE
    WHEN fast THEN fastAbove + tiedInOrder[..$limit - size(fastAbove)]
    ELSE above + CASE WHEN size(firstByName) > 0 THEN firstByName[..$limit - size(above)] ELSE [r IN tied | r.n] END
  END AS n
RETURN n`;
