// Starts createApp on a real ephemeral port for API tests, with a memory store of the fixture graph by default.
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import path from "node:path";
import os from "node:os";
import { expect } from "vitest";
import { createApp, type AppDeps } from "../../server/app.js";
import { answerClientError } from "../../server/http/error-middleware.js";
import type { GraphExport } from "../../server/domain/model.js";
import { silentLogger, type Logger } from "../../server/logger.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { fixtureGraph } from "./fixture-graph.js";

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON, else undefined. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
  body: any;
  text: string;
}

export interface TestServer {
  baseUrl: string;
  store: GraphStore;
  /** GET (or `init.method`) a path such as "/api/search?q=tsmc". */
  request(pathAndQuery: string, init?: RequestInit): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The store to serve; default: a memory store loaded with `data`. */
  store?: GraphStore;
  /** Data for the default memory store; default: the fixture graph. */
  data?: GraphExport;
  /** Where the built client would be; default: a directory that does not exist. */
  clientDir?: string;
  logger?: Logger;
  /** Extra config the HTTP layer reads (API_TOKEN, HOST, REQUIRE_EVIDENCE). */
  config?: Omit<AppDeps["config"], "CLIENT_DIR">;
}

/** Listen on 127.0.0.1:0 and return the base URL; always `close()` it (afterAll). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const store = options.store ?? (await createMemoryStore(options.data ?? fixtureGraph()));
  const clientDir = options.clientDir ?? path.join(os.tmpdir(), "chipgraph-no-client-here");
  const app = createApp({
    store,
    config: { ...options.config, CLIENT_DIR: clientDir },
    logger: options.logger ?? silentLogger,
  });
  const server = createServer(app);
  server.on("clientError", answerClientError); // as main.ts does
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    store,
    async request(pathAndQuery, init) {
      const response = await fetch(`${baseUrl}${pathAndQuery}`, init);
      const text = await response.text();
      const isJson = response.headers.get("content-type")?.includes("application/json");
      return {
        status: response.status,
        headers: response.headers,
        body: isJson ? JSON.parse(text) : undefined,
        text,
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/**
 * Assert an error answer: the status, `{error:{code,message}}`, the message naming `mentions`,
 * and nothing internal (stack lines, file paths).
 */
export function expectError(
  response: ApiResponse,
  status: number,
  code: string,
  ...mentions: string[]
): void {
  expect(response.status, response.text).toBe(status);
  expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } });
  for (const mention of mentions) expect(response.body.error.message).toContain(mention);
  expectNoInternals(response);
}

/** No stack trace lines, source paths or module paths in the response text. */
export function expectNoInternals(response: ApiResponse): void {
  expect(response.text).not.toMatch(/\bat .+:\d+:\d+|\n\s+at |node_modules|\/work\/|\.ts\b|\.js:\d/);
}
