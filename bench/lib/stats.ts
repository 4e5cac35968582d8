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

/**
 * Call `fn` with 0, 1, 2, … one call at a time, in 2-second windows, until two windows in a row have a p50 no
 * more than 3% below the best window before them (at most 60 s; one window in quick mode).
 * Returns how long it took.
 */
export async function warmUntilSteady(fn: (i: number) => Promise<unknown>, quick: boolean): Promise<number> {
  const started = now();
  let best = Infinity;
  let flat = 0;
  for (let i = 0; ;) {
    const times: number[] = [];
    const until = now() + 2_000;
    while (now() < until) {
      const t = now();
      await fn(i++);
      times.push(now() - t);
    }
    const p50 = median(times);
    flat = p50 > best * 0.97 ? flat + 1 : 0;
    best = Math.min(best, p50);
    if (quick || flat >= 2 || now() - started > 60_000) return now() - started;
  }
}

/** warmUntilSteady for each named side in turn; says how long each took ("store search 14 s, …") for a note. */
export async function warmEach(
  sides: Iterable<readonly [string, (i: number) => Promise<unknown>]>,
  quick: boolean,
): Promise<string> {
  const warmed: string[] = [];
  for (const [name, side] of sides)
    warmed.push(`${name} ${((await warmUntilSteady(side, quick)) / 1000).toFixed(0)} s`);
  return warmed.join(", ");
}
