// API tests for what every route shares: unknown routes, bad bodies, malformed URLs and headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectNoInternals, startTestServer, type TestServer } from "../../helpers/http.js";

describe("API errors", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  const postJson = (path: string, body: string) =>
    server.request(path, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("GET /api/unknown → 404 not_found naming the route", async () => {
    expectError(await server.request("/api/unknown"), 404, "not_found", "GET /api/unknown");
  });

  it("GET /api → 404 not_found", async () => {
    expectError(await server.request("/api"), 404, "not_found");
  });

  it("PUT /api/nodes/:id → 404 not_found: no route takes that method (edits are POST, PATCH, DELETE)", async () => {
    expectError(await server.request("/api/nodes/japan", { method: "PUT" }), 404, "not_found", "PUT");
  });

  it("POST /api/* with malformed JSON → 400 invalid_json, echoing nothing of the body", async () => {
    const response = await postJson("/api/search", '{"q": "tsmc",');
    expectError(response, 400, "invalid_json", "not valid JSON");
    expect(response.text).not.toContain("tsmc");
  });

  it("POST /api/* with a JSON body over 1mb → 413 payload_too_large", async () => {
    const response = await postJson("/api/search", JSON.stringify({ q: "x".repeat(1_100_000) }));
    expectError(response, 413, "payload_too_large", "1mb");
  });

  it("POST /api/* with an unsupported charset → 415 unsupported_media_type", async () => {
    const response = await server.request("/api/search", {
      method: "POST",
      headers: { "content-type": "application/json; charset=klingon" },
      body: "{}",
    });
    expectError(response, 415, "unsupported_media_type");
  });

  it("answers JSON errors without x-powered-by and with nosniff", async () => {
    const response = await server.request("/api/unknown");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toContain("application/json");
  });

  it("never answers with stack lines or file paths, whatever the bad input", async () => {
    const probes = [
      "/api/search?q[$gt]=x",
      "/api/search?q=a&limit=1&limit=2",
      "/api/nodes/%ZZ",
      "/api/nodes/japan/neighbors?depth=%00",
      "/api/paths?from=&to=",
      "/api/export?format=../../etc/passwd",
      "/api/nodes/..%2F..%2Fetc%2Fpasswd",
    ];
    for (const probe of probes) {
      const response = await server.request(probe);
      expect(response.status, probe).toBeGreaterThanOrEqual(400);
      expect(response.status, probe).toBeLessThan(500);
      expectNoInternals(response);
    }
  });
});
