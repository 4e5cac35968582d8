// Benchmark f: the memory store's cold start from its DATA_DIR snapshot vs a plain graphology JSON export/import.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import type { MemoryGraphStore } from "../../server/store/memory/memory-store.js";
import { createPersistentMemoryStore } from "../../server/store/memory/persist.js";
import { writeSnapshot } from "../../server/store/memory/snapshot.js";
import { dataSetName, dropMemoryStores, memoryStoreFor, type DataSet } from "../lib/graphs.js";
import { compare, Recorder } from "../lib/result.js";
import { now } from "../lib/stats.js";
import type { BenchContext, Suite } from "../lib/suite.js";

export const startupSuite: Suite = {
  name: "startup",
  title: "Memory store cold start",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    const d: DataSet = { kind: "ba", edges: ctx.quick ? 10_000 : 1_000_000 };
    rec.data.push(dataSetName(d));
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-startup-"));
    try {
      dropMemoryStores();
      let store: MemoryGraphStore | undefined = await memoryStoreFor(d);
      // The search index is built on the first search; build it now so the store's heap counts it.
      await store.search("a", { limit: 1 });
      // A deep copy (strings included), so that dropping the store below frees its strings too.
      const state = structuredClone(await store.exportState());
      await writeSnapshot(dir, state);
      // The store's heap is what dropping it frees (measured below), not the growth while building it:
      // a store an earlier suite left behind may be collected meanwhile and make that growth negative.
      globalThis.gc?.();
      const withStore = process.memoryUsage().heapUsed;
      // The baseline: the same nodes and edges in a plain graphology graph, no validation, no index.
      const plain = new MultiDirectedGraph();
      globalThis.gc?.();
      const heapBeforePlain = process.memoryUsage().heapUsed;
      {
        // Own copies of every string and attribute object, as the store holds: a graph built from
        // `state` itself would share its id and name strings with it and so look smaller than it is.
        const own = JSON.parse(JSON.stringify(state.graph)) as typeof state.graph;
        for (const n of own.nodes)
          plain.addNode(n.id, { type: n.type, name: n.name, aliases: n.aliases, properties: n.properties });
        for (const e of own.edges)
          plain.addEdgeWithKey(e.id, e.source, e.target, {
            type: e.type,
            properties: e.properties,
            evidence: e.evidence,
          });
      }
      // Memory per edge: the store vs a plain graphology graph holding the same attributes (both held now).
      globalThis.gc?.();
      const withPlain = process.memoryUsage().heapUsed;
      const plainBytes = globalThis.gc ? withPlain - heapBeforePlain : Number.NaN;
      plain.clear();
      for (const n of state.graph.nodes)
        plain.addNode(n.id, { type: n.type, name: n.name, aliases: n.aliases, properties: n.properties });
      for (const e of state.graph.edges)
        plain.addEdgeWithKey(e.id, e.source, e.target, {
          type: e.type,
          properties: e.properties,
          evidence: e.evidence,
        });
      const plainFile = path.join(dir, "plain.json");
      await writeFile(plainFile, JSON.stringify(plain.export()));
      plain.clear();
      dropMemoryStores();
      store = undefined;
      globalThis.gc?.();
      const storeBytes = withStore - process.memoryUsage().heapUsed;
      rec.add(
        compare({
          subject: `memory store heap per edge, ${dataSetName(d)}`,
          baseline: "plain graphology MultiDirectedGraph, same attributes",
          metric: "bytes/edge",
          unit: "B/edge",
          value: storeBytes / state.graph.edges.length,
          baselineValue: plainBytes / state.graph.edges.length,
        }),
      );

      const heapBeforeRestore = process.memoryUsage().heapUsed;
      let t = now();
      const restored = await createPersistentMemoryStore({ dataDir: dir });
      const snapshotMs = now() - t;
      const counts = (await restored.info()).counts;
      await restored.search("a", { limit: 1 }); // builds the search index, so the heap below counts it
      globalThis.gc?.();
      const restoredBytes = process.memoryUsage().heapUsed - heapBeforeRestore;
      const heapBeforeImport = process.memoryUsage().heapUsed;
      t = now();
      const imported = MultiDirectedGraph.from(
        JSON.parse(await readFile(plainFile, "utf8")) as ReturnType<MultiDirectedGraph["export"]>,
      );
      const plainMs = now() - t;
      globalThis.gc?.();
      const importedBytes = process.memoryUsage().heapUsed - heapBeforeImport;
      if (globalThis.gc)
        rec.add(
          compare({
            subject: `memory store heap per edge, restored from its snapshot (search index built), ${dataSetName(d)}`,
            baseline: "plain JSON file → JSON.parse → Graph.from (graphology import)",
            metric: "bytes/edge",
            unit: "B/edge",
            value: restoredBytes / counts.relationships,
            baselineValue: importedBytes / imported.size,
          }),
        );
      if (imported.size !== counts.relationships)
        rec.note(`edge counts differ: ${imported.size} vs ${counts.relationships}`);
      rec.add(
        compare(
          {
            subject: `cold start from DATA_DIR snapshot, ${dataSetName(d)}`,
            baseline: "plain JSON file → JSON.parse → Graph.from (graphology import)",
            metric: "time",
            unit: "ms",
            value: snapshotMs,
            baselineValue: plainMs,
          },
          { text: "≤ 0.25× plain JSON import", check: (c) => c.ratio <= 0.25 },
        ),
      );
      rec.note(
        "the snapshot (server/store/memory/snapshot.ts, format 2) is columnar JSON, checksummed, restored in bulk without re-validation; both sides then pay graphology's addNode/addEdgeWithKey per item",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return rec.finish();
  },
};
