// The memory store's "columns" phase: a restored store answers reads from its snapshot's columns exactly as from graphology.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../../../../server/domain/model.js";
import type { NeighborOptions } from "../../../../server/store/graph-store.js";
import { createMemoryStore, type MemoryGraphStore } from "../../../../server/store/memory/memory-store.js";
import { createPersistentMemoryStore } from "../../../../server/store/memory/persist.js";
import { writeSnapshot } from "../../../../server/store/memory/snapshot.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import { collect } from "../contract/export-stream.js";
import { describeReadContract } from "../contract/read-contract.js";
import { heldHydration, random, randomGraph } from "./held-hydration.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A persistent store restored from a snapshot of `graph`, its fill held back until `release()`. The
 * snapshot is written as the store writes it: from a store's export, so its ids are sorted.
 */
async function restoredHeld(graph: GraphExport): Promise<{ store: MemoryGraphStore; release: () => void }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-columns-"));
  dirs.push(dir);
  await writeSnapshot(dir, await (await createMemoryStore(graph)).exportState());
  const held = heldHydration();
  const store = await createPersistentMemoryStore({ dataDir: dir, hydration: held.schedule });
  return { store, release: held.release };
}

describeReadContract(
  "MemoryGraphStore in the columns phase (restored, graph not yet filled)",
  async () => {
    const { store } = await restoredHeld(fixtureGraph());
    expect(store.phase).toBe("columns");
    return store;
  },
  (store) => expect((store as MemoryGraphStore).phase, "no read waited for the graph").toBe("columns"),
);

/** Every read the columns answer, over many ids and options, as one comparable value. */
async function everyRead(store: MemoryGraphStore, graph: GraphExport, seed: number): Promise<unknown> {
  const next = random(seed);
  const nodeIds = [...graph.nodes.map((n) => n.id), "missing", ""];
  const edgeIds = [...graph.edges.map((e) => e.id), "missing"];
  const some = <T>(values: readonly T[], count: number) =>
    Array.from({ length: count }, () => values[Math.floor(next() * values.length)]!);
  const answers: unknown[] = [await store.info(), await store.schema(), await store.sources()];
  answers.push(await store.exportAll(), await collect(store));
  for (const id of nodeIds) answers.push(await store.getNode(id), await store.degree(id));
  for (const id of edgeIds) answers.push(await store.getEdge(id));
  for (let round = 0; round < 20; round++) {
    answers.push(await store.getNodes(some(nodeIds, 12)), await store.getEdges(some(edgeIds, 12)));
    const relTypes =
      next() < 0.5
        ? undefined
        : [
            ...new Set(
              some(
                graph.edges.map((e) => e.type),
                2,
              ),
            ),
          ];
    answers.push(await store.subgraph(some(nodeIds, 30), { relTypes }));
  }
  for (const limit of [1, 5, 50, 10_000]) answers.push(await store.topByDegree(limit));
  for (const id of some(nodeIds, 60)) {
    const options: NeighborOptions = {
      depth: 1 + Math.floor(next() * 3),
      limit: 1 + Math.floor(next() * 40),
      offset: next() < 0.5 ? 0 : Math.floor(next() * 30),
      direction: (["out", "in", "both"] as const)[Math.floor(next() * 3)]!,
      relTypes:
        next() < 0.6
          ? undefined
          : [
              ...new Set(
                some(
                  graph.edges.map((e) => e.type),
                  2,
                ),
              ),
            ],
      types:
        next() < 0.7
          ? undefined
          : [
              ...new Set(
                some(
                  graph.nodes.map((n) => n.type),
                  2,
                ),
              ),
            ],
    };
    answers.push(options, await store.neighbors(id, options));
  }
  return answers;
}

describe("MemoryGraphStore restored from columns", () => {
  for (const [seed, nodes, edges] of [
    [1, 40, 120],
    [2, 300, 900],
    [3, 12, 60],
  ] as const) {
    it(`answers every read from the columns exactly as it does once the graph is filled (random graph ${seed}: ${nodes} nodes, ${edges} edges)`, async () => {
      const graph = randomGraph(seed, nodes, edges);
      const { store, release } = await restoredHeld(graph);
      expect(store.phase).toBe("columns");
      const fromColumns = await everyRead(store, graph, seed);
      expect(store.phase).toBe("columns");
      release();
      await store.whenHydrated();
      expect(store.phase).toBe("graph");
      const fromGraph = await everyRead(store, graph, seed);
      expect(fromGraph).toEqual(fromColumns);
      // Byte for byte too, keys' order included: what the API serialises.
      expect(JSON.stringify(fromGraph)).toBe(JSON.stringify(fromColumns));
    });
  }

  it("gives back exactly the graph it was restored from, in the export's order", async () => {
    const graph = randomGraph(4, 50, 200);
    const { store } = await restoredHeld(graph);
    const { nodes, edges } = await store.exportAll();
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect(nodes).toEqual([...graph.nodes].sort(byId));
    expect(edges).toEqual([...graph.edges].sort(byId));
  });

  it("returns copies from the columns: mutating a result does not change the store", async () => {
    const { store } = await restoredHeld(fixtureGraph());
    const node = (await store.getNode("japan"))!;
    node.aliases.push("Mutated");
    node.properties.changed = true;
    const sub = (await store.neighbors("japan", { depth: 1, limit: 10, direction: "both" }))!;
    sub.edges[0]!.evidence.length = 0;
    sub.edges[0]!.properties.changed = true;
    expect(store.phase).toBe("columns");
    expect(await store.exportAll()).toEqual(fixtureGraph());
  });
});
