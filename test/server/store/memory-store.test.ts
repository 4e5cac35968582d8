// Runs the GraphStore contract on the memory store, plus what only an in-process store can promise.
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { describeGraphStoreContract } from "./graph-store-contract.js";

describeGraphStoreContract("MemoryGraphStore", async () => createMemoryStore());

describe("MemoryGraphStore", () => {
  it("starts loaded when created with data", async () => {
    const store = await createMemoryStore(fixtureGraph());
    expect(await store.info()).toMatchObject({ store: "memory", counts: { nodes: 12, relationships: 17 } });
    expect((await store.info()).version).toMatch(/^graphology \d+\.\d+/);
  });

  it("returns copies: mutating a result does not change the store", async () => {
    const store = await createMemoryStore(fixtureGraph());
    const node = (await store.getNode("japan"))!;
    node.name = "Mutated";
    node.aliases.push("Mutated");
    const sub = (await store.neighbors("japan", { depth: 1, limit: 10, direction: "both" }))!;
    sub.edges[0]!.evidence.length = 0;
    sub.edges[0]!.properties.changed = true;
    sub.nodes[1]!.properties.changed = true;
    expect(await store.exportAll()).toEqual(fixtureGraph());
  });

  it("does not keep references to the loaded data", async () => {
    const data = fixtureGraph();
    const store = await createMemoryStore(data);
    data.nodes[0]!.properties.changed = true;
    data.sources[0]!.title = "Changed";
    expect(await store.exportAll()).toEqual(fixtureGraph());
  });
});
