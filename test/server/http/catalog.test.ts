// API tests for GET /api/schema, /api/sources and /api/export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("GET /api/schema, /api/sources, /api/export", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("GET /api/schema → 200 with node and relationship type counts, most frequent first", async () => {
    const response = await server.request("/api/schema");
    expect(response.status).toBe(200);
    expect(response.body.nodeTypes[0]).toEqual({ type: "Company", count: 4 });
    expect(response.body.relationshipTypes).toHaveLength(9);
    const total = response.body.relationshipTypes.reduce(
      (sum: number, t: { count: number }) => sum + t.count,
      0,
    );
    expect(total).toBe(17);
  });

  it("GET /api/sources → 200 with every source sorted by id", async () => {
    const response = await server.request("/api/sources");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sources: fixtureGraph().sources });
  });

  it("GET /api/export → 200 with the whole graph as JSON, the default format", async () => {
    const response = await server.request("/api/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.body).toEqual(fixtureGraph());
  });

  it("GET /api/export?format=json → the same graph", async () => {
    expect((await server.request("/api/export?format=json")).body).toEqual(fixtureGraph());
  });

  it("GET /api/export → 400 naming format when it is not json", async () => {
    const response = await server.request("/api/export?format=graphml");
    expectError(response, 400, "invalid_argument", "format: must be one of json", '"graphml"');
  });
});
