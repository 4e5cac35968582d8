// The GraphStore contract: one vitest suite that every store (memory, Neo4j) runs against the fixture graph.
import { afterAll, beforeAll, describe } from "vitest";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { describeLookups } from "./contract/lookups.js";
import { describeLookupMany } from "./contract/lookup-many.js";
import { describePaths } from "./contract/paths.js";
import { describeNeighbors } from "./contract/neighbors.js";
import { describePagingAndSubgraph } from "./contract/paging-and-subgraph.js";
import { describeCuration } from "./contract/curation.js";
import { describeSearch } from "./contract/search.js";
import { describeWrites } from "./contract/writes.js";
import { describeBatchedLoad } from "./contract/batched-load.js";
import { describeExportStream } from "./contract/export-stream.js";
import { describeTopByDegree } from "./contract/top-degree.js";

/** Gives each sub-suite the store once `beforeAll` has made it. */
export type StoreRef = () => GraphStore;

/**
 * Register the contract suite for one store implementation.
 * `makeStore` may return a store holding anything: the suite clears it and loads the fixture graph.
 * Read-only sections share one load; sections that write reload the fixture before each test.
 * @example describeGraphStoreContract("MemoryGraphStore", async () => createMemoryStore());
 */
export function describeGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | undefined;
    const ref: StoreRef = () => {
      if (!store) throw new Error("the contract store was not created (see beforeAll)");
      return store;
    };

    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      await store.load(fixtureGraph());
    });

    afterAll(async () => {
      await store?.close();
    });

    describeSearch(ref);
    describeLookups(ref);
    describeLookupMany(ref);
    describeNeighbors(ref);
    describePagingAndSubgraph(ref);
    describeTopByDegree(ref);
    describeCuration(ref);
    describePaths(ref);
    describeWrites(ref);
    describeBatchedLoad(ref);
    describeExportStream(ref);
  });
}
