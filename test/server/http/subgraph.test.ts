// API tests for POST /api/subgraph and the neighbours offset: edges among given ids, paging, and the 400s naming the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("POST /api/subgraph", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  const post = (body: unknown) =>
    server.request("/api/subgraph", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("POST /api/subgraph → 200 with the existing nodes and every edge among them", async () => {
    const response = await post({ ids: ["japan", "usa", "fund-550bn", "ghost"] });
    expect(response.status, response.text).toBe(200);
    expect(response.body.nodes.map((n: { id: string }) => n.id)).toEqual(["fund-550bn", "japan", "usa"]);
    expect(response.body.edges.map((e: { id: string }) => e.id)).toEqual(["e01", "e04", "e05", "e06", "e07"]);
  });

  it("POST /api/subgraph → applies relTypes", async () => {
    const response = await post({ ids: ["japan", "usa"], relTypes: ["PRESSURES"] });
    expect(response.body.edges.map((e: { id: string }) => e.id)).toEqual(["e05", "e06"]);
  });

  it("POST /api/subgraph → 400 naming the field when ids are missing, too many or not strings", async () => {
    expectError(await post({}), 400, "invalid_argument", "ids: ");
    expectError(await post({ ids: [] }), 400, "invalid_argument", "ids: ");
    expectError(
      await post({ ids: Array.from({ length: 2001 }, (_, i) => `n${i}`) }),
      400,
      "invalid_argument",
      "2000",
    );
    expectError(await post({ ids: ["japan", 3] }), 400, "invalid_argument", "ids[1]: ");
    expectError(
      await post({ ids: ["japan"], relTypes: ["LIKES"] }),
      400,
      "invalid_argument",
      "relTypes: ",
      "LIKES",
    );
    expectError(await post([1, 2]), 400, "invalid_argument", "body: ");
  });

  it("POST /api/subgraph → 400 on malformed JSON, never a 500", async () => {
    expect((await post("{ids:")).status).toBe(400);
  });
});

describe("GET /api/nodes/:id/neighbors?offset=", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("GET /api/nodes/:id/neighbors → pages with offset and limit", async () => {
    const response = await server.request("/api/nodes/japan/neighbors?limit=2&offset=2");
    expect(response.status, response.text).toBe(200);
    expect(response.body.nodes.map((n: { id: string }) => n.id)).toEqual(["japan", "kioxia", "rapidus"]);
    expect(response.body.truncated).toBe(true);
  });

  it("GET /api/nodes/:id/neighbors → 400 naming offset when it is not a non-negative integer", async () => {
    expectError(
      await server.request("/api/nodes/japan/neighbors?offset=-1"),
      400,
      "invalid_argument",
      "offset: ",
    );
    expectError(
      await server.request("/api/nodes/japan/neighbors?offset=x"),
      400,
      "invalid_argument",
      "offset: ",
    );
  });
});
