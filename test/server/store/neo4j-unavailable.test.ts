// An unreachable Neo4j: the store answers StoreUnavailableError (never crashes), /api/health 503, the log hides the password.
import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { StoreUnavailableError } from "../../../server/domain/errors.js";
import { createLogger } from "../../../server/logger.js";
import { createStore } from "../../../server/store/create-store.js";
import { loadConfig } from "../../../server/config.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createNeo4jStore } from "../../../server/store/neo4j/create-neo4j-store.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

const PASSWORD = "not-this-secret-9f3b";

/** A port nothing listens on: bind an ephemeral one, then release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger("debug", (line) => lines.push(line)) };
}

describe("Neo4jStore when the database is unreachable", () => {
  let store: GraphStore | undefined;
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    await store?.close();
    server = store = undefined;
  });

  it("answers StoreUnavailableError from every call instead of crashing or hanging", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    store = createNeo4jStore({ uri, user: "neo4j", password: PASSWORD }, { minDelayMs: 50, maxDelayMs: 200 });
    const calls: Promise<unknown>[] = [
      store.info(),
      store.search("tsmc", { limit: 5 }),
      store.getNode("tsmc"),
      store.neighbors("tsmc", { depth: 1, limit: 10, direction: "both" }),
      store.paths("japan", "tsmc", { maxHops: 4, k: 1 }),
      store.exportAll(),
      store.load({ nodes: [], edges: [], sources: [] }),
      store.clear(),
    ];
    for (const call of calls) {
      await expect(call).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(call).rejects.toMatchObject({ code: "store_unavailable" });
    }
  });

  it("says so after its connection attempts fail too, with the URI in the message", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const neo = createNeo4jStore(
      { uri, user: "neo4j", password: PASSWORD },
      { minDelayMs: 50, maxDelayMs: 100 },
    );
    store = neo;
    await expect(neo.waitUntilReady(500)).rejects.toBeInstanceOf(StoreUnavailableError);
    const error = await neo.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(uri);
    expect((error as Error).message).not.toContain(PASSWORD);
  });

  it("GET /api/health → 503 store_unavailable when NEO4J_URI points at a closed port, and the app still starts", async () => {
    const uri = `neo4j://127.0.0.1:${await closedPort()}`;
    const { lines, logger } = capturedLogger();
    store = await createStore(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: PASSWORD }), logger);
    expect(store.kind).toBe("neo4j");
    server = await startTestServer({ store, logger });
    expectError(await server.request("/api/health"), 503, "store_unavailable");
    expectError(await server.request("/api/search?q=tsmc"), 503, "store_unavailable");

    // The first attempt fails within the driver's connection timeout; its log line names the URI.
    await vi.waitFor(() => expect(lines.join("\n")).toMatch(/"level":"warn".*retrying/), { timeout: 15_000 });
    const log = lines.join("\n");
    expect(log).toContain(uri);
    expect(log).not.toContain(PASSWORD);
  });
});
