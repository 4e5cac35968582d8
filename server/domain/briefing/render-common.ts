// Plain-text pieces shared by the HTML and Markdown renderers (each escapes them its own way).
import type { PropertyValue } from "../model.js";
import { typeLabel } from "./palette.js";
import type { Briefing, FactLine, NetworkNumbers } from "./types.js";

/** "¥350bn (source: $2.38bn) · Nov 2022": what follows the counterpart on a fact line. */
export function lineDetails(line: FactLine): string {
  const parts: string[] = [];
  if (line.amount) {
    const usd = line.amount.amountUsdLabel && line.amount.currency.toUpperCase() !== "USD";
    parts.push(usd ? `${line.amount.label} (${line.amount.amountUsdLabel} as stated)` : line.amount.label);
  }
  if (line.date) parts.push(line.date.label);
  parts.push(...qualifiers(line));
  return parts.join(" · ");
}

/** "planned", "according to Nikkei Asia": how sure the source is, and whom it credits. */
export function qualifiers(line: FactLine): string[] {
  const out: string[] = [];
  if (line.certainty) out.push(line.certainty);
  if (line.attributedTo.length > 0)
    out.push(`according to ${line.attributedTo.map((e) => e.name).join(" and ")}`);
  return out;
}

/** The counterpart, with the subject first when the briefing covers several entities. */
export function lineLead(line: FactLine, multiSubject: boolean): string {
  return multiSubject ? `${line.subject.name} → ${line.counterpart.name}` : line.counterpart.name;
}

/** A timeline or changes line: "Funded by Japan", or "TSMC: funded by Japan" for several subjects. */
export function eventText(line: FactLine, multiSubject: boolean): string {
  const lead = multiSubject ? `${line.subject.name} ${line.label.toLowerCase()}` : line.label;
  const amount = line.amount ? `: ${line.amount.label}` : "";
  const extra = qualifiers(line);
  return `${lead} ${line.counterpart.name}${amount}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}

export function propertyText(value: PropertyValue): string {
  if (value === null) return "—";
  if (Array.isArray(value)) return value.map(propertyText).join(", ");
  return String(value);
}

/** "TSMC · Company" or "Japan, TSMC · 2 entities". */
export function subjectLine(briefing: Briefing): string {
  if (briefing.kind === "entity") return typeLabel(briefing.subjects[0]!.type);
  const what = briefing.kind === "query" ? "saved query result" : "entity set";
  return `${what} · ${briefing.subjects.length} entities`;
}

export function countsLine(briefing: Briefing): string {
  const { entities, relationships, sources } = briefing.counts;
  return `${plural(entities, "entity", "entities")}, ${plural(relationships, "relationship")}, ${plural(sources, "source")}`;
}

export function numbersText(numbers: NetworkNumbers): string {
  const types = numbers.byType.map((t) => `${t.count} ${typeLabel(t.type).toLowerCase()}`).join(", ");
  const lead = `${plural(numbers.entities, "entity", "entities")} and ${plural(numbers.relationships, "relationship")}`;
  return types ? `${lead} (${types})` : lead;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A reference as a sentence: publisher, "title", date. */
export function referenceText(ref: Briefing["references"][number]): string {
  const date = ref.published ? `, ${ref.published.label}` : "";
  return `${ref.publisher}, “${ref.title}”${date}`;
}

/** "Generated 2025-01-01 12:00 UTC": a readable generation time. */
export function generatedText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
