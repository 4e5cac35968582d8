// Export → import round trips into an empty memory store: the seed as JSON, Les Misérables as GEXF and GraphML.
import { describe, expect, it } from "vitest";
import { importGraph } from "../../../../server/domain/import/run-import.js";
import type { ImportInput } from "../../../../server/domain/import/read-input.js";
import { loadSeed } from "../../../../seed/load-seed.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { MISERABLES, miserablesGexf, miserablesGraphml } from "./third-party-graphs.js";

const who = { who: "test", now: new Date("2026-01-02T03:04:05Z") };
const file = (name: string, text: string) => ({ name, data: Buffer.from(text) });

describe("import round trips (memory store)", () => {
  it("re-imports the exported seed into an empty store as an identical graph", async () => {
    const seed = await createMemoryStore(await loadSeed());
    const exported = await seed.exportAll();
    const empty = await createMemoryStore();
    const input: ImportInput = { format: "json", file: file("seed.json", JSON.stringify(exported)) };
    const result = await importGraph(empty, input, who, { dryRun: false });
    const after = await empty.exportAll();
    expect(after.nodes).toEqual(exported.nodes);
    expect(after.edges).toEqual(exported.edges);
    expect(after.sources.filter((s) => s.id !== result.source.id)).toEqual(exported.sources);
    expect(result.applied?.nodes.created).toBe(48);
    expect(result.applied?.edges.created).toBe(83);
  });

  it("imports the same file three times with identical counts and an unchanged graph", async () => {
    const exported = await (await createMemoryStore(await loadSeed())).exportAll();
    const store = await createMemoryStore();
    const input: ImportInput = { format: "json", file: file("seed.json", JSON.stringify(exported)) };
    await importGraph(store, input, who, { dryRun: false });
    const first = await store.exportAll();
    const later = [];
    for (let i = 0; i < 2; i++)
      later.push(await importGraph(store, input, { who: "someone else" }, { dryRun: false }));
    for (const r of later) {
      expect(r.summary.nodes).toEqual({ created: 0, updated: 0, unchanged: 48 });
      expect(r.summary.edges).toEqual({ created: 0, updated: 0, unchanged: 83 });
      expect(r.applied?.sources.created).toBe(0);
    }
    expect(await store.exportAll()).toEqual(first);
    expect((await store.info()).counts).toEqual({ nodes: 48, relationships: 83 });
  });

  it("reads a Gephi GEXF of Les Misérables with names, typed attributes and cited edges", async () => {
    const store = await createMemoryStore();
    const result = await importGraph(
      store,
      { format: "gexf", file: file("miserables.gexf", miserablesGexf()) },
      who,
      {
        dryRun: false,
      },
    );
    const graph = await store.exportAll();
    expect(graph.nodes).toHaveLength(MISERABLES.nodes.length);
    expect(graph.edges).toHaveLength(MISERABLES.links.length);
    const valjean = graph.nodes.find((n) => n.name === "Valjean")!;
    expect(valjean).toMatchObject({ type: "Entity", properties: { group: 2 } });
    const edge = graph.edges.find((e) => e.id === "0")!;
    expect(edge).toMatchObject({ type: "RELATED_TO", source: "1", target: "0", properties: { weight: 1 } });
    expect(edge.evidence).toEqual([
      { sourceId: result.source.id, locator: 'edge "0"', note: "Imported from miserables.gexf" },
    ]);
  });

  it("reads a networkx GraphML of Les Misérables into the same graph as the GEXF", async () => {
    const gexf = await createMemoryStore();
    await importGraph(gexf, { format: "gexf", file: file("m.gexf", miserablesGexf()) }, who, {
      dryRun: false,
    });
    const graphml = await createMemoryStore();
    const result = await importGraph(
      graphml,
      { format: "graphml", file: file("m.graphml", miserablesGraphml()) },
      who,
      {
        dryRun: false,
      },
    );
    const a = await gexf.exportAll();
    const b = await graphml.exportAll();
    expect(b.nodes).toEqual(a.nodes);
    const ends = (g: typeof a) => g.edges.map((e) => [e.source, e.target, e.properties.weight]).sort();
    expect(ends(b)).toEqual(ends(a));
    expect(result.summary.edges.created).toBe(MISERABLES.links.length);
  });

  it("maps a chosen attribute to the entity type and another to the name", async () => {
    const gexf = miserablesGexf().replace('type="integer"', 'type="string"');
    const store = await createMemoryStore();
    const input: ImportInput = {
      format: "gexf",
      file: file("m.gexf", gexf.replace(/value="\d+"\/>/g, 'value="Person"/>')),
      mapping: { typeAttr: "group", idPrefix: "lesmis:" },
    };
    await importGraph(store, input, who, { dryRun: false });
    const node = await store.getNode("lesmis:11");
    expect(node).toMatchObject({ type: "Person", name: "Valjean", properties: {} });
  });
});
