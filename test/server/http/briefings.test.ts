// /api/briefings over a real server on the seed: formats, errors naming the parameter, sets, saved queries, PDF.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath } from "../../../server/domain/briefing/pdf.js";
import { loadSeed } from "../../../seed/load-seed.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

const JSON_POST = { method: "POST", headers: { "content-type": "application/json" } };

describe("/api/briefings", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ data: await loadSeed() });
  });
  afterAll(() => server.close());

  it("GET /api/briefings/:id → a self-contained HTML page by default, with no scripts", async () => {
    const res = await server.request("/api/briefings/tsmc");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'self'"); // the client's preview
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN"); // a page: helmet's document headers
    expect(res.text).toMatch(/^<!doctype html>/);
    expect(res.text).toContain("<h1>TSMC</h1>");
    expect(res.text).toContain("<svg");
    expect(res.text).toContain("@media print");
    expect(res.text).not.toMatch(/<script|<link\b|src="http|href="http/i);
  });

  it("GET /api/briefings/:id?format=md → Markdown with the figure as a data URI", async () => {
    const res = await server.request("/api/briefings/japan?format=md");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(res.text).toMatch(/^# Briefing: Japan\n/);
    expect(res.text).toContain("](data:image/svg+xml;base64,");
  });

  it("GET /api/briefings/:id?format=json → the structured briefing, with since and focus applied", async () => {
    const res = await server.request("/api/briefings/tsmc?format=json&since=2023&focus=japan,netherlands");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "entity",
      title: "TSMC",
      since: "2023",
      focus: ["japan", "netherlands"],
    });
    expect(res.body.changes.entries.length).toBeGreaterThan(0);
    expect(res.body.references.length).toBe(res.body.counts.sources);
  });

  it("GET /api/briefings/:id → 404 when the entity does not exist", async () => {
    expectError(await server.request("/api/briefings/atlantis?format=json"), 404, "not_found", "atlantis");
  });

  it.each([
    ["format=docx", "format"],
    ["since=last-week", "since"],
    ["since=2023-02-30", "since"],
    ["focus=japan,,china", "focus"],
    ["focus=atlantis", "focus"],
  ])("GET /api/briefings/:id?%s → 400 naming %s", async (query, parameter) => {
    const res = await server.request(`/api/briefings/tsmc?${query}`);
    expectError(res, 400, "invalid_argument", parameter);
    expect(res.body.error.details).toMatchObject({ parameter });
  });

  it("POST /api/briefings {ids} → a briefing on the set and the subgraph around it", async () => {
    const res = await server.request("/api/briefings?format=json", {
      ...JSON_POST,
      body: JSON.stringify({ ids: ["japan", "tsmc"] }),
    });
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe("set");
    expect(res.body.subjects.map((s: { id: string }) => s.id)).toEqual(["japan", "tsmc"]);
  });

  it("POST /api/briefings → 404 for an unknown id in the set and 400 for a body without ids or query", async () => {
    expectError(
      await server.request("/api/briefings", {
        ...JSON_POST,
        body: JSON.stringify({ ids: ["japan", "atlantis"] }),
      }),
      404,
      "not_found",
      "atlantis",
    );
    expectError(
      await server.request("/api/briefings", { ...JSON_POST, body: JSON.stringify({ names: ["japan"] }) }),
      400,
      "invalid_argument",
      "body",
    );
    expectError(
      await server.request("/api/briefings", { ...JSON_POST, body: JSON.stringify({ ids: "japan" }) }),
      400,
      "invalid_argument",
      "ids",
    );
  });

  it("POST /api/briefings {query} → 501 cypher_unavailable on the embedded store, saying to start Neo4j", async () => {
    const res = await server.request("/api/briefings", {
      ...JSON_POST,
      body: JSON.stringify({ query: "who-funds-whom" }),
    });
    expectError(res, 501, "cypher_unavailable", "Neo4j");
  });

  const chromium = chromiumPath();
  if (chromium) {
    it("GET /api/briefings/:id?format=pdf → application/pdf starting with %PDF", async () => {
      const response = await fetch(`${server.baseUrl}/api/briefings/tsmc?format=pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    });
  } else if (process.env.CI === "true") {
    it("needs Chromium for the PDF test in CI", () => {
      throw new Error(
        `Chromium not found (CHROMIUM_PATH or /usr/bin/chromium); PDF briefings cannot be tested`,
      );
    });
  } else {
    console.warn("\n⚠ Skipping the PDF briefing test: no Chromium at CHROMIUM_PATH or /usr/bin/chromium.\n");
    it("GET /api/briefings/:id?format=pdf → 501 not_implemented without Chromium", async () => {
      expect(existsSync("/usr/bin/chromium")).toBe(false);
      expectError(await server.request("/api/briefings/tsmc?format=pdf"), 501, "not_implemented", "Chromium");
    });
  }
});
