// Search over names and aliases for the memory store: an indexed substring scan, scored by the shared domain function.
import type { GraphNode, ScoredNode } from "../../domain/model.js";
import { compareScored, normalizeText, scoreNormalized } from "../../domain/search-score.js";
import type { SearchOptions } from "../graph-store.js";
import type { TextIndex } from "./search-index.js";

interface Hit {
  id: string;
  name: string;
  score: number;
}

/**
 * The nodes (read whole by `readNode`) whose name or an alias contains the normalised query (every other node scores 0), of the
 * wanted types, scored with the same function as `scoreNode`, in `compareScored` order (score desc,
 * name, id), the first `limit`.
 *
 * A text that starts with the query, or has a word that does, scores at least 58; one that merely
 * contains it scores below 50 (search-score.ts). So when `limit` nodes already score 58 or more, the
 * plain substring matches — most of the hits of a short query — cannot rank and are not scanned.
 */
export function searchNodes(
  readNode: (id: string) => GraphNode,
  index: TextIndex,
  query: string,
  options: SearchOptions,
): ScoredNode[] {
  const q = normalizeText(query);
  if (!q) return [];
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const best: Hit[] = [];
  let strong = 0;
  index.forEachMatch(
    q,
    ({ id, attrs, name, aliases }) => {
      if (types && !types.has(attrs.type)) return;
      const score = scoreNormalized(name, aliases, q);
      if (score >= STRONG) strong++;
      if (score > 0) keepBest(best, { id, name: attrs.name, score }, options.limit);
    },
    () => strong >= options.limit,
  );
  return best.map((hit) => ({ ...readNode(hit.id), score: hit.score }));
}

/** The lowest score of a word-prefix match (an alias's: 60 - 2); substring matches stay below 50. */
const STRONG = 58;

/**
 * Insert `hit` into `best` (sorted by `compareScored`, at most `limit` long) if it ranks among the first
 * `limit`: the same result as sorting every hit and slicing, without sorting tens of thousands of hits
 * (and calling localeCompare on them) for a short query such as "mo".
 */
function keepBest(best: Hit[], hit: Hit, limit: number): void {
  if (best.length === limit) {
    const worst = best[limit - 1]!;
    // Most hits lose on the score alone; only ties and better scores need the full comparison.
    if (hit.score < worst.score || compareScored(hit, worst) > 0) return;
    best.pop();
  }
  let low = 0;
  let high = best.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareScored(best[middle]!, hit) < 0) low = middle + 1;
    else high = middle;
  }
  best.splice(low, 0, hit);
}
