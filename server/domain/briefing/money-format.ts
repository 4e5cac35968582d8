// Amounts as a reader expects them ("¥350bn", "$2.38bn"), always in the currency the source reports.

const SYMBOLS: Record<string, string> = { USD: "$", JPY: "¥", EUR: "€", GBP: "£", CNY: "CN¥", TWD: "NT$" };
const SCALES: [number, string][] = [
  [1e12, "tn"],
  [1e9, "bn"],
  [1e6, "m"],
];

/**
 * A short label for an amount in its own currency: `formatMoney(350e9, "JPY")` → "¥350bn",
 * `formatMoney(67.72e9, "USD")` → "$67.72bn". Unknown currency codes prefix the number ("KRW 5bn").
 */
export function formatMoney(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency.toUpperCase()];
  const prefix = symbol ?? `${currency} `;
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  for (const [scale, suffix] of SCALES) {
    if (abs >= scale) return `${sign}${prefix}${trimmed(abs / scale)}${suffix}`;
  }
  return `${sign}${prefix}${trimmed(abs)}`;
}

/** Up to two decimals, without trailing zeros, and with thousands separators. */
function trimmed(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2, useGrouping: true });
}
