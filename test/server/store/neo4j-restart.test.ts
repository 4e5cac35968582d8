// A Neo4j restart while the app runs: /api/health goes 503, then recovers without restarting the app.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createLogger } from "../../../server/logger.js";
import { createNeo4jStore } from "../../../server/store/neo4j/create-neo4j-store.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";
import { describeNeo4j, neo4jTestConfig } from "../../helpers/neo4j.js";

/** Our own server, so stopping it disturbs no other test: not 7687 (tests), 7688 (another suite) nor 7689. */
const PORT = 7691;
const LAUNCHER = path.resolve(import.meta.dirname, "../../../tools/neo4j/neo4j.mjs");

async function launcher(command: "start" | "stop"): Promise<void> {
  const env = { ...process.env, NEO4J_BOLT_PORT: String(PORT), NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "64m" };
  await promisify(execFile)(process.execPath, [LAUNCHER, command], { env, timeout: 180_000 });
}

// Gated like every Neo4j suite: where the test database runs, the launcher (and Java) does too.
describeNeo4j("Neo4jStore across a database restart", () => {
  let store: Neo4jStore;
  let server: TestServer;
  const lines: string[] = [];

  beforeAll(async () => {
    await launcher("start");
    const { user, password } = neo4jTestConfig();
    store = createNeo4jStore(
      { uri: `bolt://127.0.0.1:${PORT}`, user, password },
      { minDelayMs: 200, maxDelayMs: 1_000, log: createLogger("info", (line) => lines.push(line)) },
    );
    await store.waitUntilReady(60_000);
    await store.clear();
    await store.load(fixtureGraph());
    server = await startTestServer({ store });
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await launcher("stop");
  }, 120_000);

  it("answers 503 store_unavailable while the database is down and 200 with the same data once it is back", async () => {
    expect((await server.request("/api/health")).status).toBe(200);

    await launcher("stop");
    await vi.waitFor(
      async () => {
        const response = await server.request("/api/health");
        expect(response.status).toBe(503);
        expect(response.body.error.code).toBe("store_unavailable");
      },
      { timeout: 60_000, interval: 500 },
    );

    await launcher("start");
    await vi.waitFor(async () => expect((await server.request("/api/health")).status).toBe(200), {
      timeout: 90_000,
      interval: 500,
    });
    expect((await server.request("/api/health")).body.counts).toEqual({ nodes: 12, relationships: 17 });
    // Health answers once a connection works; on a loaded machine the first queries after the restart can
    // still meet a database finishing its start-up (a retryable error), so the data is checked until it reads.
    await vi.waitFor(
      async () => {
        const search = await server.request("/api/search?q=tsmc");
        expect(search.status, JSON.stringify(search.body)).toBe(200);
        expect(search.body.results[0].id).toBe("tsmc");
      },
      { timeout: 20_000, interval: 500 },
    );

    // Reconnecting went through the whole start-up again (schema included), and said so.
    const log = lines.join("\n");
    expect(log).toMatch(/connection lost; reconnecting/);
    expect(log.match(/"msg":"neo4j: connected"/g)?.length).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
