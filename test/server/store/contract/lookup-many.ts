// Contract: #getNodes and #getEdges look up several ids at once (the import's classification uses them).
import { describe, expect, it } from "vitest";
import { fixtureEdge, fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

export function describeLookupMany(store: StoreRef): void {
  describe("#getNodes", () => {
    it("returns the whole nodes that exist, sorted by id, leaving unknown ids out", async () => {
      expect(await store().getNodes(["tsmc", "no-such-node", "japan", "fund-550bn"])).toEqual([
        fixtureNode("fund-550bn"),
        fixtureNode("japan"),
        fixtureNode("tsmc"),
      ]);
    });

    it("returns a node asked for twice only once", async () => {
      expect(await store().getNodes(["japan", "japan"])).toEqual([fixtureNode("japan")]);
    });

    it("returns [] for no ids and for only unknown ids", async () => {
      expect(await store().getNodes([])).toEqual([]);
      expect(await store().getNodes(["no-such-node", "e01"])).toEqual([]);
    });
  });

  describe("#getEdges", () => {
    it("returns the whole edges that exist, whatever their type, sorted by id, leaving unknown ids out", async () => {
      expect(await store().getEdges(["e11", "no-such-edge", "e01", "e02"])).toEqual([
        fixtureEdge("e01"),
        fixtureEdge("e02"),
        fixtureEdge("e11"),
      ]);
    });

    it("returns an edge asked for twice only once", async () => {
      expect(await store().getEdges(["e01", "e01"])).toEqual([fixtureEdge("e01")]);
    });

    it("returns [] for no ids and for only unknown ids", async () => {
      expect(await store().getEdges([])).toEqual([]);
      expect(await store().getEdges(["no-such-edge", "japan"])).toEqual([]);
    });
  });
}
