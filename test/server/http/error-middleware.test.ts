// Tests for the error middleware: each domain error code answers its documented status, details included.
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DomainError, type ErrorCode } from "../../../server/domain/errors.js";
import { createLogger } from "../../../server/logger.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

/** The documented mapping, written out so that a change to the middleware's table is a visible decision. */
const EXPECTED: Record<ErrorCode, number> = {
  invalid_argument: 400,
  cypher_syntax: 400,
  unauthorized: 401,
  forbidden: 403,
  read_only: 403,
  forbidden_procedure: 403,
  not_found: 404,
  conflict: 409,
  query_too_expensive: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  not_implemented: 501,
  cypher_unavailable: 501,
  store_unavailable: 503,
  timeout: 504,
};

async function searchFailingWith(error: unknown): Promise<GraphStore> {
  const store = await createMemoryStore();
  return Object.assign(Object.create(store) as GraphStore, { search: async () => Promise.reject(error) });
}

describe("errorMiddleware", () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it("answers every domain error code with its documented status, code and message", async () => {
    for (const [code, status] of Object.entries(EXPECTED) as [ErrorCode, number][]) {
      server = await startTestServer({
        store: await searchFailingWith(new DomainError(code, `it was ${code}`)),
      });
      expectError(await server.request("/api/search?q=x"), status, code, `it was ${code}`);
      await server.close();
      server = undefined;
    }
  });

  it("passes a domain error's details along", async () => {
    const error = new DomainError("invalid_argument", "query: syntax error", { line: 1, column: 7 });
    server = await startTestServer({ store: await searchFailingWith(error) });
    const response = await server.request("/api/search?q=x");
    expect(response.body.error.details).toEqual({ line: 1, column: 7 });
  });

  it("logs an unknown error whole and answers a generic 500 without its message", async () => {
    const lines: string[] = [];
    const logger = createLogger("error", (line) => lines.push(line));
    server = await startTestServer({ store: await searchFailingWith(new Error("disk on fire")), logger });
    const response = await server.request("/api/search?q=secret-query");
    expectError(response, 500, "internal");
    expect(response.text).not.toContain("disk on fire");
    const logged = JSON.parse(lines[0]!);
    expect(logged).toMatchObject({ level: "error", method: "GET", path: "/api/search", code: "internal" });
    expect(logged.error).toMatchObject({ message: "disk on fire", stack: expect.stringContaining("Error") });
    expect(lines[0]).not.toContain("secret-query");
  });

  it("answers a thrown non-Error value with a generic 500", async () => {
    server = await startTestServer({ store: await searchFailingWith("a string, not an Error") });
    expectError(await server.request("/api/search?q=x"), 500, "internal");
  });

  it("answers requests Node's HTTP parser refuses in the same JSON shape: 431 for a 20 KB URL, 400 for garbage", async () => {
    server = await startTestServer();
    const { port } = new URL(server.baseUrl);
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1", () => socket.end(text));
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk));
        socket.on("close", () => resolve(answer));
        socket.on("error", reject);
      });
    const tooLong = await raw(`GET /api/search?q=${"x".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(tooLong).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(tooLong.slice(tooLong.indexOf("\r\n\r\n") + 4))).toMatchObject({
      error: { code: "invalid_argument", message: expect.stringContaining("16 KB") },
    });
    const garbage = await raw("NOT HTTP AT ALL\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage).toContain('{"error":{"code":"invalid_argument"');
  });
});
