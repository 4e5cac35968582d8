// Contract: #neighbors is a BFS by depth and direction, filtered by node and relationship types, cut at limit.
import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../../../server/domain/model.js";
import type { NeighborOptions } from "../../../../server/store/graph-store.js";
import { fixtureEdge, fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

const ids = (sub: Subgraph | null) => ({
  nodes: sub?.nodes.map((n) => n.id),
  edges: sub?.edges.map((e) => e.id),
  truncated: sub?.truncated,
});

export function describeNeighbors(store: StoreRef): void {
  const expand = async (id: string, options: Partial<NeighborOptions> = {}) =>
    store().neighbors(id, { depth: 1, limit: 100, direction: "both", ...options });

  describe("#neighbors", () => {
    it("returns the start node first, then its neighbours by id, and every edge among them by id", async () => {
      expect(ids(await expand("japan"))).toEqual({
        nodes: ["japan", "fund-550bn", "jbic", "kioxia", "rapidus", "usa"],
        // e02 (fund→jbic) and e04 (usa→fund) do not touch japan but join two returned nodes.
        edges: ["e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10"],
        truncated: false,
      });
    });

    it("returns whole nodes and edges", async () => {
      const sub = await expand("tsmc", { relTypes: ["OPERATES"] });
      expect(sub).toEqual({
        nodes: [fixtureNode("tsmc"), fixtureNode("tsmc-arizona")],
        edges: [fixtureEdge("e11")],
        truncated: false,
      });
    });

    it("follows only outgoing edges when direction is out", async () => {
      expect(ids(await expand("japan", { direction: "out" })).nodes).toEqual([
        "japan",
        "fund-550bn",
        "kioxia",
        "rapidus",
        "usa",
      ]);
    });

    it("follows only incoming edges when direction is in", async () => {
      expect(ids(await expand("japan", { direction: "in" })).nodes).toEqual([
        "japan",
        "jbic",
        "kioxia",
        "usa",
      ]);
    });

    it("orders neighbours by hop distance, then id, up to depth", async () => {
      expect(ids(await expand("japan", { depth: 2 })).nodes).toEqual([
        "japan",
        ...["fund-550bn", "jbic", "kioxia", "rapidus", "usa"],
        ...["arizona", "chips-act", "socgen", "tsmc"],
      ]);
      const deep = ids(await expand("japan", { depth: 3 }));
      expect(deep.nodes).toHaveLength(11);
      expect(deep.nodes!.at(-1)).toBe("tsmc-arizona");
      expect(deep.nodes).not.toContain("riken");
    });

    it("traverses only the given relationship types and returns only edges of those types", async () => {
      expect(ids(await expand("japan", { depth: 2, relTypes: ["FUNDS"] }))).toEqual({
        nodes: ["japan", "kioxia", "rapidus"],
        edges: ["e08", "e09"],
        truncated: false,
      });
    });

    it("neither returns nor traverses nodes of types that were not asked for", async () => {
      // tsmc → rapidus → japan (a Country, excluded) → kioxia: kioxia is out of reach.
      expect(ids(await expand("tsmc", { depth: 3, types: ["Company"] }))).toEqual({
        nodes: ["tsmc", "rapidus"],
        edges: ["e17"],
        truncated: false,
      });
    });

    it("returns the start node whatever its type", async () => {
      expect(ids(await expand("japan", { types: ["Company"] })).nodes).toEqual([
        "japan",
        "kioxia",
        "rapidus",
      ]);
    });

    it("keeps the first limit neighbours by distance and id, and says it truncated", async () => {
      expect(ids(await expand("japan", { limit: 3 }))).toEqual({
        nodes: ["japan", "fund-550bn", "jbic", "kioxia"],
        edges: ["e01", "e02", "e03", "e09", "e10"],
        truncated: true,
      });
    });

    it("does not say truncated when exactly limit neighbours exist", async () => {
      expect((await expand("japan", { limit: 5 }))!.truncated).toBe(false);
    });

    it("keeps a truncated neighbourhood connected by cutting the farthest nodes first", async () => {
      const nodes = ids(await expand("japan", { depth: 2, limit: 6 })).nodes;
      expect(nodes).toEqual(["japan", "fund-550bn", "jbic", "kioxia", "rapidus", "usa", "arizona"]);
    });

    it("returns just the start node for an isolated node", async () => {
      expect(await expand("riken", { depth: 3 })).toEqual({
        nodes: [fixtureNode("riken")],
        edges: [],
        truncated: false,
      });
    });

    it("returns null for an unknown node", async () => {
      expect(await expand("no-such-node")).toBeNull();
    });
  });
}
