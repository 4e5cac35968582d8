// GET /api/openapi.json and /api/docs: a valid OpenAPI 3.1 document covering every route, and a script-free page.
import { Validator } from "@seriousme/openapi-schema-validator";
import type { Router } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRouter } from "../../../server/http/api-router.js";
import { openApiPath } from "../../../server/http/openapi/document.js";
import { silentLogger } from "../../../server/logger.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** "METHOD /path" for every route the Express API router has, walking the routers it mounts. */
function registeredRoutes(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      const methods = Object.keys(layer.route.methods).filter((m) => m !== "_all");
      return paths.flatMap((p) => methods.map((m) => `${m.toUpperCase()} ${openApiPath(p)}`));
    }
    return layer.handle?.stack ? registeredRoutes(layer.handle.stack) : [];
  });
}

let server: TestServer;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the document is checked by the validator
let doc: any;

beforeAll(async () => {
  server = await startTestServer();
  doc = (await server.request("/api/openapi.json")).body;
});
afterAll(() => server.close());

describe("GET /api/openapi.json", () => {
  it("answers a document that validates as OpenAPI 3.1", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route the API router registers, and no route it lacks", async () => {
    const router = apiRouter({
      store: await createMemoryStore({ nodes: [], edges: [], sources: [] }),
      config: { CLIENT_DIR: "/nonexistent" },
      logger: silentLogger,
    }) as Router & { stack: Layer[] };
    const registered = [...new Set(registeredRoutes(router.stack))].sort();
    const documented = Object.entries(doc.paths as Record<string, object>)
      .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(registered.length).toBeGreaterThan(30);
    expect(documented).toEqual(registered);
  });

  it("answers every operation's errors with the {error:{code,message}} envelope", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking the JSON document
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(item)) {
        const statuses = Object.keys(op.responses);
        expect(
          statuses.some((s) => s.startsWith("2")),
          `${method} ${path}`,
        ).toBe(true);
        for (const status of statuses.filter((s) => Number(s) >= 400)) {
          const schema = op.responses[status].content["application/json"].schema;
          expect(schema.properties.error.required, `${method} ${path} ${status}`).toEqual([
            "code",
            "message",
          ]);
        }
      }
    }
  });

  it("takes request bodies from the routes' own zod schemas: POST /api/nodes refuses unknown fields", () => {
    const body = doc.paths["/nodes"].post.requestBody.content["application/json"].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.required).toEqual(["type", "name"]);
    expect(doc.paths["/nodes"].post.security).toEqual([{ bearerAuth: [] }, {}]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents the import upload as raw bodies and as multipart/form-data", () => {
    const content = doc.paths["/import"].post.requestBody.content;
    expect(Object.keys(content)).toEqual(
      expect.arrayContaining(["multipart/form-data", "application/gexf+xml"]),
    );
  });
});

describe("GET /api/docs", () => {
  it("renders every operation as HTML without any inline script", async () => {
    const page = await server.request("/api/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(page.text).not.toMatch(/\son[a-z]+=/i);
    for (const path of Object.keys(doc.paths)) expect(page.text).toContain(`/api${path}`);
    expect(page.text).toContain("curl -X POST &#39;http://127.0.0.1:3000/api/nodes&#39;");
  });
});
