// On the embedded store the console explains itself: 501 cypher_unavailable with the way to switch to Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("the Cypher console on the memory store", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const post = (path: string, body: unknown) =>
    server.request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("POST /api/cypher → 501 cypher_unavailable saying how to start Neo4j", async () => {
    expectError(
      await post("/api/cypher", { query: "RETURN 1" }),
      501,
      "cypher_unavailable",
      "npm run neo4j start",
      "NEO4J_URI=bolt://127.0.0.1:7687",
      "docker compose up",
    );
  });

  it("POST /api/cypher/explain → 501 cypher_unavailable", async () => {
    expectError(await post("/api/cypher/explain", { query: "RETURN 1" }), 501, "cypher_unavailable");
  });

  it("GET /api/queries still lists the saved queries, marked not runnable", async () => {
    const res = await server.request("/api/queries");
    expect(res.status).toBe(200);
    expect(res.body.runnable).toBe(false);
    expect(res.body.queries[0]).toMatchObject({
      name: expect.any(String),
      description: expect.any(String),
      params: expect.any(Array),
      query: expect.any(String),
    });
  });

  it("POST /api/queries/:name/run → 501 cypher_unavailable", async () => {
    expectError(await post("/api/queries/who-funds-whom/run", {}), 501, "cypher_unavailable");
  });
});
