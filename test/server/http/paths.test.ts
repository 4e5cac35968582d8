// API tests for GET /api/paths: shortest paths, options, and the 404s and 400s naming the bad parameter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("GET /api/paths", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  const routes = async (query: string) => {
    const response = await server.request(`/api/paths?${query}`);
    expect(response.status, response.text).toBe(200);
    return response.body.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id));
  };

  it("GET /api/paths → 200 with the 3 shortest paths by default, shortest first", async () => {
    expect(await routes("from=japan&to=tsmc-arizona")).toEqual([
      ["japan", "rapidus", "tsmc", "tsmc-arizona"],
      ["japan", "usa", "arizona", "tsmc-arizona"],
      ["japan", "usa", "chips-act", "tsmc-arizona"],
    ]);
  });

  it("GET /api/paths → returns paths as nodes and the edges between them", async () => {
    const response = await server.request("/api/paths?from=tsmc&to=arizona&k=1");
    const [path] = response.body.paths;
    expect(path.nodes.map((n: { name: string }) => n.name)).toEqual(["TSMC", "TSMC Arizona fabs", "Arizona"]);
    expect(path.edges.map((e: { id: string }) => e.id)).toEqual(["e11", "e12"]);
  });

  it("GET /api/paths → applies k, maxHops and relTypes", async () => {
    expect(await routes("from=japan&to=tsmc-arizona&k=1")).toHaveLength(1);
    expect(await routes("from=japan&to=tsmc-arizona&maxHops=2")).toEqual([]);
    expect(await routes("from=japan&to=tsmc-arizona&relTypes=PRESSURES,PART_OF,LOCATED_IN")).toEqual([
      ["japan", "usa", "arizona", "tsmc-arizona"],
    ]);
  });

  it("GET /api/paths → 200 with no paths when the nodes are not connected", async () => {
    expect(await routes("from=japan&to=riken&maxHops=8")).toEqual([]);
  });

  it("GET /api/paths → one single-node path when from and to are the same", async () => {
    expect(await routes("from=japan&to=japan")).toEqual([["japan"]]);
  });

  it("GET /api/paths → 404 naming the end that does not exist", async () => {
    const fromMissing = await server.request("/api/paths?from=atlantis&to=japan");
    expectError(fromMissing, 404, "not_found", 'from: node "atlantis" not found');
    expect(fromMissing.body.error.message).not.toContain("to:");
    expectError(
      await server.request("/api/paths?from=japan&to=atlantis"),
      404,
      "not_found",
      'to: node "atlantis"',
    );
    const both = await server.request("/api/paths?from=atlantis&to=lemuria");
    expectError(both, 404, "not_found", '"atlantis"', '"lemuria"');
  });

  it("GET /api/paths → 400 when from or to is missing", async () => {
    expectError(await server.request("/api/paths?to=japan"), 400, "invalid_argument", "from:", "required");
    expectError(await server.request("/api/paths?from=japan"), 400, "invalid_argument", "to:", "required");
  });

  it("GET /api/paths → 400 naming maxHops when it is outside 1..8 or not an integer", async () => {
    for (const bad of ["0", "9", "many"]) {
      const response = await server.request(`/api/paths?from=japan&to=usa&maxHops=${bad}`);
      expectError(
        response,
        400,
        "invalid_argument",
        "maxHops: must be an integer between 1 and 8",
        `"${bad}"`,
      );
    }
  });

  it("GET /api/paths → 400 naming k when it is outside 1..10", async () => {
    expectError(
      await server.request("/api/paths?from=japan&to=usa&k=11"),
      400,
      "invalid_argument",
      "k: must be",
      '"11"',
    );
  });

  it("GET /api/paths → 400 naming an unknown relationship type", async () => {
    const response = await server.request("/api/paths?from=japan&to=usa&relTypes=LIKES");
    expectError(response, 400, "invalid_argument", "relTypes:", '"LIKES"');
  });
});
