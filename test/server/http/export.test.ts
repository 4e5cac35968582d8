// GET /api/export streamed: the eager path's exact bytes, back-pressure, a stop on disconnect, no fake complete body.
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../server/domain/errors.js";
import type { GraphNode } from "../../../server/domain/model.js";
import type { LogFields, Logger } from "../../../server/logger.js";
import type { ExportPage, GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";
import { pagedGraph } from "../store/contract/export-stream.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A memory store whose exportStream is replaced by `pages`, everything else answered by the real store. */
async function storeStreaming(pages: () => AsyncIterable<ExportPage>): Promise<GraphStore> {
  const real = await createMemoryStore(fixtureGraph());
  return Object.assign(Object.create(real) as GraphStore, { exportStream: pages });
}

const node = (i: number): GraphNode => ({
  id: `n${String(i).padStart(9, "0")}`,
  type: "Company",
  name: `Company number ${i}, padded so that each item is a good hundred bytes long`,
  aliases: [],
  properties: {},
});

/** Nodes `from` up to `to` as one page of the export. */
const nodePage = (from: number, to: number): ExportPage =>
  Array.from({ length: to - from }, (_, i) => ({ kind: "node", value: node(from + i) }));

/** Records error lines so a test can see what the server logged. */
function recordingLogger(lines: { message: string; fields?: LogFields }[]): Logger {
  const noop = () => undefined;
  return { debug: noop, info: noop, warn: noop, error: (message, fields) => lines.push({ message, fields }) };
}

describe("GET /api/export (streamed)", () => {
  it("GET /api/export → the same bytes as JSON.stringify of exportAll, across many chunks", async () => {
    const store = await createMemoryStore(pagedGraph(3_000));
    server = await startTestServer({ store });
    const response = await server.request("/api/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const eager = JSON.stringify(await store.exportAll());
    expect(eager.length).toBeGreaterThan(4 * 64 * 1024); // several chunks
    expect(response.text).toBe(eager);
  });

  it("GET /api/export → the same bytes as the eager path for the fixture graph, with empty sections too", async () => {
    server = await startTestServer();
    expect((await server.request("/api/export")).text).toBe(JSON.stringify(await server.store.exportAll()));
    await server.store.clear();
    expect((await server.request("/api/export")).text).toBe('{"nodes":[],"edges":[],"sources":[]}');
  });

  it("GET /api/export → stops reading the store when the client disconnects mid-stream", async () => {
    const total = 5_000_000;
    let pulled = 0;
    let finished = false;
    const store = await storeStreaming(async function* () {
      try {
        for (let i = 0; i < total; i += 100) {
          pulled += 100;
          yield nodePage(i, i + 100);
        }
      } finally {
        finished = true;
      }
    });
    server = await startTestServer({ store });
    // Read the first piece of the body, then hang up.
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${server!.baseUrl}/api/export`, (res) => {
        expect(res.statusCode).toBe(200);
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", (err) => (req.destroyed ? undefined : reject(err)));
      req.end();
    });
    await expect.poll(() => finished, { timeout: 10_000 }).toBe(true);
    const atStop = pulled;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulled).toBe(atStop); // nothing read after the stop
    expect(pulled).toBeLessThan(total / 10); // back-pressure held the store to what the socket buffers took
  });

  it("GET /api/export → cuts the connection and logs when the store fails mid-stream, never a complete-looking body", async () => {
    const lines: { message: string; fields?: LogFields }[] = [];
    const store = await storeStreaming(async function* () {
      for (let i = 0; i < 20_000; i += 1_000) yield nodePage(i, i + 1_000);
      throw new Error("disk on fire");
    });
    server = await startTestServer({ store, logger: recordingLogger(lines) });
    const response = await fetch(`${server.baseUrl}/api/export`);
    expect(response.status).toBe(200); // the status was on the wire before the failure
    await expect(response.text()).rejects.toThrow(); // an aborted transfer, not an end of body
    expect(lines).toEqual([
      {
        message: "GET /api/export: failed after the response began; the connection is cut",
        fields: { error: "disk on fire" },
      },
    ]);
  });

  it("GET /api/export → 503 with an error body when the store fails before the first byte", async () => {
    const store = await storeStreaming(async function* () {
      yield* [];
      throw new StoreUnavailableError("Neo4jStore.exportStream: the database is unavailable");
    });
    server = await startTestServer({ store });
    expectError(await server.request("/api/export"), 503, "store_unavailable", "unavailable");
  });

  it("GET /api/export?format=graphml → 400 naming format before anything is read", async () => {
    let pulled = 0;
    const store = await storeStreaming(async function* () {
      pulled++;
      yield* [];
    });
    server = await startTestServer({ store });
    expectError(await server.request("/api/export?format=graphml"), 400, "invalid_argument", "format");
    expect(pulled).toBe(0);
  });
});
