// watchWrites: read methods pass through bound once, writes still report themselves.
import { describe, expect, it } from "vitest";
import { watchWrites } from "../../../../server/domain/layout/write-watch.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";

describe("watchWrites", () => {
  it("hands out the same bound read method on every access, answering as the store does", async () => {
    const inner = await createMemoryStore(fixtureGraph());
    const store = watchWrites(inner, () => undefined);
    expect(store.neighbors).toBe(store.neighbors);
    const { neighbors } = store; // detached: still bound to the store
    expect(await neighbors("tsmc", { depth: 1, limit: 5, direction: "both" })).toEqual(
      await inner.neighbors("tsmc", { depth: 1, limit: 5, direction: "both" }),
    );
  });

  it("binds a replaced method afresh", async () => {
    const inner = await createMemoryStore(fixtureGraph());
    const store = watchWrites(inner, () => undefined);
    const before = store.getNode;
    Object.assign(inner, { getNode: async () => null });
    expect(store.getNode).not.toBe(before);
    expect(await store.getNode("tsmc")).toBeNull();
  });

  it("still reports each write, and only writes", async () => {
    let writes = 0;
    const store = watchWrites(await createMemoryStore(fixtureGraph()), () => writes++);
    await store.getNode("tsmc");
    await store.load({ nodes: [], edges: [], sources: [] });
    expect(writes).toBe(1);
  });
});
