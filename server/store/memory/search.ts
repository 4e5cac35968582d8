// Full-scan search over names and aliases for the memory store, scored by the shared domain function.
import type { ScoredNode } from "../../domain/model.js";
import { compareScored, scoreNode } from "../../domain/search-score.js";
import type { SearchOptions } from "../graph-store.js";
import { readNode, type MemoryGraph } from "./graph-types.js";

/**
 * Score every node with `scoreNode` over its name and aliases, keep scores > 0 of the wanted types,
 * sort with `compareScored` (score desc, name, id) and keep the first `limit`.
 * A scan is fine at this size (hundreds of nodes); an index would only pay off far beyond it.
 */
export function searchNodes(graph: MemoryGraph, query: string, options: SearchOptions): ScoredNode[] {
  const types = options.types?.length ? new Set(options.types) : null;
  const hits: { id: string; name: string; score: number }[] = [];
  graph.forEachNode((id, attrs) => {
    if (types && !types.has(attrs.type)) return;
    const score = scoreNode(attrs, query);
    if (score > 0) hits.push({ id, name: attrs.name, score });
  });
  return hits
    .sort(compareScored)
    .slice(0, options.limit)
    .map((hit) => ({ ...readNode(graph, hit.id), score: hit.score }));
}
