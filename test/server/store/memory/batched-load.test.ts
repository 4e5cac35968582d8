// The memory store's batched load: other requests run between batches, and one that removes an end is caught.
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";

describe("a memory store loading in batches", () => {
  it("lets a read run between two batches, seeing the first batch written and the second not yet", async () => {
    const store = await createMemoryStore();
    let seenBetween: number | undefined;
    let read: Promise<void> | undefined;
    await store.load(fixtureGraph(), {
      batchSize: 5,
      onProgress: ({ done }) => {
        if (done === 1) read = store.info().then((info) => void (seenBetween = info.counts.nodes));
      },
    });
    await read;
    expect(seenBetween).toBe(5);
    expect((await store.info()).counts).toEqual({ nodes: 12, relationships: 17 });
  });

  it("refuses an edge batch whole when a write between batches removed one of its ends", async () => {
    const store = await createMemoryStore();
    const graph = fixtureGraph();
    const [firstEdge] = graph.edges;
    const load = store.load(graph, {
      batchSize: 5,
      onProgress: ({ done }) => {
        // After the node and source batches, before the first edge batch.
        if (done === 4) void store.applyChanges({ removeNodes: [firstEdge!.source] });
      },
    });
    await expect(load).rejects.toMatchObject({
      code: "invalid_argument",
      message: expect.stringMatching(new RegExp(`edge "${firstEdge!.id}" .* while the load ran`)),
    });
    expect(await store.getNode(firstEdge!.source)).toBeNull();
    expect((await store.info()).counts).toEqual({ nodes: 11, relationships: 0 });
  });
});
