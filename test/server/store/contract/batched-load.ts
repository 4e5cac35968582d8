// Contract: #load with options writes in batches, reports each one, and stops between batches when cancelled.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadBatchCount, loadBatches } from "../../../../server/domain/load-batches.js";
import type { LoadProgress } from "../../../../server/store/graph-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

/** 12 nodes, 2 sources, 17 edges in batches of 5: 3 node batches, 1 source batch, 4 edge batches. */
const BATCH = 5;
const TOTAL = 8;

export function describeBatchedLoad(store: StoreRef): void {
  describe("#load in batches", () => {
    beforeEach(async () => {
      await store().clear();
    });
    afterAll(async () => {
      await store().clear();
      await store().load(fixtureGraph()); // the fixture, whole, as the next contract section expects
    });

    it("reports every batch in order, and writes what a one-step load writes", async () => {
      expect(loadBatchCount(fixtureGraph(), BATCH)).toBe(TOTAL);
      const progress: LoadProgress[] = [];
      const report = await store().load(fixtureGraph(), {
        batchSize: BATCH,
        onProgress: (p) => progress.push(p),
      });
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((done) => ({ done, total: TOTAL })));
      expect(report).toEqual({
        nodes: { created: 12, updated: 0, unchanged: 0 },
        edges: { created: 17, updated: 0, unchanged: 0 },
        sources: { created: 2, updated: 0, unchanged: 0 },
      });
      const batched = await store().exportAll();
      await store().clear();
      await store().load(fixtureGraph());
      expect(batched).toEqual(await store().exportAll());
    });

    it("reports every batch of a load over stored data too, where each item is compared", async () => {
      await store().load(fixtureGraph());
      let done = 0;
      const report = await store().load(fixtureGraph(), {
        batchSize: BATCH,
        onProgress: (p) => (done = p.done),
      });
      expect(done).toBe(TOTAL);
      expect(report.nodes).toEqual({ created: 0, updated: 0, unchanged: 12 });
      expect(report.edges).toEqual({ created: 0, updated: 0, unchanged: 17 });
    });

    it("stops once the signal aborts: the batches reported are stored whole, no later one is", async () => {
      const cancel = new AbortController();
      let done = 0;
      const report = await store().load(fixtureGraph(), {
        batchSize: BATCH,
        signal: cancel.signal,
        onProgress: (p) => {
          done = p.done;
          if (p.done === 1) cancel.abort();
        },
      });
      // A store may finish the batches it had already started (Neo4j keeps two in flight), never more.
      expect(done).toBeGreaterThanOrEqual(1);
      expect(done).toBeLessThan(TOTAL);
      const written = [...loadBatches(fixtureGraph(), BATCH)].slice(0, done);
      const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
      const stored = await store().exportAll();
      expect(ids(stored.nodes)).toEqual(ids(written.flatMap((b) => b.nodes)));
      expect(ids(stored.edges)).toEqual(ids(written.flatMap((b) => b.edges)));
      expect(report.nodes.created).toBe(stored.nodes.length);
    });

    it("upserts correctly when told the ids are new but one is stored after all", async () => {
      const graph = fixtureGraph();
      const [first] = graph.nodes;
      await store().load({ nodes: [{ ...first!, name: "Stored Before" }], edges: [], sources: [] });
      const report = await store().load(graph, { batchSize: BATCH, idsAreNew: true });
      expect(report.nodes).toEqual({ created: 11, updated: 1, unchanged: 0 });
      expect(report.edges.created).toBe(17);
      expect((await store().getNode(first!.id))!.name).toBe(first!.name);
      expect((await store().info()).counts).toEqual({ nodes: 12, relationships: 17 });
    });

    it("writes nothing when the signal has aborted before the load starts", async () => {
      const progress: LoadProgress[] = [];
      const report = await store().load(fixtureGraph(), {
        batchSize: BATCH,
        signal: AbortSignal.abort(),
        onProgress: (p) => progress.push(p),
      });
      expect(progress).toEqual([]);
      expect(report.nodes.created + report.edges.created + report.sources.created).toBe(0);
      expect((await store().info()).counts).toEqual({ nodes: 0, relationships: 0 });
    });
  });
}
