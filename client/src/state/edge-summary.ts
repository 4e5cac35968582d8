// One line about a relationship for the inspector: amount, date, how certain, and who said so.
import type { NodeId, Properties } from "../../../server/domain/model.js";
import { formatDate, formatMoney, formatPropertyValue, humanizeKey } from "./format.js";

/** Certainty worth saying out loud; "fact" goes without saying. */
const CERTAINTY_TEXT: Record<string, string> = {
  planned: "planned",
  expected: "expected",
  possible: "possible",
  reported: "reported",
};

const SUMMARISED = new Set([
  "amount", "currency", "amountUsd", "amountUsdBasis", "per",
  "date", "datePrecision", "certainty", "attributedTo",
]); // prettier-ignore

/**
 * Summarises an edge's properties in reading order, names resolved through `nameOf`.
 * @example edgeSummary({ date: "2022-11", certainty: "planned", attributedTo: ["nikkei-asia"] }, name)
 *   // "November 2022 · planned · according to Nikkei Asia"
 */
export function edgeSummary(props: Properties, nameOf: (id: NodeId) => string = (id) => id): string {
  const parts: string[] = [];
  const money = formatMoney(props);
  if (money) parts.push(money);
  if (typeof props.date === "string") {
    const p = props.datePrecision;
    parts.push(formatDate(props.date, p === "year" || p === "month" || p === "day" ? p : null));
  }
  if (typeof props.certainty === "string" && CERTAINTY_TEXT[props.certainty]) {
    parts.push(CERTAINTY_TEXT[props.certainty]!);
  }
  const sayers = Array.isArray(props.attributedTo) ? props.attributedTo.map((id) => nameOf(String(id))) : [];
  if (sayers.length > 0) parts.push(`according to ${sayers.join(" and ")}`);
  for (const [key, value] of Object.entries(props)) {
    if (!SUMMARISED.has(key))
      parts.push(`${humanizeKey(key).toLowerCase()}: ${formatPropertyValue(key, value)}`);
  }
  return parts.join(" · ");
}
