// Search for the Neo4j store: index-backed candidates by score tier, pruned in Cypher, ranked by the shared scorer.
import neo4j, { type Node } from "neo4j-driver";
import type { ScoredNode } from "../../domain/model.js";
import { compareScored, normalizeText, scoreNode } from "../../domain/search-score.js";
import type { SearchOptions } from "../graph-store.js";
import { toGraphNode } from "./mappers.js";
import { codePointPrefix, SEARCH_TEXT_SEPARATOR } from "./rows.js";
import type { RunStatement } from "./run-statement.js";
import { SEARCH_TOP_CANDIDATES } from "./search-queries.js";

/**
 * The memory store's semantics exactly: candidates are nodes whose normalised name or alias contains
 * the normalised query (the TEXT index on searchText answers CONTAINS, the RANGE index on its capped
 * prefix searchPrefix STARTS WITH), scored
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
  const types = options.types?.length ? options.types : null;
  const result = await run(SEARCH_TOP_CANDIDATES, {
    q,
    prefixQ: codePointPrefix(q),
    sepQ: SEARCH_TEXT_SEPARATOR + q,
    spaceQ: ` ${q}`,
    qLength: q.length,
    types,
    limit: neo4j.int(options.limit),
  });
  const hits: ScoredNode[] = [];
  for (const record of result.records) {
    const node = toGraphNode(record.get("n") as Node);
    const score = scoreNode(node, query);
    if (score > 0) hits.push({ ...node, score });
  }
  return hits.sort(compareScored).slice(0, options.limit);
}
