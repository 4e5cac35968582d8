// Benchmark g: peak heap of the eager whole-graph export (what GET /api/export does) vs a streamed one.
import { Writable } from "node:stream";
import { compareIds } from "../../server/domain/ordering.js";
import { readEdge, readNode, type MemoryGraph } from "../../server/store/memory/graph-types.js";
import { dataSetName, memoryStoreFor, type DataSet } from "../lib/graphs.js";
import { compare, Recorder } from "../lib/result.js";
import { now } from "../lib/stats.js";
import type { BenchContext, Suite } from "../lib/suite.js";

const gc = () => (globalThis.gc as (() => void) | undefined)?.();
const heap = () => process.memoryUsage().heapUsed;

export const bigResultsSuite: Suite = {
  name: "big-results",
  title: "Whole-graph export: eager vs streamed (memory store)",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    const d: DataSet = { kind: "ba", edges: ctx.quick ? 10_000 : 1_000_000 };
    rec.data.push(dataSetName(d));
    const store = await memoryStoreFor(d);
    const graph = (store as unknown as { graph: MemoryGraph }).graph;

    // Eager, as res.json(await exportAll()) does: the export object and its JSON string live together.
    gc();
    let base = heap();
    const t = now();
    const data = await store.exportAll();
    const body = JSON.stringify(data);
    const eagerPeak = heap() - base;
    await writeAll(sink(), [body]);
    const eagerMs = now() - t;
    const bytes = Buffer.byteLength(body);

    // Live heap (after gc) while both are held: what the eager path needs at once.
    gc();
    const eagerLive = heap() - base;
    void data.nodes.length;

    // Streamed: timed once without gc, then again reading the live heap after a gc at every `every`-th write (~50 readings: a full gc on a GB heap is slow).
    const t0 = now();
    await streamExport(graph, store, () => undefined);
    const streamMs = now() - t0;
    gc();
    base = heap();
    let streamPeak = 0;
    let flushes = 0;
    const every = Math.max(8, Math.round(bytes / 65_536 / 50));
    await streamExport(graph, store, () => {
      if (flushes++ % every !== 0) return;
      gc();
      streamPeak = Math.max(streamPeak, heap() - base);
    });
    rec.note(
      `eager heap growth before any gc: ${Math.round(eagerPeak / 1e6)} MB; live after gc: ${Math.round(eagerLive / 1e6)} MB`,
    );

    rec.add(
      compare(
        {
          subject: `streamed export peak heap, ${dataSetName(d)}`,
          baseline: "eager exportAll + JSON.stringify (today's GET /api/export)",
          metric: "peak live heap",
          unit: "MB",
          value: streamPeak / 1e6,
          baselineValue: eagerLive / 1e6,
        },
        { text: "≤ 0.25× eager", check: (c) => c.ratio <= 0.25 },
      ),
    );
    rec.add(
      compare(
        {
          subject: `streamed export throughput, ${dataSetName(d)}`,
          baseline: "eager export throughput",
          metric: "MB/s",
          unit: "MB/s",
          value: bytes / 1e6 / (streamMs / 1000),
          baselineValue: bytes / 1e6 / (eagerMs / 1000),
        },
        { text: "≥ 0.9× eager (≤ 10% loss)", check: (c) => c.ratio >= 0.9 },
      ),
    );
    rec.note(
      "the streamed export is a prototype in this benchmark (the server has none yet); the sorted id arrays are its main remaining cost and are included in its peak",
    );
    return rec.finish();
  },
};

/** The whole graph as JSON, one item at a time in ~64 KB writes honouring back-pressure; `onFlush` sees each write. */
async function streamExport(
  graph: MemoryGraph,
  store: { sources(): Promise<unknown> },
  onFlush: () => void,
): Promise<void> {
  const out = sink();
  let buffer = '{"nodes":[';
  const flush = async (force = false) => {
    if (!force && buffer.length < 65_536) return;
    onFlush();
    if (!out.write(buffer)) await new Promise((r) => out.once("drain", r));
    buffer = "";
  };
  const nodeIds = graph.nodes().sort(compareIds);
  for (let i = 0; i < nodeIds.length; i++) {
    buffer += (i ? "," : "") + JSON.stringify(readNode(graph, nodeIds[i]!));
    await flush();
  }
  buffer += '],"edges":[';
  const edgeIds = graph.edges().sort(compareIds);
  for (let i = 0; i < edgeIds.length; i++) {
    buffer += (i ? "," : "") + JSON.stringify(readEdge(graph, edgeIds[i]!));
    await flush();
  }
  buffer += `],"sources":${JSON.stringify(await store.sources())}}`;
  await flush(true);
  await new Promise<void>((resolve) => out.end(resolve));
}

/** A sink that discards what it is given, asynchronously, like a fast socket. */
function sink(): Writable {
  return new Writable({ highWaterMark: 1 << 20, write: (_chunk, _enc, cb) => setImmediate(cb) });
}

async function writeAll(out: Writable, parts: string[]): Promise<void> {
  for (const p of parts) if (!out.write(p)) await new Promise((r) => out.once("drain", r));
  await new Promise<void>((resolve) => out.end(resolve));
}
