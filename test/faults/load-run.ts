// One fixed-rate load window for the load fault script: the API and an Express hello-world driven at the same rate, side by side.
import type { ChildServer, LoopDelay } from "./child-server.js";
import { fixedRate, type Outcome } from "./fixed-rate.js";

export interface Drive {
  /** Requests per second asked for and achieved. */
  rate: number;
  achieved: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests with no answer (connection errors, timeouts) and non-2xx answers. */
  errors: number;
  timeouts: number;
  non2xx: number;
  loop: LoopDelay;
}

/**
 * Open-loop, evenly spaced requests (one every 1/rate s, see fixed-rate.ts) for `seconds`.
 *
 * Not autocannon's `overallRate`: it gives each connection a quota per second, so all of a second's
 * requests leave together at the top of the second — a burst of `rate` requests, then silence. That is a
 * burst test, and it was what earlier figures in SECURITY.md measured.
 */
async function drive(url: string, paths: string[], rate: number, seconds: number): Promise<Outcome[]> {
  const run = fixedRate(url, paths, rate);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return run.stop();
}

/**
 * Warm both servers for `warmup` s, then drive them together for `seconds` at `rate` req/s each, reading
 * each one's event-loop lag over exactly that window. The load generator is this process, never theirs.
 */
export async function sideBySide(
  api: ChildServer,
  apiPaths: string[],
  hello: ChildServer,
  rate: number,
  seconds: number,
  warmup = 5,
): Promise<{ api: Drive; hello: Drive }> {
  await Promise.all([drive(api.url, apiPaths, rate, warmup), drive(hello.url, ["/hello"], rate, warmup)]);
  await Promise.all([api.loopDelay(), hello.loopDelay()]); // start the window
  const [a, h] = await Promise.all([
    drive(api.url, apiPaths, rate, seconds),
    drive(hello.url, ["/hello"], rate, seconds),
  ]);
  const [apiLoop, helloLoop] = await Promise.all([api.loopDelay(), hello.loopDelay()]);
  return { api: figures(a, rate, seconds, apiLoop), hello: figures(h, rate, seconds, helloLoop) };
}

/** Latency percentiles and error counts of one window's outcomes. */
function figures(outcomes: readonly Outcome[], rate: number, seconds: number, loop: LoopDelay): Drive {
  const latencies = outcomes.map((o) => o.doneAt - o.sentAt).sort((x, y) => x - y);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  const timeouts = outcomes.filter((o) => o.code === "client_timeout").length;
  const non2xx = outcomes.filter((o) => o.status !== 0 && (o.status < 200 || o.status > 299)).length;
  const failed = outcomes.filter((o) => o.status === 0).length;
  return {
    rate,
    achieved: Math.round((outcomes.length / seconds) * 10) / 10,
    requests: outcomes.length,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1] ?? 0,
    errors: failed + non2xx,
    timeouts,
    non2xx,
    loop,
  };
}

/** One line for the test log (and SECURITY.md). */
export function describeRun(label: string, run: { api: Drive; hello: Drive }): string {
  const { api, hello } = run;
  const ratio = hello.p99 > 0 ? (api.p99 / hello.p99).toFixed(1) : "n/a";
  return (
    `${label}: ${api.rate} req/s each for the window; API ${api.requests} requests (${api.achieved}/s), ` +
    `p50 ${api.p50} ms, p99 ${api.p99} ms, max ${api.max} ms, errors ${api.errors} (${api.timeouts} timeouts, ${api.non2xx} non-2xx), loop lag p50 ${api.loop.p50} ms ` +
    `p99 ${api.loop.p99} ms max ${api.loop.max} ms | hello-world ${hello.requests} requests (${hello.achieved}/s), ` +
    `p50 ${hello.p50} ms, p99 ${hello.p99} ms, errors ${hello.errors}, loop lag p99 ${hello.loop.p99} ms | ` +
    `API p99 / hello p99 = ${ratio}`
  );
}
