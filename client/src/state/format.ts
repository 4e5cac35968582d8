// Pure formatting of amounts, dates and property values for the inspector (no DOM, testable in Node).
import type { DatePrecision } from "../../../server/domain/vocabulary.js";
import type { Properties, PropertyValue, Source } from "../../../server/domain/model.js";

/**
 * Formats an amount in its currency, compactly: 350e9 JPY → "¥350B".
 * @example formatAmount(5.5e11, "USD") // "$550B"
 */
export function formatAmount(amount: number, currency?: string | null): string {
  if (currency) {
    try {
      return new Intl.NumberFormat("en", {
        style: "currency",
        currency,
        notation: "compact",
        // Currencies default to two decimals ("$100.00B"); compact sums read better without them.
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      }).format(amount);
    } catch {
      // An unknown currency code (e.g. a typo in a seed) must not break the panel.
      return `${formatNumber(amount)} ${currency}`;
    }
  }
  return formatNumber(amount);
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(value);
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const; // prettier-ignore

/** Guesses the precision an ISO date string was written at: "2022" → year, "2022-11" → month. */
export function inferPrecision(date: string): DatePrecision {
  if (/^\d{4}$/.test(date)) return "year";
  if (/^\d{4}-\d{2}$/.test(date)) return "month";
  return "day";
}

/**
 * Formats an ISO date at its honest precision, never inventing a day or month.
 * @example formatDate("2022-11", "month") // "November 2022"
 */
export function formatDate(date: string, precision?: DatePrecision | null): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const p = precision ?? inferPrecision(date);
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (p === "year" || !monthName) return year ?? date;
  if (p === "month" || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "amountUsd" → "Amount usd", "valid_from" → "Valid from". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Renders any property value as plain text (lists joined, null as an em dash). */
export function formatValue(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "number") return new Intl.NumberFormat("en").format(value);
  return String(value);
}

/** Keys whose integer values are calendar years ("founded": 2004), shown as written, never as "2,004". */
const YEAR_KEY = /(^|_|[a-z])(year|founded|established|since|opened|built)$/i;

/** formatValue, except that a year-like key's integer value keeps its plain digits. */
export function formatPropertyValue(key: string, value: PropertyValue | undefined): string {
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 10_000 && YEAR_KEY.test(key))
    return String(value);
  return formatValue(value);
}

export interface PropertyRow {
  label: string;
  value: string;
}

const DATE_KEYS = new Set(["date", "validFrom", "validTo", "published", "start", "end", "announced"]);
// Shown inside other rows (amount, dates) rather than on their own.
const FOLDED_KEYS = new Set(["amount", "currency", "amountUsd", "amountUsdBasis", "per", "datePrecision"]);

/**
 * Summarises an amount with its USD equivalent when one is known, saying whose conversion it is.
 * @example formatMoney({ amount: 350e9, currency: "JPY", amountUsd: 2.38e9 }) // "¥350B (≈ $2.38B)"
 */
export function formatMoney(props: Properties): string | null {
  const { amount, currency, amountUsd, amountUsdBasis, per } = props;
  const rate = typeof per === "string" ? ` a ${per}` : "";
  if (typeof amount !== "number") {
    return typeof amountUsd === "number" ? `${formatAmount(amountUsd, "USD")}${rate}` : null;
  }
  const main = formatAmount(amount, typeof currency === "string" ? currency : null) + rate;
  if (typeof amountUsd === "number" && currency !== "USD") {
    const whose = amountUsdBasis === "article-conversion" ? ", the article's conversion" : "";
    return `${main} (≈ ${formatAmount(amountUsd, "USD")}${whose})`;
  }
  return main;
}

/** "register-2022-11 para 13" → the source id and the locator. */
function splitMention(mention: string): [string, string] {
  const space = mention.indexOf(" ");
  return space === -1 ? [mention, ""] : [mention.slice(0, space), mention.slice(space + 1)];
}

/** Provenance rows: where the entity is mentioned, by source title, instead of raw ids. */
function provenanceRow(props: Properties, sources: ReadonlyMap<string, Source>): PropertyRow | null {
  const bySource = new Map<string, string[]>();
  const ids = Array.isArray(props.sourceIds) ? props.sourceIds.map(String) : [];
  for (const id of ids) bySource.set(id, []);
  for (const mention of Array.isArray(props.mentions) ? props.mentions.map(String) : []) {
    const [id, locator] = splitMention(mention);
    bySource.set(id, [...(bySource.get(id) ?? []), ...(locator ? [locator] : [])]);
  }
  if (bySource.size === 0) return null;
  const parts = [...bySource].map(([id, locators]) => {
    const title = sources.get(id)?.publisher ?? id;
    return locators.length > 0 ? `${title} (${locators.join(", ")})` : title;
  });
  return { label: "Mentioned in", value: parts.join("; ") };
}

/**
 * The rows the inspector shows for a node's properties: amount first, dates at their precision,
 * provenance (sourceIds, mentions) folded into one "Mentioned in" row named by publisher.
 */
export function propertyRows(
  props: Properties,
  sources: ReadonlyMap<string, Source> = new Map(),
): PropertyRow[] {
  const rows: PropertyRow[] = [];
  const provenance = provenanceRow(props, sources);
  const money = formatMoney(props);
  if (money) rows.push({ label: "Amount", value: money });
  const precision = isPrecision(props.datePrecision) ? props.datePrecision : null;
  for (const [key, value] of Object.entries(props)) {
    // The description is the inspector's lead paragraph; provenance gets its own row below.
    if (FOLDED_KEYS.has(key) || key === "description" || key === "sourceIds" || key === "mentions") continue;
    if (DATE_KEYS.has(key) && typeof value === "string") {
      rows.push({ label: humanizeKey(key), value: formatDate(value, key === "date" ? precision : null) });
    } else if (key.endsWith("Pct") && typeof value === "number") {
      rows.push({ label: humanizeKey(key.slice(0, -3)), value: `${formatValue(value)}%` });
    } else {
      rows.push({ label: humanizeKey(key), value: formatPropertyValue(key, value) });
    }
  }
  if (provenance) rows.push(provenance);
  return rows;
}

function isPrecision(value: PropertyValue | undefined): value is DatePrecision {
  return value === "year" || value === "month" || value === "day";
}
