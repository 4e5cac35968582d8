// POST /api/import over real HTTP: dry run vs apply, multipart and raw bodies, NDJSON progress, 413 and format errors.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.js";
import { silentLogger } from "../../../server/logger.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { expectError, expectNoInternals, type ApiResponse } from "../../helpers/http.js";
import { miserablesGexf } from "../domain/import/third-party-graphs.js";

const NODES =
  "id:ID,type:LABEL,name,founded:int,public:boolean,tags:string[]\nacme,Company,Acme,1990,true,chips;fabs\n";
const RELS = "source:START_ID,target:END_ID,type:TYPE,amount:float\nacme,acme,SUPPLIES,1.5\n";

let server: Server;
let base: string;
let store: GraphStore;

async function call(pathAndQuery: string, init: RequestInit): Promise<ApiResponse> {
  const response = await fetch(`${base}${pathAndQuery}`, { method: "POST", ...init });
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.includes("application/json");
  return {
    status: response.status,
    headers: response.headers,
    body: isJson ? JSON.parse(text) : undefined,
    text,
  };
}

function csvForm(nodes = NODES, rels = RELS): FormData {
  const form = new FormData();
  form.set("nodes", new Blob([nodes], { type: "text/csv" }), "nodes.csv");
  form.set("relationships", new Blob([rels], { type: "text/csv" }), "relationships.csv");
  return form;
}

beforeAll(async () => {
  store = await createMemoryStore(fixtureGraph());
  const config = { CLIENT_DIR: path.join(os.tmpdir(), "no-client"), IMPORT_MAX_BYTES: 200_000 };
  server = createServer(createApp({ store, config, logger: silentLogger }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("POST /api/import", () => {
  it("POST /api/import?dryRun=true → 200 with what would be created, and writes nothing", async () => {
    const before = await store.exportAll();
    const res = await call("/api/import?dryRun=true", { body: csvForm() });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      file: "nodes.csv + relationships.csv",
      summary: {
        nodes: { created: 1, updated: 0, unchanged: 0 },
        edges: { created: 1 },
        sources: { created: 1 },
      },
      batches: { done: 0, total: 3 },
    });
    expect(await store.exportAll()).toEqual(before);
  });

  it("POST /api/import (multipart CSV) → applies, keeps value types and records the import as the evidence", async () => {
    const res = await call("/api/import", { body: csvForm() });
    expect(res.status, res.text).toBe(200);
    expect(res.body.applied.nodes.created).toBe(1);
    expect(await store.getNode("acme")).toMatchObject({
      type: "Company",
      properties: { founded: 1990, public: true, tags: ["chips", "fabs"] },
    });
    const edge = (await store.exportAll()).edges.find((e) => e.source === "acme")!;
    expect(edge).toMatchObject({ type: "RELATED_TO", properties: { amount: 1.5, originalType: "SUPPLIES" } });
    expect(edge.evidence).toEqual([
      {
        sourceId: res.body.source.id,
        locator: "line 2",
        note: "Imported from nodes.csv + relationships.csv",
      },
    ]);
    expect(res.body.source).toMatchObject({
      publisher: "anonymous (127.0.0.1)",
      file: "nodes.csv + relationships.csv",
    });
  });

  it("POST /api/import again with the same files → everything unchanged", async () => {
    const res = await call("/api/import", { body: csvForm() });
    expect(res.body.summary).toEqual({
      nodes: { created: 0, updated: 0, unchanged: 1 },
      edges: { created: 0, updated: 0, unchanged: 1 },
      sources: { created: 0, updated: 0, unchanged: 1 },
    });
  });

  it("POST /api/import with a raw GEXF body and Accept: NDJSON → progress lines, then the result", async () => {
    const res = await fetch(`${base}/api/import?filename=lesmis.gexf&idPrefix=lesmis:`, {
      method: "POST",
      headers: { "content-type": "application/gexf+xml", accept: "application/x-ndjson" },
      body: miserablesGexf(),
    });
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, -1)).toEqual([1, 2, 3].map((done) => ({ progress: { done, total: 3 } })));
    expect(lines.at(-1).result).toMatchObject({
      file: "lesmis.gexf",
      applied: { nodes: { created: 77 }, edges: { created: 254 } },
    });
    expect(await store.getNode("lesmis:11")).toMatchObject({ name: "Valjean", type: "Entity" });
  });

  it("POST /api/import with a CSV wrong at line 3 → 400 naming the file, line and field; nothing written", async () => {
    const before = await store.exportAll();
    const res = await call("/api/import", { body: csvForm(NODES + "b,Company,B,nineteen,false,\n") });
    expectError(res, 400, "invalid_argument", "nodes.csv line 3", "founded:int");
    expect(res.body.error.details.issues[0]).toMatchObject({
      file: "nodes.csv",
      line: 3,
      field: "founded:int",
    });
    expect(await store.exportAll()).toEqual(before);
  });

  it("POST /api/import with an upload over IMPORT_MAX_BYTES → 413", async () => {
    const big = NODES + "x".repeat(250_000);
    const res = await call("/api/import", { body: csvForm(big) });
    expectError(res, 413, "payload_too_large", "IMPORT_MAX_BYTES");
  });

  it("POST /api/import?batchSize=100 with NDJSON → one progress line per batch of 100, the same graph written", async () => {
    const res = await fetch(`${base}/api/import?filename=lesmis.gexf&idPrefix=batched:&batchSize=100`, {
      method: "POST",
      headers: { "content-type": "application/gexf+xml", accept: "application/x-ndjson" },
      body: miserablesGexf(),
    });
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // 77 nodes in one batch, the import's source in one, 254 relationships in three.
    expect(lines.slice(0, -1)).toEqual([1, 2, 3, 4, 5].map((done) => ({ progress: { done, total: 5 } })));
    expect(lines.at(-1).result).toMatchObject({
      applied: { nodes: { created: 77 }, edges: { created: 254 } },
    });
  });

  it("POST /api/import?batchSize=0, 50001, 1.5 or ten → 400 naming batchSize, nothing written", async () => {
    const before = await store.exportAll();
    for (const bad of ["0", "50001", "1.5", "ten", "-5", "1e3"]) {
      const res = await call(`/api/import?batchSize=${encodeURIComponent(bad)}`, { body: csvForm() });
      expectError(res, 400, "invalid_argument", "batchSize");
    }
    expect(await store.exportAll()).toEqual(before);
  });

  it("POST /api/import?format=xlsx → 400 naming format", async () => {
    const res = await call("/api/import?format=xlsx", { body: csvForm() });
    expectError(res, 400, "invalid_argument", "format");
  });

  it("POST /api/import with a body of no known format → 400 asking for format", async () => {
    const form = new FormData();
    form.set("file", new Blob(["a"]), "graph.bin");
    expectError(await call("/api/import", { body: form }), 400, "invalid_argument", "format");
  });

  it("POST /api/import with text/plain → 415 (a cross-site form cannot import)", async () => {
    const res = await call("/api/import", { headers: { "content-type": "text/plain" }, body: "{}" });
    expectError(res, 415, "unsupported_media_type", "Content-Type");
  });

  it("POST /api/import with malformed JSON → 400 with the line, no stack trace", async () => {
    const res = await call("/api/import?filename=g.json", {
      headers: { "content-type": "application/json" },
      body: '{"nodes": [\n}',
    });
    expectError(res, 400, "invalid_argument", "g.json line 2", "not valid JSON");
    expectNoInternals(res);
  });
});
