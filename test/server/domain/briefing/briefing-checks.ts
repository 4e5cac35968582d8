// Shared assertions over a built briefing: every fact cited, every citation resolved, every reference used.
import { expect } from "vitest";
import { displayLocator } from "../../../../server/domain/briefing/citations.js";
import { compareDates } from "../../../../server/domain/briefing/dates.js";
import type { Briefing, Citation, FactLine } from "../../../../server/domain/briefing/types.js";

/** Every line that states a fact, with where it sits, in reading order. */
export function factLines(b: Briefing): { where: string; line: FactLine }[] {
  return [
    ...b.relationships.flatMap((g) => g.lines.map((line) => ({ where: `relationships/${g.label}`, line }))),
    ...b.money.rows.map((line) => ({ where: "money", line })),
    ...b.timeline.map((line) => ({ where: "timeline", line })),
    ...(b.changes?.entries ?? []).map((e) => ({ where: "changes", line: e.line })),
    ...b.network.paths.flatMap((p) => p.steps.map((line) => ({ where: `path to ${p.focus.id}`, line }))),
  ];
}

/** Every citation in reading order: summary, relationships, money, timeline, changes, paths. */
export function citationsInOrder(b: Briefing): Citation[] {
  return [...b.summary.flatMap((s) => s.citations), ...factLines(b).flatMap(({ line }) => line.citations)];
}

export function expectWellCited(b: Briefing): void {
  for (const { where, line } of factLines(b)) {
    expect(line.citations.length, `${where}: ${line.edgeId} has no citation`).toBeGreaterThan(0);
  }
  for (const sentence of b.summary) expect(sentence.citations.length, sentence.text).toBeGreaterThan(0);

  const refs = new Map(b.references.map((r) => [r.n, r]));
  const citations = citationsInOrder(b);
  for (const c of citations) {
    const ref = refs.get(c.n);
    expect(ref, `[${c.n}] resolves`).toBeDefined();
    expect(ref!.sourceId).toBe(c.sourceId);
    expect(ref!.locators).toContain(displayLocator(c.locator));
  }
  // Numbered by first use: the first appearances read 1, 2, 3…
  const firsts = [...new Set(citations.map((c) => c.n))];
  expect(firsts).toEqual(b.references.map((r) => r.n));
  expect(b.references.map((r) => r.n)).toEqual(b.references.map((_r, i) => i + 1));
  expect(b.counts.sources).toBe(b.references.length);
}

export function expectTimelineSorted(b: Briefing): void {
  const dates = b.timeline.map((l) => l.date!);
  expect(dates.every((d) => d !== null)).toBe(true);
  for (let i = 1; i < dates.length; i++)
    expect(compareDates(dates[i - 1]!, dates[i]!)).toBeLessThanOrEqual(0);
}

/** The Markdown's "[n]" markers all have a reference line, and every reference line is cited. */
export function expectMarkdownCitationsResolve(markdown: string): void {
  const [body, refs] = markdown.split("\n## References\n");
  const cited = new Set([...body!.matchAll(/(?<!\\)\[(\d+)\]/g)].map((m) => Number(m[1])));
  const listed = new Set([...refs!.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])));
  expect([...cited].sort((a, b) => a - b)).toEqual([...listed].sort((a, b) => a - b));
}
