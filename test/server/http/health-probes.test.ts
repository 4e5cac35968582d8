// API tests for the probes: GET /api/health/live (always 200) and /api/health/ready (503 when the store is not there).
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../server/domain/errors.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { createNeo4jStore } from "../../../server/store/neo4j/create-neo4j-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

/** The fixture store with `info` replaced. */
async function storeWithInfo(info: GraphStore["info"]): Promise<GraphStore> {
  const store = await createMemoryStore(fixtureGraph());
  return Object.assign(Object.create(store) as GraphStore, { info });
}

/** A local port nothing listens on: bound once by the OS, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("GET /api/health/live and /api/health/ready", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("GET /api/health/live → 200 on the memory store", async () => {
    server = await startTestServer();
    const response = await server.request("/api/health/live");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "live" });
  });

  it("GET /api/health/ready → 200 naming the store when the memory store answers", async () => {
    server = await startTestServer();
    const response = await server.request("/api/health/ready");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ready", store: "memory" });
  });

  it("GET /api/health/ready → 503 store_unavailable when the store cannot be reached, while live stays 200", async () => {
    const down = new StoreUnavailableError("neo4j: cannot reach bolt://127.0.0.1:7687");
    server = await startTestServer({ store: await storeWithInfo(() => Promise.reject(down)) });
    expectError(await server.request("/api/health/ready"), 503, "store_unavailable", "cannot reach");
    expect((await server.request("/api/health/live")).status).toBe(200);
  });

  it("GET /api/health/ready → 503 store_unavailable after about a second when the store hangs", async () => {
    server = await startTestServer({ store: await storeWithInfo(() => new Promise(() => {})) });
    const started = Date.now();
    const response = await server.request("/api/health/ready");
    expectError(response, 503, "store_unavailable", "did not answer within 1000 ms");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("GET /api/health keeps answering the store's kind, version and counts", async () => {
    server = await startTestServer();
    const response = await server.request("/api/health");
    expect(response.body).toMatchObject({ status: "ok", store: "memory", counts: { nodes: 12 } });
  });

  it("GET /api/health/ready → 503 within 2 s on a Neo4j store pointed at a closed port; live → 200", async () => {
    const port = await closedPort();
    const store = createNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: "unused" });
    try {
      server = await startTestServer({ store });
      const started = Date.now();
      const response = await server.request("/api/health/ready");
      expectError(response, 503, "store_unavailable");
      expect(Date.now() - started).toBeLessThan(2_000);
      expect((await server.request("/api/health/live")).status).toBe(200);
    } finally {
      await server?.close();
      server = undefined;
      await store.close();
    }
  });
});
