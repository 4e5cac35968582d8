// Export → import round trips into an empty Neo4j: the seed as JSON (identical graph), Les Misérables, idempotence.
import { afterAll, beforeAll, expect, it } from "vitest";
import { importGraph } from "../../../../server/domain/import/run-import.js";
import type { ImportInput } from "../../../../server/domain/import/read-input.js";
import { loadSeed } from "../../../../seed/load-seed.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import type { Neo4jStore } from "../../../../server/store/neo4j/neo4j-store.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";
import { MISERABLES, miserablesGexf, miserablesGraphml } from "./third-party-graphs.js";

const who = { who: "test" };
const file = (name: string, text: string) => ({ name, data: Buffer.from(text) });

describeNeo4j("import round trips (Neo4j store)", () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await connectedTestStore();
  }, 90_000);
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it("re-imports the exported seed into an empty database as an identical graph, three times over", async () => {
    await store.clear();
    const exported = await (await createMemoryStore(await loadSeed())).exportAll();
    const input: ImportInput = { format: "json", file: file("seed.json", JSON.stringify(exported)) };
    const first = await importGraph(store, input, who, { dryRun: false, batchSize: 20 });
    expect(first.applied?.nodes.created).toBe(48);
    const after = await store.exportAll();
    expect(after.nodes).toEqual(exported.nodes);
    expect(after.edges).toEqual(exported.edges);
    expect(after.sources.filter((s) => s.id !== first.source.id)).toEqual(exported.sources);
    for (let i = 0; i < 2; i++) {
      const again = await importGraph(store, input, who, { dryRun: false, batchSize: 20 });
      expect(again.applied).toEqual({
        nodes: { created: 0, updated: 0, unchanged: 48 },
        edges: { created: 0, updated: 0, unchanged: 83 },
        sources: { created: 0, updated: 0, unchanged: exported.sources.length + 1 },
      });
    }
    expect(await store.exportAll()).toEqual(after);
  }, 120_000);

  it("imports GEXF and GraphML of Les Misérables into the same graph as the memory store does", async () => {
    for (const [format, text] of [
      ["gexf", miserablesGexf()],
      ["graphml", miserablesGraphml()],
    ] as const) {
      await store.clear();
      const memory = await createMemoryStore();
      const input: ImportInput = { format, file: file(`lesmis.${format}`, text) };
      const now = new Date("2026-01-01T00:00:00Z");
      await importGraph(memory, input, { who: "t", now }, { dryRun: false });
      await importGraph(store, input, { who: "t", now }, { dryRun: false, batchSize: 50 });
      const graph = await store.exportAll();
      expect(graph.nodes).toHaveLength(MISERABLES.nodes.length);
      expect(graph).toEqual(await memory.exportAll());
    }
  }, 120_000);
});
