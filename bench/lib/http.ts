// HTTP load for the API benchmarks: start an Express app on a free port and drive it with autocannon.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import express, { type Express } from "express";

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(app: Express): Promise<Listening> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The floor for any Express JSON endpoint: a hello-world with the same framework and JSON body. */
export function helloWorldApp(): Express {
  const app = express();
  app.get("/hello", (_req, res) => {
    res.json({ hello: "world" });
  });
  return app;
}

export interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon against `base` + each of `paths` in turn, for `seconds` with `connections` connections. */
export async function drive(
  base: string,
  paths: string[],
  seconds: number,
  connections: number,
): Promise<Load> {
  let i = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/**
 * `count` requests one after another (one autocannon connection) to `base` + each of `paths` in turn:
 * each response's latency in ms, as autocannon times it (send → last byte) with its raw-socket client.
 * Its histogram rounds to whole milliseconds, so the times are read from its "response" events instead.
 */
export async function latencies(base: string, paths: string[], count: number): Promise<number[]> {
  let i = 0;
  const times: number[] = [];
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: 1,
        amount: count,
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return times;
}
