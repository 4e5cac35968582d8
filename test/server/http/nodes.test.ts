// API tests for GET /api/nodes/:id and /api/nodes/:id/neighbors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureEdge, fixtureNode } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("GET /api/nodes", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  const idsOf = (list: { id: string }[]) => list.map((item) => item.id);

  describe("GET /api/nodes/:id", () => {
    it("GET /api/nodes/:id → 200 with the node and its degree", async () => {
      const response = await server.request("/api/nodes/kioxia");
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        node: fixtureNode("kioxia"),
        degree: {
          total: 2,
          byType: { FUNDS: 1, LOCATED_IN: 1 },
          neighbors: {
            both: 1,
            out: 1,
            in: 1,
            byType: { FUNDS: { both: 1, out: 0, in: 1 }, LOCATED_IN: { both: 1, out: 1, in: 0 } },
          },
        },
      });
    });

    it("GET /api/nodes/:id → 404 naming the decoded id when an encoded id with spaces and accents is unknown", async () => {
      const response = await server.request(`/api/nodes/${encodeURIComponent("Société Générale")}`);
      expectError(response, 404, "not_found", '"Société Générale"');
    });

    it("GET /api/nodes/:id → 404 when the node does not exist", async () => {
      const response = await server.request("/api/nodes/no-such-node");
      expectError(response, 404, "not_found", '"no-such-node"');
      expect(response.body.error.details).toEqual({ id: "no-such-node" });
    });

    it("GET /api/nodes/:id → 400 when the id is longer than 200 characters", async () => {
      expectError(await server.request(`/api/nodes/${"x".repeat(201)}`), 400, "invalid_argument", "id:");
    });

    it("GET /api/nodes/:id → 400 when the path holds a malformed %-escape", async () => {
      expectError(await server.request("/api/nodes/%E0%A4%A"), 400, "invalid_argument", "%-escape");
    });
  });

  describe("GET /api/nodes/:id/neighbors", () => {
    it("GET /api/nodes/:id/neighbors → 200 with depth 1, limit 100 and both directions by default", async () => {
      const response = await server.request("/api/nodes/japan/neighbors");
      expect(response.status).toBe(200);
      expect(idsOf(response.body.nodes)).toEqual(["japan", "fund-550bn", "jbic", "kioxia", "rapidus", "usa"]);
      expect(response.body.edges).toHaveLength(10);
      expect(response.body.truncated).toBe(false);
    });

    it("GET /api/nodes/:id/neighbors → applies depth, direction, types, relTypes and limit", async () => {
      const deep = await server.request("/api/nodes/japan/neighbors?depth=3");
      expect(deep.body.nodes).toHaveLength(11);
      const incoming = await server.request("/api/nodes/japan/neighbors?direction=in");
      expect(idsOf(incoming.body.nodes)).toEqual(["japan", "jbic", "kioxia", "usa"]);
      const companies = await server.request("/api/nodes/tsmc/neighbors?depth=3&types=Company");
      expect(idsOf(companies.body.nodes)).toEqual(["tsmc", "rapidus"]);
      const funds = await server.request("/api/nodes/japan/neighbors?depth=2&relTypes=FUNDS");
      expect(funds.body).toEqual({
        nodes: [fixtureNode("japan"), fixtureNode("kioxia"), fixtureNode("rapidus")],
        edges: [fixtureEdge("e08"), fixtureEdge("e09")],
        truncated: false,
      });
      const cut = await server.request("/api/nodes/japan/neighbors?limit=2");
      expect(idsOf(cut.body.nodes)).toEqual(["japan", "fund-550bn", "jbic"]);
      expect(cut.body.truncated).toBe(true);
    });

    it("GET /api/nodes/:id/neighbors → 404 when the node does not exist", async () => {
      expectError(
        await server.request("/api/nodes/no-such-node/neighbors"),
        404,
        "not_found",
        '"no-such-node"',
      );
    });

    it("GET /api/nodes/:id/neighbors → 400 naming depth when it is outside 1..3 or not an integer", async () => {
      for (const bad of ["0", "4", "two", "1.5"]) {
        const response = await server.request(`/api/nodes/japan/neighbors?depth=${bad}`);
        expectError(
          response,
          400,
          "invalid_argument",
          "depth: must be an integer between 1 and 3",
          `"${bad}"`,
        );
      }
    });

    it("GET /api/nodes/:id/neighbors → 400 naming limit when it is outside 1..500", async () => {
      expectError(
        await server.request("/api/nodes/japan/neighbors?limit=1000"),
        400,
        "invalid_argument",
        "limit:",
      );
    });

    it("GET /api/nodes/:id/neighbors → 400 naming direction when it is not out, in or both", async () => {
      const response = await server.request("/api/nodes/japan/neighbors?direction=sideways");
      expectError(response, 400, "invalid_argument", "direction: must be one of out, in, both", '"sideways"');
    });

    it("GET /api/nodes/:id/neighbors → 400 naming an unknown node type or relationship type", async () => {
      expectError(
        await server.request("/api/nodes/japan/neighbors?types=Firm"),
        400,
        "invalid_argument",
        "types:",
        '"Firm"',
      );
      const response = await server.request("/api/nodes/japan/neighbors?relTypes=FUNDS,funds");
      expectError(response, 400, "invalid_argument", "relTypes:", '"funds"', "PARTNERS_WITH");
    });
  });
});
