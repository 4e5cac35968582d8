// A keep-alive HTTP client for request floods: sends paths and bodies exactly as given (bad escapes included).
import http from "node:http";

export interface RawRequest {
  method: string;
  /** Path and query, sent verbatim: it may hold malformed %-escapes on purpose. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface RawClient {
  send(request: RawRequest): Promise<RawResponse>;
  close(): void;
}

/** A client for `baseUrl` reusing up to `sockets` connections. A network failure rejects with the socket error. */
export function rawClient(baseUrl: string, sockets: number, timeoutMs = 30_000): RawClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return {
    send: (request) =>
      new Promise((resolve, reject) => {
        const body = request.body === undefined ? undefined : Buffer.from(request.body);
        const headers: Record<string, string> = { ...request.headers };
        if (body && headers["content-length"] === undefined) headers["content-length"] = String(body.length);
        const req = http.request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            method: request.method,
            path: request.path,
            headers,
            timeout: timeoutMs,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                text: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            res.on("error", reject);
          },
        );
        req.on("timeout", () =>
          req.destroy(
            new Error(`timeout after ${timeoutMs} ms: ${request.method} ${request.path.slice(0, 200)}`),
          ),
        );
        req.on("error", reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

/** Run `task` over `items` with at most `concurrency` in flight; results in input order. */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < items.length) {
      const i = nextIndex++;
      results[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
