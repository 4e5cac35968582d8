// The GraphStore contract's read-only sections, for a store that already holds the fixture graph and must not be written to.
import { afterAll, beforeAll, describe } from "vitest";
import type { GraphStore } from "../../../../server/store/graph-store.js";
import type { StoreRef } from "../graph-store-contract.js";
import { describeLookupMany } from "./lookup-many.js";
import { describeLookups } from "./lookups.js";
import { describeNeighbors } from "./neighbors.js";
import { describePagingAndSubgraph } from "./paging-and-subgraph.js";
import { describeTopByDegree } from "./top-degree.js";

/**
 * Register the sections of the contract that only read (lookups, neighbours, paging, subgraph, top by
 * degree) against `makeStore`'s store, which must hold exactly the fixture graph: the suite neither clears
 * nor loads it, so a store in a state that a write would end (the memory store's "columns" phase) stays in it.
 * `check` runs after the sections, to assert that the state held throughout.
 */
export function describeReadContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  check?: (store: GraphStore) => void | Promise<void>,
): void {
  describe(`GraphStore contract, reads only: ${name}`, () => {
    let store: GraphStore | undefined;
    const ref: StoreRef = () => {
      if (!store) throw new Error("the contract store was not created (see beforeAll)");
      return store;
    };

    beforeAll(async () => {
      store = await makeStore();
    });

    afterAll(async () => {
      if (store) await check?.(store);
      await store?.close();
    });

    describeLookups(ref);
    describeLookupMany(ref);
    describeNeighbors(ref);
    describePagingAndSubgraph(ref);
    describeTopByDegree(ref);
  });
}
