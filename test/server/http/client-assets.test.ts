// API tests for non-API GETs: the built client, its single-page fallback, and the hint when it is not built.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

describe("client assets", () => {
  describe("when the client is built", () => {
    let server: TestServer;
    let clientDir: string;
    beforeAll(async () => {
      clientDir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-client-"));
      await mkdir(path.join(clientDir, "assets"));
      await writeFile(path.join(clientDir, "index.html"), "<!doctype html><title>ChipGraph</title>");
      await writeFile(path.join(clientDir, "assets", "app.js"), "console.log('app');");
      server = await startTestServer({ clientDir });
    });
    afterAll(async () => {
      await server.close();
      await rm(clientDir, { recursive: true, force: true });
    });

    it("GET / → 200 with index.html", async () => {
      const response = await server.request("/");
      expect(response.status).toBe(200);
      expect(response.text).toContain("<title>ChipGraph</title>");
    });

    it("GET /assets/app.js → 200 with the asset", async () => {
      const response = await server.request("/assets/app.js");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("javascript");
    });

    it("GET /node/japan → 200 with index.html, so client-side routes survive a reload", async () => {
      const response = await server.request("/node/japan");
      expect(response.status).toBe(200);
      expect(response.text).toContain("<title>ChipGraph</title>");
    });

    it("GET /assets/missing.js → 404 not_found rather than index.html", async () => {
      expectError(await server.request("/assets/missing.js"), 404, "not_found");
    });

    it("GET /api/unknown → 404 JSON, never index.html", async () => {
      expectError(await server.request("/api/unknown"), 404, "not_found");
    });
  });

  describe("when the client is not built", () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer()));
    afterAll(async () => server.close());

    it("GET / → a page saying to run npm run build", async () => {
      const response = await server.request("/");
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(response.text).toContain("npm run build");
    });

    it("POST / → 404 not_found", async () => {
      expectError(await server.request("/", { method: "POST" }), 404, "not_found");
    });
  });
});
