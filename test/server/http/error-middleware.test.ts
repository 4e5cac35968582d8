// Tests for the error middleware: each domain error code answers its documented status, details included.
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
});
