// API tests for the per-IP budgets: RateLimit-* headers, and 429 too_many_requests through the error middleware.
import { afterEach, describe, expect, it } from "vitest";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

const postJson = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

describe("rate limits", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("GET /api/health carries the standard RateLimit-* headers for the general budget", async () => {
    server = await startTestServer({ config: { RATE_LIMIT_PER_MINUTE: 5 } });
    const response = await server.request("/api/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("ratelimit-limit")).toBe("5");
    expect(response.headers.get("ratelimit-remaining")).toBe("4");
    expect(Number(response.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    expect(response.headers.get("ratelimit-policy")).toBe("5;w=60");
  });

  it("the general budget answers 429 too_many_requests once a client has used it up", async () => {
    server = await startTestServer({ config: { RATE_LIMIT_PER_MINUTE: 3 } });
    for (let i = 0; i < 3; i++) expect((await server.request("/api/search?q=tsmc")).status).toBe(200);
    const refused = await server.request("/api/search?q=tsmc");
    expectError(refused, 429, "too_many_requests", "more than 3 requests a minute");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
  });

  it("POST /api/cypher and /api/cypher/explain share a tight budget that leaves other routes alone", async () => {
    server = await startTestServer({ config: { RATE_LIMIT_CYPHER_PER_MINUTE: 2 } });
    for (let i = 0; i < 2; i++) {
      const response = await server.request("/api/cypher", postJson({ query: "RETURN 1" }));
      expect(response.status).not.toBe(429);
      expect(response.headers.get("ratelimit-limit")).toBe("2");
    }
    expectError(
      await server.request("/api/cypher/explain", postJson({ query: "RETURN 1" })),
      429,
      "too_many_requests",
      "Cypher console",
    );
    expect((await server.request("/api/search?q=tsmc")).status).toBe(200);
  });

  it("PDF briefings have the heavy budget; HTML briefings do not count against it", async () => {
    server = await startTestServer({ config: { RATE_LIMIT_HEAVY_PER_MINUTE: 1 } });
    // An unknown id answers 404 before any rendering, yet still counts.
    expectError(await server.request("/api/briefings/no-such-node?format=pdf"), 404, "not_found");
    expectError(
      await server.request("/api/briefings/no-such-node?format=pdf"),
      429,
      "too_many_requests",
      "PDF briefings",
    );
    for (let i = 0; i < 3; i++)
      expect((await server.request("/api/briefings/no-such-node?format=html")).status).toBe(404);
  });

  it("POST /api/import has the heavy budget", async () => {
    server = await startTestServer({ config: { RATE_LIMIT_HEAVY_PER_MINUTE: 1 } });
    expect((await server.request("/api/import", postJson({}))).status).not.toBe(429);
    expectError(await server.request("/api/import", postJson({})), 429, "too_many_requests", "import");
  });

  it("without rate-limit settings (createApp in tests), nothing is limited and no RateLimit headers are sent", async () => {
    server = await startTestServer();
    for (let i = 0; i < 30; i++) {
      const response = await server.request("/api/cypher", postJson({ query: "RETURN 1" }));
      expect(response.status).not.toBe(429);
      expect(response.headers.get("ratelimit-limit")).toBeNull();
    }
  });
});
