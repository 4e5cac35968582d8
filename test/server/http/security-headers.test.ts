// Security headers on every answer (a data-only set for JSON, helmet + CSP for pages) and CORS only for an allow-list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_HEADERS, parseOrigins } from "../../../server/http/security-headers.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

describe("security headers", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("a JSON answer carries the data-only set: nothing loads from it or frames it, never sniffed, no X-Powered-By", async () => {
    const response = await server.request("/api/health");
    for (const [name, value] of API_HEADERS) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("a JSON answer skips the headers that only mean something to a page", async () => {
    const response = await server.request("/api/nodes/tsmc");
    expect(response.status).toBe(200);
    for (const name of ["cross-origin-opener-policy", "origin-agent-cluster", "x-dns-prefetch-control"])
      expect(response.headers.get(name)).toBeNull();
  });

  it("error answers (a JSON 404) carry the same data-only set", async () => {
    const response = await server.request("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a page (the client, or its not-built hint) carries the client's CSP and helmet's document headers", async () => {
    const response = await server.request("/");
    expect(response.headers.get("content-type")).toContain("text/html");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("a page under /api (the API docs) carries the document headers, not the data-only set", async () => {
    const response = await server.request("/api/docs");
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("a 404 outside /api is answered under the document headers", async () => {
    const response = await server.request("/assets/missing.js");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("sends no CORS headers by default, even to a cross-origin request", async () => {
    const response = await server.request("/api/health", { headers: { Origin: "https://evil.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("CORS with CORS_ORIGINS", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      config: { CORS_ORIGINS: "https://allowed.example, http://localhost:5173/" },
    });
  });
  afterAll(() => server.close());

  it("GET from a listed origin → Access-Control-Allow-Origin names that origin", async () => {
    const response = await server.request("/api/health", { headers: { Origin: "https://allowed.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("GET from an unlisted origin → no Access-Control-Allow-Origin", async () => {
    const response = await server.request("/api/health", { headers: { Origin: "https://other.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("OPTIONS preflight from a listed origin → 204 with the allowed methods and headers", async () => {
    const response = await server.request("/api/search", {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("Authorization");
  });

  it("a write from a listed origin is still refused by the same-origin check", async () => {
    const response = await server.request("/api/nodes", {
      method: "POST",
      headers: { Origin: "https://allowed.example", "Content-Type": "application/json" },
      body: JSON.stringify({ type: "Company", name: "X" }),
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
  });
});

describe("parseOrigins", () => {
  it("splits a comma list, trims it and drops trailing slashes and empty entries", () => {
    expect(parseOrigins(" https://a.example/ ,http://b.example:8080,, ")).toEqual([
      "https://a.example",
      "http://b.example:8080",
    ]);
  });

  it("returns no origins when the list is unset", () => {
    expect(parseOrigins(undefined)).toEqual([]);
  });
});
