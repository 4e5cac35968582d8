// Search for the Neo4j store: index-backed candidates (CONTAINS on searchText), ranked by the shared scorer.
import type { ManagedTransaction, Node } from "neo4j-driver";
import type { ScoredNode } from "../../domain/model.js";
import { compareScored, normalizeText, scoreNode } from "../../domain/search-score.js";
import type { SearchOptions } from "../graph-store.js";
import { toGraphNode } from "./mappers.js";
import * as Q from "./queries.js";

/**
 * The memory store's semantics exactly: candidates are nodes whose normalised name or alias contains
 * the normalised query (the TEXT index on searchText answers CONTAINS), scored with `scoreNode`,
 * kept when > 0, sorted with `compareScored` and cut at `limit`. Ranking happens here, not in Cypher,
 * so both stores order ties identically.
 */
export async function searchNodes(
  tx: ManagedTransaction,
  query: string,
  options: SearchOptions,
): Promise<ScoredNode[]> {
  const q = normalizeText(query);
  if (!q) return [];
  const types = options.types?.length ? options.types : null;
  const result = await tx.run(Q.SEARCH_CANDIDATES, { q, types });
  const hits: ScoredNode[] = [];
  for (const record of result.records) {
    const node = toGraphNode(record.get("n") as Node);
    const score = scoreNode(node, query);
    if (score > 0) hits.push({ ...node, score });
  }
  return hits.sort(compareScored).slice(0, options.limit);
}
