// The fact sections of a briefing: key relationships, money, timeline and changes since a date.
import type { GraphEdge, Source } from "../model.js";
import { compareIds } from "../ordering.js";
import { REL_TYPES } from "../vocabulary.js";
import { briefDate, compareDates, factDate, isAfter } from "./dates.js";
import type { FactLines } from "./facts.js";
import { formatMoney } from "./money-format.js";
import type { BriefDate, ChangesSection, FactLine, MoneySection, RelationshipGroup } from "./types.js";

/** Grouped by relationship type (vocabulary order) and direction (out first); lines by counterpart name, then id. */
export function relationshipGroups(
  facts: GraphEdge[],
  lines: FactLines,
  subjectOrder: string[],
): RelationshipGroup[] {
  const built = facts.map((edge) => ({ edge, line: lines.line(edge) }));
  const rank = (id: string) => subjectOrder.indexOf(id);
  const groups: RelationshipGroup[] = [];
  for (const relType of REL_TYPES) {
    for (const direction of ["out", "in"] as const) {
      const members = built
        .filter(({ line }) => line.relType === relType && line.direction === direction)
        .map(({ line }) => line)
        .sort(
          (a, b) =>
            rank(a.subject.id) - rank(b.subject.id) ||
            compareIds(a.counterpart.name.toLowerCase(), b.counterpart.name.toLowerCase()) ||
            compareIds(a.edgeId, b.edgeId),
        );
      if (members.length > 0) groups.push({ relType, direction, label: members[0]!.label, lines: members });
    }
  }
  return groups;
}

/**
 * Every relationship with an amount, by currency then largest first. Totals are per relationship
 * (what the subject pledges, benefits from, funds…) and per reported currency: a pledge is never added
 * to a possible benefit or a tariff saving, a yen sum never to a dollar sum, and a sum two
 * relationships point at (one Funding entity) counts once.
 */
export function moneySection(facts: GraphEdge[], lines: FactLines): MoneySection {
  const rows = facts
    .filter((edge) => lines.money(edge) !== null)
    .sort((a, b) => {
      const ma = lines.money(a)!;
      const mb = lines.money(b)!;
      return compareIds(ma.currency, mb.currency) || mb.amount - ma.amount || compareIds(a.id, b.id);
    })
    .map((edge) => lines.line(edge));
  const sums = new Map<
    string,
    { relationship: string; currency: string; amount: number; counted: Set<string> }
  >();
  for (const row of rows) {
    const money = row.amount!;
    const key = `${row.label}\u0000${money.currency}`;
    const sum = sums.get(key) ?? {
      relationship: row.label,
      currency: money.currency,
      amount: 0,
      counted: new Set(),
    };
    const sumId = money.recordedOn === "funding" ? `node:${row.counterpart.id}` : `edge:${row.edgeId}`;
    if (!sum.counted.has(sumId)) {
      sum.counted.add(sumId);
      sum.amount += money.amount;
    }
    sums.set(key, sum);
  }
  const totals = [...sums.values()]
    .sort((a, b) => compareIds(a.relationship, b.relationship) || compareIds(a.currency, b.currency))
    .map(({ relationship, currency, amount, counted }) => ({
      relationship,
      currency,
      amount,
      label: formatMoney(amount, currency),
      rows: counted.size,
    }));
  return { rows, totals };
}

/** Dated facts in chronological order, each at its own precision; ties by relationship id. */
export function timeline(facts: GraphEdge[], lines: FactLines): FactLine[] {
  return facts
    .map((edge) => ({ edge, date: lineDate(edge) }))
    .filter((x): x is { edge: GraphEdge; date: BriefDate } => x.date !== null)
    .sort((a, b) => compareDates(a.date, b.date) || compareIds(a.edge.id, b.edge.id))
    .map(({ edge }) => lines.line(edge));
}

/**
 * Facts added after `since`: those whose own date lies after it. An undated fact counts from when it
 * was first reported (its earliest cited source), which is when it entered the record.
 */
export function changesSince(
  since: BriefDate,
  facts: GraphEdge[],
  lines: FactLines,
  sources: ReadonlyMap<string, Source>,
): ChangesSection {
  const dated = facts
    .map((edge) => ({ edge, date: lineDate(edge) ?? firstReported(edge, sources) }))
    .filter((x): x is { edge: GraphEdge; date: BriefDate } => x.date !== null && isAfter(x.date, since))
    .sort((a, b) => compareDates(a.date, b.date) || compareIds(a.edge.id, b.edge.id));
  return {
    since: since.date,
    entries: dated.map(({ edge, date }) => ({
      line: lines.line(edge),
      dated: date,
      basis: lineDate(edge) ? ("fact" as const) : ("reported" as const),
    })),
  };
}

function lineDate(edge: GraphEdge): BriefDate | null {
  return factDate(edge.properties);
}

function firstReported(edge: GraphEdge, sources: ReadonlyMap<string, Source>): BriefDate | null {
  const dates = edge.evidence
    .map((e) => sources.get(e.sourceId))
    .filter((s): s is Source => s !== undefined)
    .map((s) => briefDate(s.published, s.datePrecision))
    .filter((d): d is BriefDate => d !== null)
    .sort(compareDates);
  return dates[0] ?? null;
}
