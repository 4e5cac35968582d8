// /api/briefings on a Neo4j-backed server: a briefing from a saved query, and the same JSON as on memory.
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadSeed } from "../../../seed/load-seed.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const JSON_POST = { method: "POST", headers: { "content-type": "application/json" } };

describeNeo4j("/api/briefings on Neo4j", () => {
  let store: GraphStore;
  let neo4jServer: TestServer;
  let memoryServer: TestServer;

  beforeAll(async () => {
    const seed = await loadSeed();
    store = await connectedTestStore();
    await store.clear();
    await store.load(seed);
    neo4jServer = await startTestServer({ store });
    memoryServer = await startTestServer({ data: seed });
  });
  afterAll(async () => {
    await neo4jServer.close();
    await memoryServer.close();
    await store.close();
  });

  it("GET /api/briefings/:id?format=json → the same briefing as the memory store, apart from the time", async () => {
    const [a, b] = await Promise.all([
      neo4jServer.request("/api/briefings/japan?format=json&since=2023"),
      memoryServer.request("/api/briefings/japan?format=json&since=2023"),
    ]);
    expect(a.status).toBe(200);
    expect({ ...a.body, generatedAt: "" }).toEqual({ ...b.body, generatedAt: "" });
  });

  it("POST /api/briefings {query} → a briefing on the subgraph a saved query returns", async () => {
    const res = await neo4jServer.request("/api/briefings?format=json", {
      ...JSON_POST,
      body: JSON.stringify({ query: "who-funds-whom", params: { minUsd: 0 } }),
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.kind).toBe("query");
    expect(res.body.title).toContain("who-funds-whom");
    expect(res.body.money.rows.length).toBeGreaterThan(0);
    expect(res.body.subjects.map((s: { id: string }) => s.id)).toContain("japan");
  });

  it("POST /api/briefings {query} → 404 for a saved query that does not exist", async () => {
    const res = await neo4jServer.request("/api/briefings", {
      ...JSON_POST,
      body: JSON.stringify({ query: "no-such-query" }),
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
