// Search for the Neo4j store: index-backed candidates by score tier, pruned in Cypher, ranked by the shared scorer.
import neo4j, { type Node } from "neo4j-driver";
import type { ScoredNode } from "../../domain/model.js";
import { compareScored, normalizeText, scoreNode } from "../../domain/search-score.js";
import type { SearchOptions } from "../graph-store.js";
import { toGraphNode } from "./mappers.js";
import { codePointPrefix, SEARCH_KEY_OTHER, SEARCH_TEXT_SEPARATOR } from "./rows.js";
import type { RunStatement } from "./run-statement.js";
import { SEARCH_TOP_CANDIDATES } from "./search-queries.js";

/**
 * The memory store's semantics exactly: candidates are nodes whose normalised name or alias contains
 * the normalised query (the TEXT index on searchText answers CONTAINS, the RANGE index on searchKey
 * STARTS WITH, shortest names first), scored
 * with `scoreNode`, kept when > 0, sorted with `compareScored` and cut at `limit`. In one round trip
 * (search-queries.ts) Cypher reads the score tiers best first and stops at the first that fills the page,
 * scores the candidates once, and returns the nodes of the top `limit`: exactly `limit` when the tied names
 * at the cut are ones Cypher orders as localeCompare does, else every node that can still rank. The exact
 * ranking happens here, so both stores order ties identically.
 */
export async function searchNodes(
  run: RunStatement,
  query: string,
  options: SearchOptions,
): Promise<ScoredNode[]> {
  const q = normalizeText(query);
  if (!q || options.limit <= 0) return [];
  const result = await run(SEARCH_TOP_CANDIDATES, searchParams(q, options));
  const hits: ScoredNode[] = [];
  for (const record of result.records) {
    const node = toGraphNode(record.get("n") as Node);
    const score = scoreNode(node, query);
    if (score > 0) hits.push({ ...node, score });
  }
  return hits.sort(compareScored).slice(0, options.limit);
}

/** The parameters of SEARCH_TOP_CANDIDATES for a normalised, non-empty query `q`. */
export function searchParams(q: string, options: SearchOptions): Record<string, unknown> {
  return {
    q,
    prefixQ: codePointPrefix(q),
    otherPrefixQ: SEARCH_KEY_OTHER + codePointPrefix(q),
    sepQ: SEARCH_TEXT_SEPARATOR + q,
    spaceQ: ` ${q}`,
    qLength: q.length,
    types: options.types?.length ? options.types : null,
    limit: neo4j.int(options.limit),
  };
}
