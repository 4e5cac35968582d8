// Tests for server/http/request-log.ts: one JSON line per request with its id, status, duration and error code; no secrets.
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../server/logger.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

const API_TOKEN = "api-token-0123456789-do-not-log";
const QUERY_TOKEN = "query-token-s3cr3t-do-not-log";
const COOKIE = "session-cookie-do-not-log";
const PASSWORD = "body-password-do-not-log";
const SECRETS = [API_TOKEN, QUERY_TOKEN, COOKIE, PASSWORD];

interface Captured {
  server: TestServer;
  lines: string[];
  /** The request line logged for `reqId`, once the response has ended (the log is written on `close`). */
  lineFor(reqId: string): Promise<Record<string, unknown>>;
}

/** A server whose logger writes to an array. No `secrets` option: the request log itself must not leak. */
async function capturedServer(store?: GraphStore): Promise<Captured> {
  const lines: string[] = [];
  const logger = createLogger("debug", (line) => lines.push(line));
  const server = await startTestServer({ logger, config: { API_TOKEN }, ...(store ? { store } : {}) });
  const lineFor = async (reqId: string) => {
    for (let i = 0; i < 100; i++) {
      const found = lines.map((l) => JSON.parse(l)).find((r) => r.msg === "request" && r.reqId === reqId);
      if (found) return found as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no request line for ${reqId} in:\n${lines.join("\n")}`);
  };
  return { server, lines, lineFor };
}

const auth = { authorization: `Bearer ${API_TOKEN}`, cookie: `sid=${COOKIE}` };

describe("requestLog", () => {
  let captured: Captured | undefined;
  afterEach(async () => captured?.server.close());

  it("logs one JSON line per request with reqId, method, path, status and durationMs", async () => {
    captured = await capturedServer();
    const response = await captured.server.request(`/api/search?q=japan&token=${QUERY_TOKEN}`, {
      headers: auth,
    });
    expect(response.status).toBe(200);
    const reqId = response.headers.get("x-request-id")!;
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const line = await captured.lineFor(reqId);
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      reqId,
      method: "GET",
      path: "/api/search",
      status: 200,
      durationMs: expect.any(Number),
      queryKeys: ["q", "token"],
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line).not.toHaveProperty("errorCode");
  });

  it("adds the error code of every 4xx and 5xx answer", async () => {
    const base = await createMemoryStore(fixtureGraph());
    const store = Object.assign(Object.create(base) as GraphStore, {
      neighbors: async () => Promise.reject(new Error(`disk on fire, password=${PASSWORD}`)),
    });
    captured = await capturedServer(store);
    const cases: [string, RequestInit, number, string][] = [
      ["/api/nodes/no-such-node", { headers: auth }, 404, "not_found"],
      ["/api/search?q=", { headers: auth }, 400, "invalid_argument"],
      [
        `/api/nodes?token=${QUERY_TOKEN}`,
        { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{}" },
        401,
        "unauthorized",
      ],
      [
        "/api/nodes",
        { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{bad" },
        400,
        "invalid_json",
      ],
      [
        "/api/nodes",
        {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ type: "Company", name: "X", properties: { password: PASSWORD }, extra: 1 }),
        },
        400,
        "invalid_argument",
      ],
      ["/api/nodes/japan/neighbors", { headers: auth }, 500, "internal"],
    ];
    for (const [path, init, status, errorCode] of cases) {
      const response = await captured.server.request(path, init);
      expect(response.status, `${path}: ${response.text}`).toBe(status);
      expect(response.body.error.code).toBe(errorCode);
      const line = await captured.lineFor(response.headers.get("x-request-id")!);
      expect(line).toMatchObject({ status, errorCode, durationMs: expect.any(Number) });
      expect(line.level).toBe(status >= 500 ? "error" : "info");
    }
    // The 500's own detail line (from the error middleware) carries the same request id.
    const failure = captured.lines.map((l) => JSON.parse(l)).find((r) => r.msg === "request failed");
    expect(failure).toMatchObject({
      reqId: expect.any(String),
      code: "internal",
      path: "/api/nodes/japan/neighbors",
    });
  });

  it("never writes the bearer token, cookie, query token or a body password", async () => {
    captured = await capturedServer();
    await captured.server.request(`/api/search?q=japan&token=${QUERY_TOKEN}&access_token=${QUERY_TOKEN}`, {
      headers: auth,
    });
    const response = await captured.server.request(`/api/nodes?password=${PASSWORD}`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ type: "Company", name: PASSWORD, password: PASSWORD }),
    });
    await captured.lineFor(response.headers.get("x-request-id")!);
    expect(captured.lines.length).toBeGreaterThanOrEqual(2);
    const output = captured.lines.join("\n");
    for (const secret of SECRETS) expect(output).not.toContain(secret);
  });

  it("keeps a sane incoming X-Request-Id and replaces an unsafe one", async () => {
    captured = await capturedServer();
    const kept = await captured.server.request("/api/health/live", {
      headers: { "x-request-id": "lb-7f3a.42:abc" },
    });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a.42:abc");
    expect(await captured.lineFor("lb-7f3a.42:abc")).toMatchObject({ level: "debug", status: 200 });
    for (const unsafe of ["a b", "x".repeat(200), '"}{"injected":1', "é"]) {
      const response = await captured.server.request("/api/health/live", {
        headers: { "x-request-id": unsafe },
      });
      const id = response.headers.get("x-request-id")!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await captured.lineFor(id);
    }
    expect(captured.lines.join("\n")).not.toContain("injected");
  });

  it("logs the path without the query string, and only the parameter names the API knows", async () => {
    captured = await capturedServer();
    const response = await captured.server.request(`/api/search?q=japan&${QUERY_TOKEN}&%20x=1`);
    const line = await captured.lineFor(response.headers.get("x-request-id")!);
    expect(line.path).toBe("/api/search");
    expect(line.queryKeys).toEqual(["q", "?"]);
  });

  it("lists each parameter name once, in the order first given, skipping empty names", async () => {
    captured = await capturedServer();
    const response = await captured.server.request(
      "/api/nodes/japan/neighbors?&&limit=2&depth=1&=3&limit=3&secret=1&dryRun&x",
    );
    const line = await captured.lineFor(response.headers.get("x-request-id")!);
    expect(line.queryKeys).toEqual(["limit", "depth", "?", "dryRun"]);
  });
});
