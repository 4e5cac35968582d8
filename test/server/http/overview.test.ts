// API tests for GET /api/overview: the whole small graph, a top-degree part of a large one with totals, and the 400s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateBA } from "../../../bench/data/ba-generator.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";

const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe("GET /api/overview on a small graph", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("GET /api/overview → 200 with the whole graph, untruncated, when it fits the default limits", async () => {
    const response = await server.request("/api/overview");
    expect(response.status, response.text).toBe(200);
    const fixture = fixtureGraph();
    expect(response.body.truncated).toBe(false);
    expect(response.body.nodeCount).toBe(fixture.nodes.length);
    expect(response.body.edgeCount).toBe(fixture.edges.length);
    expect(idsOf(response.body.nodes).sort()).toEqual(idsOf(fixture.nodes).sort());
    expect(idsOf(response.body.edges).sort()).toEqual(idsOf(fixture.edges).sort());
  });

  it("GET /api/overview?limit=5 → the 5 best-connected nodes, the edges among them and the totals", async () => {
    const response = await server.request("/api/overview?limit=5");
    expect(response.status, response.text).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({ truncated: true, nodeCount: fixtureGraph().nodes.length });
    expect(idsOf(body.nodes).sort()).toEqual((await server.store.topByDegree(5)).sort());
    const drawn = new Set(idsOf(body.nodes));
    expect(body.edges.length).toBeGreaterThan(0);
    for (const edge of body.edges) expect(drawn.has(edge.source) && drawn.has(edge.target)).toBe(true);
    const induced = await server.store.subgraph(idsOf(body.nodes), {});
    expect(idsOf(body.edges)).toEqual(idsOf(induced.edges));
  });

  it("GET /api/overview?edgeLimit=3 → at most 3 edges, and truncated", async () => {
    const response = await server.request("/api/overview?edgeLimit=3");
    expect(response.status, response.text).toBe(200);
    expect(response.body.truncated).toBe(true);
    expect(response.body.edges).toHaveLength(3);
    expect(response.body.edgeCount).toBe(fixtureGraph().edges.length);
  });

  it("GET /api/overview → 400 naming the parameter for a bad limit", async () => {
    expectError(await server.request("/api/overview?limit=0"), 400, "invalid_argument", "limit: ");
    expectError(await server.request("/api/overview?limit=abc"), 400, "invalid_argument", "limit: ");
    expectError(await server.request("/api/overview?limit=5001"), 400, "invalid_argument", "5000");
    expectError(await server.request("/api/overview?limit=1&limit=2"), 400, "invalid_argument", "limit: ");
    expectError(await server.request("/api/overview?edgeLimit=-4"), 400, "invalid_argument", "edgeLimit: ");
  });
});

describe("GET /api/overview on a large graph", () => {
  let server: TestServer;
  // ≈ 20,000 edges on 4,000 nodes: above both default limits (2,000 nodes, 10,000 edges).
  const data = generateBA({ edges: 20_000, seed: 7 });
  beforeAll(async () => (server = await startTestServer({ data })));
  afterAll(async () => server.close());

  it("GET /api/overview → 2,000 top-degree nodes, at most 10,000 edges, with the store's totals", async () => {
    const response = await server.request("/api/overview");
    expect(response.status, response.text).toBe(200);
    const body = response.body;
    expect(body.truncated).toBe(true);
    expect(body.nodeCount).toBe(data.nodes.length);
    expect(body.edgeCount).toBe(data.edges.length);
    expect(body.nodes).toHaveLength(2000);
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.length).toBeLessThanOrEqual(10_000);
    // The hub of a BA graph is among the first nodes; it must be in the overview.
    const top = (await server.store.topByDegree(1))[0]!;
    expect(idsOf(body.nodes)).toContain(top);
  });
});
