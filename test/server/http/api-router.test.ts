// The API router: every route group's routes on one flat router, and what that means for OPTIONS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRouter } from "../../../server/http/api-router.js";
import { silentLogger } from "../../../server/logger.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

interface Layer {
  name: string;
  route?: { path: string | string[] };
  handle?: { stack?: unknown[] };
}

describe("apiRouter", () => {
  it("registers every route on itself: no route group mounts a router of its own", async () => {
    const router = apiRouter({
      store: await createMemoryStore({ nodes: [], edges: [], sources: [] }),
      config: { CLIENT_DIR: "/nonexistent" },
      logger: silentLogger,
    }) as unknown as { stack: Layer[] };
    const nested = router.stack.filter((layer) => layer.handle?.stack).map((layer) => layer.name);
    expect(nested).toEqual([]);
    expect(router.stack.filter((layer) => layer.route).length).toBeGreaterThan(30);
  });
});

describe("OPTIONS /api/*", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it("OPTIONS /api/nodes/:id → 200 with Allow naming every method of that path, from every route group", async () => {
    const response = await server.request("/api/nodes/tsmc", { method: "OPTIONS" });
    expect(response.status).toBe(200);
    expect(response.headers.get("allow")).toBe("DELETE, GET, HEAD, PATCH");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("OPTIONS /api/nodes/:id/neighbors → 200 with Allow: GET, HEAD", async () => {
    const response = await server.request("/api/nodes/tsmc/neighbors", { method: "OPTIONS" });
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("OPTIONS on a path no route has → 404 not_found", async () => {
    expectError(
      await server.request("/api/nope", { method: "OPTIONS" }),
      404,
      "not_found",
      "OPTIONS /api/nope",
    );
  });
});
