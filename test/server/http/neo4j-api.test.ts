// The API over a real server on the Neo4j store loaded with the seed: health, search, neighbours, paths, 404s, export.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphExport } from "../../../server/domain/model.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { loadSeed } from "../../../seed/load-seed.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

describeNeo4j("the API on the Neo4j store", () => {
  let store: Neo4jStore;
  let server: TestServer;
  let seed: GraphExport;

  beforeAll(async () => {
    seed = await loadSeed();
    store = await connectedTestStore();
    await store.clear();
    await store.load(seed);
    server = await startTestServer({ store });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it("GET /api/health → 200 with store neo4j, the server version and the seed's counts", async () => {
    const response = await server.request("/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: "ok",
      store: "neo4j",
      version: expect.stringMatching(/^5\.26\./),
      counts: { nodes: seed.nodes.length, relationships: seed.edges.length },
    });
  });

  it("GET /api/search?q=tsmc → TSMC first", async () => {
    const { status, body } = await server.request("/api/search?q=tsmc&limit=5");
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ id: "tsmc", name: "TSMC", score: expect.any(Number) });
  });

  it("GET /api/search?q=taiwan semiconductor → TSMC, through its alias (a substring, not a word prefix of the name)", async () => {
    const { body } = await server.request(`/api/search?q=${encodeURIComponent("taiwan semiconductor")}`);
    expect(body.results[0].id).toBe("tsmc");
  });

  it("GET /api/nodes/tsmc → 200 with the node and its degree", async () => {
    const { status, body } = await server.request("/api/nodes/tsmc");
    expect(status).toBe(200);
    expect(body.node).toEqual(seed.nodes.find((n) => n.id === "tsmc"));
    expect(body.degree.total).toBeGreaterThan(0);
  });

  it("GET /api/nodes/tsmc/neighbors?depth=2 → the same neighbourhood as the memory store", async () => {
    const memory = await createMemoryStore(seed);
    const { status, body } = await server.request("/api/nodes/tsmc/neighbors?depth=2");
    expect(status).toBe(200);
    const expected = await memory.neighbors("tsmc", { depth: 2, limit: 100, direction: "both" });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("GET /api/paths?from=japan&to=tsmc → paths ending at TSMC, shortest first", async () => {
    const { status, body } = await server.request("/api/paths?from=japan&to=tsmc");
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths[0].nodes[0].id).toBe("japan");
    expect(body.paths[0].nodes.at(-1).id).toBe("tsmc");
    const lengths = body.paths.map((p: { edges: unknown[] }) => p.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it("GET /api/nodes/:id → 404 when the node does not exist", async () => {
    expectError(await server.request("/api/nodes/no-such-node"), 404, "not_found", "no-such-node");
  });

  it("GET /api/nodes/:id/neighbors → 404 when the node does not exist", async () => {
    expectError(await server.request("/api/nodes/no-such-node/neighbors"), 404, "not_found", "no-such-node");
  });

  it("GET /api/paths → 404 naming the end that does not exist", async () => {
    expectError(
      await server.request("/api/paths?from=japan&to=no-such-node"),
      404,
      "not_found",
      "no-such-node",
    );
  });

  it("GET /api/export → the seed exactly, evidence included", async () => {
    const memory = await createMemoryStore(seed);
    const { status, body } = await server.request("/api/export");
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(await memory.exportAll())));
  });
});
