// One fixed-rate load window for the load fault script: the API and an Express hello-world driven at the same rate, side by side.
import autocannon from "autocannon";
import type { ChildServer, LoopDelay } from "./child-server.js";

export interface Drive {
  /** Requests per second asked for and achieved. */
  rate: number;
  achieved: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  timeouts: number;
  non2xx: number;
  loop: LoopDelay;
}

/** autocannon at a fixed overall rate (open connections enough that a slow answer does not lower it). */
async function drive(url: string, paths: string[], rate: number, seconds: number) {
  let i = 0;
  return autocannon({
    url,
    connections: 32,
    overallRate: rate,
    duration: seconds,
    timeout: 10,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
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
  const figures = (r: autocannon.Result, loop: LoopDelay): Drive => ({
    rate,
    achieved: Math.round((r.requests.total / seconds) * 10) / 10,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts + r.non2xx,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    loop,
  });
  return { api: figures(a, apiLoop), hello: figures(h, helloLoop) };
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
