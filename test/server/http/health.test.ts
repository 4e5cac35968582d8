// API tests for GET /api/health: store kind and counts, and 503 when the store is unreachable.
import { afterEach, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../server/domain/errors.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

/** The fixture store with one method replaced by a failure. */
async function storeFailingOn(method: keyof GraphStore, error: Error): Promise<GraphStore> {
  const store = await createMemoryStore(fixtureGraph());
  return Object.assign(Object.create(store) as GraphStore, { [method]: async () => Promise.reject(error) });
}

describe("GET /api/health", () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it("GET /api/health → 200 with the store kind, version and counts", async () => {
    server = await startTestServer();
    const response = await server.request("/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: "ok",
      store: "memory",
      version: expect.stringMatching(/^graphology /),
      counts: { nodes: 12, relationships: 17 },
    });
  });

  it("GET /api/health → 503 store_unavailable when the store cannot be reached", async () => {
    const down = new StoreUnavailableError("neo4j: cannot reach bolt://127.0.0.1:7687");
    server = await startTestServer({ store: await storeFailingOn("info", down) });
    expectError(await server.request("/api/health"), 503, "store_unavailable", "cannot reach");
  });

  it("GET /api/health → 500 internal, with a generic message, when the store fails unexpectedly", async () => {
    const bug = new TypeError(
      "Cannot read properties of undefined (reading 'x') at /work/main/server/secret.ts:1:2",
    );
    server = await startTestServer({ store: await storeFailingOn("info", bug) });
    const response = await server.request("/api/health");
    expectError(response, 500, "internal");
    expect(response.text).not.toContain("Cannot read properties");
  });
});
