// Latency statistics and sampling helpers shared by the benchmarks.

/** The q-quantile (0..1) of `values` by nearest rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Milliseconds since an origin, at sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}

/**
 * Run `fn` `warmup` times untimed, then until `count` samples or `budgetMs` are spent; the per-call times
 * in ms. Baseline and subject get the same treatment, so the JIT warms both equally.
 */
export async function sample(
  fn: (i: number) => unknown,
  { count, warmup = 3, budgetMs = 20_000 }: { count: number; warmup?: number; budgetMs?: number },
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  const started = now();
  for (let i = 0; i < count && now() - started < budgetMs; i++) {
    const t = now();
    await fn(i);
    times.push(now() - t);
  }
  return times;
}

/** A number rounded for reports: 3 significant digits. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 6)));
}
