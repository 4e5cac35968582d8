// The "as-of" date: which relationships were known by a given day, their histogram and playback steps (pure).
//
// Rules (documented in the README):
// - A relationship's start is its `validFrom`, else its `date`, else (undated fact) the earliest publication
//   date of its evidence sources: what a reader could have known by then. With none of these it stays visible.
// - Coarse dates count from the start of their period: "2022" from 2022-01-01, "2025-08" from 2025-08-01.
// - A `validTo` ends the fact after the end of its period: "2024" is still shown on 2024-12-31.

/** The few fields of an edge the time rules read. */
export interface DatedFact {
  properties: Readonly<Record<string, unknown>>;
  evidence: readonly { sourceId: string }[];
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** "2022" → "2022-01-01", "2025-08" → "2025-08-01", "2022-11-15T…" → "2022-11-15"; null when not a date. */
export function periodStart(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = DATE.exec(value.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** "2022" → "2022-12-31", "2024-02" → "2024-02-29", a full date → itself; null when not a date. */
export function periodEnd(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = DATE.exec(value.trim());
  if (!m) return null;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  const year = Number(m[1]);
  if (!m[2]) return `${m[1]}-12-31`;
  const lastDay = new Date(Date.UTC(year, Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(lastDay).padStart(2, "0")}`;
}

/** When a fact starts to count (see the rules above); null for a fact with no date at all. */
export function factStart(
  fact: DatedFact,
  published: (sourceId: string) => string | undefined,
): string | null {
  const own = periodStart(fact.properties.validFrom) ?? periodStart(fact.properties.date);
  if (own) return own;
  const reported = fact.evidence
    .map((e) => periodStart(published(e.sourceId)))
    .filter((d): d is string => d !== null)
    .sort();
  return reported[0] ?? null;
}

/** Whether a fact shows on `asOf` (YYYY-MM-DD); every fact shows when `asOf` is null. */
export function visibleAsOf(
  fact: DatedFact,
  asOf: string | null,
  published: (sourceId: string) => string | undefined,
): boolean {
  if (asOf === null) return true;
  const start = factStart(fact, published);
  if (start !== null && start > asOf) return false;
  const end = periodEnd(fact.properties.validTo);
  return end === null || end >= asOf;
}

/** Facts per year of their start, from the first to the last dated year, gaps included: the slider's histogram. */
export function histogram(starts: Iterable<string | null>): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const start of starts) {
    if (start === null) continue;
    const year = Number(start.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const out: { year: number; count: number }[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/** Playback's next stop: the last day of the following year (all its facts shown); null past `lastYear`. */
export function nextStep(asOf: string | null, firstYear: number, lastYear: number): string | null {
  const year = asOf === null ? firstYear - 1 : Number(asOf.slice(0, 4));
  const next = year + 1;
  return next > lastYear ? null : `${next}-12-31`;
}

/** Whether a string is a real calendar day, YYYY-MM-DD: the as-of date from a URL is checked with it. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
