// The summary paragraph: templated sentences from the strongest facts (place, money, central ties), each cited.
import type { GraphEdge, GraphNode, NodeId } from "../model.js";
import { compareIds } from "../ordering.js";
import type { FactLines } from "./facts.js";
import { typePhrase } from "./labels.js";
import type { Citation, FactLine, Sentence } from "./types.js";

const LOCATION_TYPES = new Set(["HEADQUARTERED_IN", "LOCATED_IN"]);
const MONEY_COUNT = 3;
const CENTRAL_COUNT = 3;
/** A set briefing describes at most this many subjects one by one; the sections cover the rest. */
const SUBJECTS_DESCRIBED = 4;

/**
 * One identity sentence per subject (type, whereabouts, most central direct ties), then the biggest
 * money flows. A sentence is only written when a fact backs it, so every sentence carries a citation,
 * except the bare "X is a company" of an entity with no relationships at all.
 */
export function summarySentences(
  subjects: GraphNode[],
  facts: GraphEdge[],
  scores: Map<NodeId, number>,
  lines: FactLines,
): Sentence[] {
  const sentences: Sentence[] = [];
  for (const subject of subjects.slice(0, SUBJECTS_DESCRIBED)) {
    sentences.push(...identity(subject, facts, scores, lines));
  }
  const money = moneySentence(facts, lines, subjects.length > 1);
  if (money) sentences.push(money);
  return sentences;
}

function identity(
  subject: GraphNode,
  facts: GraphEdge[],
  scores: Map<NodeId, number>,
  lines: FactLines,
): Sentence[] {
  const own = facts.filter((e) => e.source === subject.id || e.target === subject.id);
  const located = own
    .filter((e) => e.source === subject.id && LOCATION_TYPES.has(e.type))
    .map((e) => lines.line(e, "out"));
  const opening = `${subject.name} is ${typePhrase(subject.type)}`;
  const sentences: Sentence[] = [];
  if (located.length > 0) {
    const places = located.map((l) => `${l.label.toLowerCase()} ${l.counterpart.name}`);
    sentences.push({ text: `${opening}, ${joinAnd(places)}.`, citations: cites(located) });
  }
  const ties = centralTies(subject, own, scores, lines);
  const count = `${own.length} direct relationship${own.length === 1 ? "" : "s"} in this graph`;
  if (ties.length === 0) {
    if (located.length === 0)
      sentences.push({ text: `${opening}, with no relationships recorded in this graph.`, citations: [] });
    return sentences;
  }
  const names = joinAnd(ties.map((t) => `${t.counterpart.name} (${t.label.toLowerCase()})`));
  const lead = located.length > 0 ? `It has ${count}` : `${opening} with ${count}`;
  sentences.push({ text: `${lead}; the most central are ${names}.`, citations: cites(ties) });
  return sentences;
}

/** The direct counterparts best ranked by PageRank, one line each (the relationship with the smallest id). */
function centralTies(
  subject: GraphNode,
  own: GraphEdge[],
  scores: Map<NodeId, number>,
  lines: FactLines,
): FactLine[] {
  const byCounterpart = new Map<NodeId, GraphEdge>();
  for (const edge of [...own].sort((a, b) => compareIds(a.id, b.id))) {
    const other = edge.source === subject.id ? edge.target : edge.source;
    if (other !== subject.id && !byCounterpart.has(other)) byCounterpart.set(other, edge);
  }
  return [...byCounterpart]
    .sort(([a], [b]) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || compareIds(a, b))
    .slice(0, CENTRAL_COUNT)
    .map(([, edge]) => lines.line(edge, edge.source === subject.id ? "out" : "in"));
}

/**
 * The largest sums, ranked by their USD value where the source states one (or the amount is in
 * USD); sums with no stated USD value follow, largest first. Each sum is shown in its own currency.
 */
function moneySentence(facts: GraphEdge[], lines: FactLines, namesSubject: boolean): Sentence | null {
  const usd = (e: GraphEdge) => {
    const m = lines.money(e)!;
    return m.amountUsd ?? (m.currency.toUpperCase() === "USD" ? m.amount : -1);
  };
  const ranked = facts
    .filter((e) => lines.money(e) !== null)
    .sort(
      (a, b) => usd(b) - usd(a) || lines.money(b)!.amount - lines.money(a)!.amount || compareIds(a.id, b.id),
    )
    .slice(0, MONEY_COUNT)
    .map((e) => lines.line(e));
  if (ranked.length === 0) return null;
  const parts = ranked.map((l) => {
    const who = namesSubject ? `${l.subject.name} ` : "";
    const m = l.amount!;
    const stated =
      m.amountUsdLabel && m.currency.toUpperCase() !== "USD" ? `, given as ${m.amountUsdLabel}` : "";
    const when = l.date ? `, ${l.date.label}` : "";
    return `${who}${l.label.toLowerCase()} ${l.counterpart.name} (${m.label}${stated}${when})`;
  });
  const lead = namesSubject ? "The largest sums recorded:" : "The largest sums recorded: it";
  return { text: `${lead} ${joinAnd(parts, "; ")}.`, citations: cites(ranked) };
}

function cites(lines: FactLine[]): Citation[] {
  return lines.flatMap((l) => l.citations);
}

/** "a", "a and b", "a, b and c" (or with another separator when the parts hold commas). */
export function joinAnd(parts: string[], separator = ", "): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(separator)} and ${parts.at(-1)}`;
}
