// How well a node matches a search query: one scoring function shared by every store so that rankings agree.
import type { GraphNode } from "./model.js";

/** Lower-case, strip accents and punctuation, collapse white space: "Kioxia Corp." → "kioxia corp". */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Score one normalised candidate string against a normalised query (0 = no match).
 * Exact 100, whole-string prefix 80, word prefix 60, substring 40; shorter candidates win ties.
 */
function scoreText(text: string, query: string): number {
  if (!text || !query) return 0;
  let base = 0;
  if (text === query) base = 100;
  else if (text.startsWith(query)) base = 80;
  else if (` ${text}`.includes(` ${query}`)) base = 60;
  else if (text.includes(query)) base = 40;
  if (base === 0) return 0;
  // Prefer the tighter match: "TSMC" over "TSMC Arizona fabs" for "tsmc".
  const tightness = query.length / text.length; // 0..1
  return Math.round((base + 10 * tightness) * 1000) / 1000;
}

/** The node's best score over its name and aliases; aliases score 2 points below the name. */
export function scoreNode(node: Pick<GraphNode, "name" | "aliases">, query: string): number {
  const q = normalizeText(query);
  if (!q) return 0;
  return scoreNormalized(normalizeText(node.name), node.aliases.map(normalizeText), q);
}

/**
 * `scoreNode` over texts already passed through `normalizeText` (the memory store keeps them so, to
 * not normalise every name per query), against a normalised, non-empty query.
 */
export function scoreNormalized(name: string, aliases: readonly string[], query: string): number {
  let best = scoreText(name, query);
  for (const alias of aliases) {
    const s = scoreText(alias, query) - 2;
    if (s > best) best = s;
  }
  return Math.max(0, best);
}

/** Sort scored results best first, then by name, then by id, so every store orders ties the same way. */
export function compareScored(
  a: { score: number; name: string; id: string },
  b: { score: number; name: string; id: string },
): number {
  return b.score - a.score || a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
