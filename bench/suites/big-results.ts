// Benchmark g: GET /api/export streamed (the server's route) vs the eager export it replaced; the console's capped reads.
import { get } from "node:http";
import os from "node:os";
import path from "node:path";
import express from "express";
import neo4j from "neo4j-driver";
import { createApp } from "../../server/app.js";
import { silentLogger } from "../../server/logger.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { dataSetName, memoryStoreFor, type DataSet } from "../lib/graphs.js";
import { listen } from "../lib/http.js";
import { BENCH_NEO4J_URI, openNeo4j } from "../lib/neo4j.js";
import { compare, Recorder } from "../lib/result.js";
import { now } from "../lib/stats.js";
import type { BenchContext, Suite } from "../lib/suite.js";
import { ensureNeo4jData } from "./neo4j-data.js";

const gc = () => (globalThis.gc as (() => void) | undefined)?.();
const heap = () => process.memoryUsage().heapUsed;

export const bigResultsSuite: Suite = {
  name: "big-results",
  title: "Big results: GET /api/export streamed vs eager, and the Cypher console's row cap",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    const d: DataSet = { kind: "ba", edges: ctx.quick ? 10_000 : 1_000_000 };
    rec.data.push(dataSetName(d));
    await exportRows(rec, await memoryStoreFor(d), `memory, ${dataSetName(d)}`);
    if (!ctx.neo4j) {
      rec.note(`Neo4j rows not run: no Neo4j answered at ${BENCH_NEO4J_URI}`);
      return rec.finish();
    }
    // The same graph in Neo4j (loaded with the project's loader unless an earlier suite left it there); the
    // export is of everything the database holds, which may include WordNet from the expand suite.
    const loadSeconds = await ensureNeo4jData(ctx.neo4j, d);
    const { counts } = await ctx.neo4j.info();
    rec.data.push(
      `Neo4j at ${BENCH_NEO4J_URI}: ${counts.nodes} nodes, ${counts.relationships} relationships` +
        (loadSeconds > 0 ? ` (${dataSetName(d)} loaded for this suite in ${Math.round(loadSeconds)} s)` : ""),
    );
    // The eager baseline reads the whole graph in one transaction, past the store's 10 s limit at this size
    // (the route pages it): both sides get a store with a 15-minute limit, so the baseline can finish.
    const patient = await openNeo4j({ applySchema: false, queryTimeoutMs: 15 * 60_000 });
    try {
      if (!patient) throw new Error(`no Neo4j at ${BENCH_NEO4J_URI}`);
      await exportRows(rec, patient, `Neo4j, ${counts.relationships} relationships`);
      rec.note(
        "Neo4j export: both sides on a store whose read transactions may last 15 minutes; with the store's default 10 s, the eager export of this graph fails with a timeout, while the streamed route reads it page by page",
      );
    } catch (err: unknown) {
      rec.note(`Neo4j export rows failed: ${String(err).split("\n")[0]}`);
    } finally {
      await patient?.close();
    }
    // 1M rows collected eagerly took minutes on the shared bench machine; --quick keeps within its time budget.
    await consoleRows(rec, ctx.neo4j, ctx.quick ? 30_000 : 300_000);
    return rec.finish();
  },
};

/** The real route (createApp) against an eager handler doing what GET /api/export did before: res.json(exportAll()). */
export async function exportRows(rec: Recorder, store: GraphStore, label: string): Promise<void> {
  // The route logs a failure after its first byte; such a failure must show in the report, not pass as a slow row.
  const logger = {
    ...silentLogger,
    error: (message: string) => rec.note(`${label}: server error: ${message}`),
  };
  const app = createApp({ store, config: { CLIENT_DIR: path.join(os.tmpdir(), "bench-no-client") }, logger });
  const eagerApp = express().get("/eager-export", async (_req, res) => {
    res.json(await store.exportAll());
  });
  const server = await listen(app);
  const eagerServer = await listen(eagerApp);
  try {
    // Throughput: whole downloads, alternating eager and streamed three times (a shared machine's load drifts
    // within minutes), each side's median; no gc sampling in the way.
    const eagerRuns: Download[] = [];
    const streamedRuns: Download[] = [];
    for (let round = 0; round < 3; round++) {
      eagerRuns.push(await download(`${eagerServer.url}/eager-export`));
      streamedRuns.push(await download(`${server.url}/api/export`));
    }
    const eager = medianRun(eagerRuns);
    const streamed = medianRun(streamedRuns);
    if (eager.bytes !== streamed.bytes)
      rec.note(
        `${label}: the streamed body (${streamed.bytes} B) differs in size from the eager one (${eager.bytes} B)`,
      );

    // Eager heap: the export object and its JSON string, live together (a floor: Express also copies the body
    // into a Buffer for the ETag, which this leaves out).
    gc();
    const base = heap();
    const data = await store.exportAll();
    const body = JSON.stringify(data);
    gc();
    const eagerLive = heap() - base;
    void body.length;
    void data.nodes.length;

    // Streamed heap: live heap after a gc at ~50 points of the download, through the route.
    const every = Math.max(4, Math.round(eager.chunks / 50));
    const sampled = await download(`${server.url}/api/export`, every);
    rec.note(
      `${label}: ${Math.round(eager.bytes / 1e6)} MB of JSON; downloads (3 each, alternating) eager ${eagerRuns.map((r) => Math.round(r.ms)).join("/")} ms, streamed ${streamedRuns.map((r) => Math.round(r.ms)).join("/")} ms; medians compared`,
    );
    rec.add(
      compare(
        {
          subject: `GET /api/export streamed, peak heap, ${label}`,
          baseline: "eager exportAll + JSON.stringify (the route before)",
          metric: "peak live heap",
          unit: "MB",
          value: sampled.peak / 1e6,
          baselineValue: eagerLive / 1e6,
        },
        { text: "≤ 0.25× eager", check: (c) => c.ratio <= 0.25 },
      ),
    );
    rec.add(
      compare(
        {
          subject: `GET /api/export streamed, throughput, ${label}`,
          baseline: "eager res.json(exportAll()) over HTTP",
          metric: "MB/s",
          unit: "MB/s",
          value: streamed.bytes / 1e6 / (streamed.ms / 1000),
          baselineValue: eager.bytes / 1e6 / (eager.ms / 1000),
        },
        { text: "≥ 0.9× eager (≤ 10% loss)", check: (c) => c.ratio >= 0.9 },
      ),
    );
  } finally {
    await server.close();
    await eagerServer.close();
  }
}

/**
 * Downloads `url`, discarding the body. With `sampleEvery`, every that-many chunks a full gc runs and the
 * live heap above the start is read: server and client share this process, so that is the route's footprint.
 */
async function download(url: string, sampleEvery?: number) {
  gc();
  const base = heap();
  const t = now();
  let bytes = 0;
  let chunks = 0;
  let peak = 0;
  await new Promise<void>((resolve, reject) => {
    // A fresh connection, closed after the body: no idle keep-alive socket outlives the download (an idle one
    // reset by its server surfaced as an uncaught ECONNRESET in an earlier run).
    const req = get(url, { agent: false, headers: { connection: "close" } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${url}: HTTP ${res.statusCode}`));
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (sampleEvery && chunks % sampleEvery === 0) {
          gc();
          peak = Math.max(peak, heap() - base);
        }
        chunks++;
      });
      res.on("end", resolve);
      res.on("error", reject);
    });
    req.on("error", reject);
    req.on("socket", (socket) => socket.on("error", reject));
  });
  return { bytes, chunks, ms: now() - t, peak };
}

type Download = Awaited<ReturnType<typeof download>>;

/** The run with the median duration (of an odd number of runs). */
function medianRun(runs: readonly Download[]): Download {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

/** The console's capped read of a `rows`-row query vs collecting all of it, as a console without the cap would. */
export async function consoleRows(rec: Recorder, store: Neo4jStore, rows: number): Promise<void> {
  const query = `UNWIND range(1, ${rows}) AS i RETURN i, 'row ' + toString(i) AS label`;
  const sampler = () => {
    gc();
    const base = heap();
    let peak = 0;
    const timer = setInterval(() => {
      gc();
      peak = Math.max(peak, heap() - base);
    }, 100);
    return () => {
      clearInterval(timer);
      gc();
      return Math.max(peak, heap() - base);
    };
  };
  let stop = sampler();
  let t = now();
  const capped = await store.cypher.run({ query, params: {}, limit: 1_000, mode: "read" });
  const cappedMs = now() - t;
  const cappedPeak = stop();
  void capped.rows.length;

  const session = store.connection.driver.session({ defaultAccessMode: neo4j.session.READ });
  stop = sampler();
  t = now();
  try {
    const all = await session.run(query);
    const eagerPeak = stop();
    const eagerMs = now() - t;
    void all.records.length;
    rec.note(
      `console: capped read of ${rows} rows ${Math.round(cappedMs)} ms, eager collect ${Math.round(eagerMs)} ms`,
    );
    rec.add(
      compare(
        {
          subject: `Cypher console, ${rows}-row query capped at 1,000 rows, peak heap`,
          baseline: "the same query collected whole (session.run → records)",
          metric: "peak live heap (gc every 100 ms)",
          unit: "MB",
          value: cappedPeak / 1e6,
          baselineValue: eagerPeak / 1e6,
        },
        { text: "≤ 0.25× eager", check: (c) => c.ratio <= 0.25 },
      ),
    );
  } finally {
    await session.close();
  }
}
