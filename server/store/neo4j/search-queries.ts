// Cypher of the Neo4j store's search: index-backed candidates, pruned to those that can still reach the top `limit`.
import { SEARCH_TEXT_SEPARATOR as SEP } from "./rows.js";

/** A text holding a code point beyond the BMP: its JavaScript length (UTF-16 units) exceeds Cypher's size(). */
const ASTRAL = ".*[\\\\x{10000}-\\\\x{10FFFF}].*";

const CANDIDATES = `
MATCH (n:Entity)
WHERE n.searchText CONTAINS $q AND ($types IS NULL OR n.type IN $types)`;

/**
 * The best base score (domain/search-score.ts: exact 100, prefix 80, word prefix 60, substring 40) of
 * searchText's parts, from whole-string tests: cheap, and exact because no part and no query holds "|".
 */
const TIER = `CASE
    WHEN n.searchText = $q OR n.searchText STARTS WITH $q + "${SEP}" OR n.searchText ENDS WITH "${SEP}" + $q
      OR n.searchText CONTAINS "${SEP}" + $q + "${SEP}" THEN 100
    WHEN n.searchText STARTS WITH $q OR n.searchText CONTAINS "${SEP}" + $q THEN 80
    WHEN n.searchText CONTAINS " " + $q THEN 60
    ELSE 40
  END`;

/**
 * Params: q (normalised, non-empty), qLength (q.length in UTF-16 units), types (list or null), limit
 * (Integer ≥ 1). Candidates are the nodes whose searchText (normalised name, then aliases) contains q,
 * through the TEXT index: the memory store's candidate set. Cypher can't rank them exactly (ties fall
 * to a locale-aware name order), so it only prunes, in two passes:
 * 1. Scores of different bases never overlap (a base's band is base − 2 … base + 10), so the top
 *    `limit` lie in the tiers down to the one where the count reaches `limit`: a count per tier.
 * 2. Within those tiers, bounds `lo ≤ score ≤ hi` per part: base − alias penalty + 10 · tightness
 *    ± 0.001 (the score rounds to 0.001). The `limit`-th best `lo` is a floor no top-`limit` node falls
 *    below, so every node whose `hi` reaches it is returned, and TypeScript ranks those exactly.
 * A part with a character beyond the BMP gets its base's whole band (its JavaScript length is not size()).
 */
export const SEARCH_TOP_CANDIDATES = `
CALL () {
  ${CANDIDATES}
  WITH ${TIER} AS tier
  RETURN tier, count(*) AS count
  ORDER BY tier DESC
}
WITH collect({tier: tier, count: count}) AS tiers
WITH reduce(acc = {above: 0, tier: 0}, t IN tiers |
    CASE WHEN acc.above >= $limit THEN acc ELSE {above: acc.above + t.count, tier: t.tier} END).tier AS lowest
${CANDIDATES} AND ${TIER} >= lowest
WITH n, split(n.searchText, "${SEP}") AS texts
WITH n, [i IN range(0, size(texts) - 1) WHERE texts[i] CONTAINS $q |
  {
    base: CASE
        WHEN texts[i] = $q THEN 100
        WHEN texts[i] STARTS WITH $q THEN 80
        WHEN (" " + texts[i]) CONTAINS (" " + $q) THEN 60
        ELSE 40
      END - CASE WHEN i = 0 THEN 0 ELSE 2 END,
    tightness: 10.0 * $qLength / size(texts[i]),
    astral: texts[i] =~ "${ASTRAL}"
  }] AS parts
WITH n,
  reduce(hi = 0.0, p IN parts | CASE
      WHEN p.astral AND p.base + 10.001 > hi THEN p.base + 10.001
      WHEN NOT p.astral AND p.base + p.tightness + 0.001 > hi THEN p.base + p.tightness + 0.001
      ELSE hi
    END) AS hi,
  reduce(lo = 0.0, p IN parts | CASE
      WHEN p.astral AND p.base - 0.001 > lo THEN p.base - 0.001
      WHEN NOT p.astral AND p.base + p.tightness - 0.001 > lo THEN p.base + p.tightness - 0.001
      ELSE lo
    END) AS lo
WITH n, hi, lo
  ORDER BY lo DESC
  WHERE hi > 0
WITH collect({n: n, hi: hi}) AS rows, collect(lo) AS los
WITH rows, CASE WHEN size(los) >= $limit THEN los[$limit - 1] ELSE 0.0 END AS floor
UNWIND rows AS row
WITH row
WHERE row.hi >= floor
RETURN row.n AS n`;
