// An open-loop request generator for fault scripts: one request every 1/rate s whatever the answers, each outcome timed.
import { Agent, request } from "node:http";

export interface Outcome {
  path: string;
  /** ms since the epoch: when the request was sent and when it settled. */
  sentAt: number;
  doneAt: number;
  /** HTTP status, or 0 when there was no answer (see `error`). */
  status: number;
  /** The `error.code` of a JSON error body, or the socket error's code (ECONNREFUSED…), or "client_timeout". */
  code?: string;
}

const TIMEOUT_MS = 20_000;

function send(agent: Agent, base: string, path: string): Promise<Outcome> {
  const sentAt = Date.now();
  return new Promise((resolve) => {
    const done = (status: number, code?: string) =>
      resolve({ path, sentAt, doneAt: Date.now(), status, ...(code ? { code } : {}) });
    const req = request(`${base}${path}`, { agent, timeout: TIMEOUT_MS }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        const status = res.statusCode ?? 0;
        if (status < 400) return done(status);
        try {
          done(status, String(JSON.parse(body).error.code));
        } catch {
          done(status, "non_json_error_body");
        }
      });
      res.on("aborted", () => done(0, "response_cut"));
    });
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "client_timeout" })));
    req.on("error", (error: NodeJS.ErrnoException) => done(0, error.code ?? error.message));
    req.end();
  });
}

/**
 * GET `paths` (cycling) against `base` at `rate` per second until `stop()`; resolves with every outcome once
 * the requests in flight have settled. Open loop: a slow or failing server does not lower the rate.
 */
export function fixedRate(base: string, paths: string[], rate: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const pending: Promise<Outcome>[] = [];
  const started = Date.now();
  let sent = 0;
  let stopped = false;
  const tick = () => {
    // Catch up from the start time, so timer jitter on a busy machine does not lower the rate.
    const due = Math.floor(((Date.now() - started) * rate) / 1000);
    while (sent < due) pending.push(send(agent, base, paths[sent++ % paths.length]!));
    if (!stopped) setTimeout(tick, Math.max(1, Math.floor(1000 / rate)));
  };
  tick();
  return {
    sent: () => sent,
    async stop(): Promise<Outcome[]> {
      stopped = true;
      const outcomes = await Promise.all(pending);
      agent.destroy();
      return outcomes;
    },
  };
}
