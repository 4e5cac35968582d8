// Dates at their honest precision: parsing, labels ("Nov 2022", "2021") and period comparisons.
import type { Properties } from "../model.js";
import { compareIds } from "../ordering.js";
import type { DatePrecision } from "../vocabulary.js";
import type { BriefDate } from "./types.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision an ISO prefix carries by its shape, or null when it is not a valid one. */
export function precisionOf(date: string): DatePrecision | null {
  const match = ISO_PREFIX.exec(date);
  if (!match) return null;
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null) {
    const probe = new Date(Date.UTC(Number(match[1]), month - 1, day));
    if (probe.getUTCMonth() !== month - 1) return null;
    return "day";
  }
  return month === null ? "year" : "month";
}

/**
 * A BriefDate from an ISO prefix. A stated precision coarser than the string wins (the value is
 * cut to it), so "2022-11-01" recorded at month precision reads "Nov 2022", never "1 Nov 2022".
 */
export function briefDate(date: string, stated?: DatePrecision | null): BriefDate | null {
  const shape = precisionOf(date);
  if (!shape) return null;
  const order: DatePrecision[] = ["year", "month", "day"];
  const precision = stated && order.indexOf(stated) < order.indexOf(shape) ? stated : shape;
  const cut =
    precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date.slice(0, 10);
  return { date: cut, precision, label: dateLabel(cut, precision) };
}

function dateLabel(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split("-");
  if (precision === "year") return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return precision === "month" ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The date of a fact from its properties: `date`, else `validFrom`, at `datePrecision` when stated. */
export function factDate(properties: Properties): BriefDate | null {
  const raw = typeof properties.date === "string" ? properties.date : properties.validFrom;
  if (typeof raw !== "string") return null;
  const stated = properties.datePrecision;
  const precision = stated === "year" || stated === "month" || stated === "day" ? stated : null;
  return briefDate(raw, precision);
}

/** The first day of a date's period, as a sortable "YYYY-MM-DD". */
export function periodStart(date: BriefDate): string {
  if (date.precision === "year") return `${date.date}-01-01`;
  if (date.precision === "month") return `${date.date}-01`;
  return date.date;
}

/** The last day of a date's period: "2022" ends on 2022-12-31, "2024-02" on 2024-02-29. */
export function periodEnd(date: BriefDate): string {
  const year = Number(date.date.slice(0, 4));
  if (date.precision === "year") return `${year}-12-31`;
  if (date.precision === "month") {
    const month = Number(date.date.slice(5, 7));
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date.date}-${String(last).padStart(2, "0")}`;
  }
  return date.date;
}

/**
 * True when `date` lies wholly after `since`: its period starts after the period of `since` ends.
 * "Nov 2022" is not after "2022", and "2022" is not after "2022-06": neither is known to be later.
 */
export function isAfter(date: BriefDate, since: BriefDate): boolean {
  return periodStart(date) > periodEnd(since);
}

/** Chronological order: by period start, the coarser date first on a tie (a year precedes its months). */
export function compareDates(a: BriefDate, b: BriefDate): number {
  const start = compareIds(periodStart(a), periodStart(b));
  return start !== 0 ? start : a.date.length - b.date.length;
}

/** The later of two dates by where their periods start, the finer on a tie: "Aug 2025" is later than "2025". */
export function laterOf(a: BriefDate | null, b: BriefDate | null): BriefDate | null {
  if (!a) return b;
  if (!b) return a;
  return compareDates(a, b) >= 0 ? a : b;
}
