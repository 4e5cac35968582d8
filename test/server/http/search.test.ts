// API tests for GET /api/search: ranking, filters, limits, and every way q, limit and types can be wrong.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureNode } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("GET /api/search", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  const ids = async (query: string) =>
    (await server.request(`/api/search?${query}`)).body.results.map((r: { id: string }) => r.id);

  it("GET /api/search?q=tsmc → 200 with scored nodes, the exact name first", async () => {
    const response = await server.request("/api/search?q=tsmc");
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { id: string }) => r.id)).toEqual(["tsmc", "tsmc-arizona"]);
    expect(response.body.results[0]).toEqual({ ...fixtureNode("tsmc"), score: expect.any(Number) });
  });

  it("GET /api/search → matches aliases, ignoring accents and case", async () => {
    expect(await ids("q=taiwan%20semiconductor")).toEqual(["tsmc"]);
    expect(await ids(`q=${encodeURIComponent("SOCIETE GÉNÉRALE")}`)).toEqual(["socgen"]);
  });

  it("GET /api/search → filters by a comma-separated types list or repeated types", async () => {
    expect(await ids("q=japan&types=Institution")).toEqual(["jbic"]);
    expect(await ids("q=japan&types=Institution,Country")).toEqual(["japan", "jbic"]);
    expect(await ids("q=japan&types=Institution&types=Country")).toEqual(["japan", "jbic"]);
  });

  it("GET /api/search → cuts at limit, 20 by default", async () => {
    expect(await ids("q=a&limit=2")).toHaveLength(2);
    expect((await ids("q=a")).length).toBeGreaterThan(2);
  });

  it("GET /api/search → 200 with no results when nothing matches", async () => {
    expect(await ids("q=nothing-like-this")).toEqual([]);
  });

  it("GET /api/search → 400 when q is missing", async () => {
    expectError(await server.request("/api/search"), 400, "invalid_argument", "q:", "required");
  });

  it("GET /api/search → 400 when q is empty or blank", async () => {
    expectError(await server.request("/api/search?q="), 400, "invalid_argument", "q:");
    expectError(await server.request("/api/search?q=%20%20"), 400, "invalid_argument", "q:");
  });

  it("GET /api/search → 400 when q is longer than 200 characters", async () => {
    expectError(
      await server.request(`/api/search?q=${"x".repeat(201)}`),
      400,
      "invalid_argument",
      "q:",
      "200",
    );
  });

  it("GET /api/search → 400 when q is given twice", async () => {
    expectError(await server.request("/api/search?q=a&q=b"), 400, "invalid_argument", "q:", "once");
  });

  it("GET /api/search → 400 naming limit when it is not an integer between 1 and 500", async () => {
    for (const bad of ["abc", "0", "501", "2.5", "-1", "1e2"]) {
      const response = await server.request(`/api/search?q=a&limit=${bad}`);
      expectError(
        response,
        400,
        "invalid_argument",
        "limit: must be an integer between 1 and 500",
        `"${bad}"`,
      );
      expect(response.body.error.details).toEqual({ parameter: "limit" });
    }
  });

  it("GET /api/search → 400 naming the unknown node type", async () => {
    const response = await server.request("/api/search?q=a&types=Company,Planet");
    expectError(response, 400, "invalid_argument", "types:", '"Planet"', "Country");
  });
});
