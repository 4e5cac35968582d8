// Contract: #neighbors pages with offset, and #subgraph returns the given nodes with the edges among them.
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

export function describePagingAndSubgraph(store: StoreRef): void {
  const expand = async (id: string, options: Partial<NeighborOptions> = {}) =>
    store().neighbors(id, { depth: 1, limit: 100, direction: "both", ...options });

  describe("#neighbors with offset", () => {
    it("skips offset neighbours in (distance, id) order and says more exist after the page", async () => {
      // japan's neighbours by id: fund-550bn, jbic, kioxia, rapidus, usa.
      const page = ids(await expand("japan", { limit: 2, offset: 2 }));
      expect(page.nodes).toEqual(["japan", "kioxia", "rapidus"]);
      expect(page.truncated).toBe(true);
    });

    it("returns the last page untruncated and an empty page beyond the end", async () => {
      expect(ids(await expand("japan", { limit: 2, offset: 4 }))).toMatchObject({
        nodes: ["japan", "usa"],
        truncated: false,
      });
      expect(ids(await expand("japan", { limit: 2, offset: 9 }))).toMatchObject({
        nodes: ["japan"],
        truncated: false,
      });
    });

    it("pages that together equal the unpaged neighbourhood", async () => {
      const whole = ids(await expand("japan", { depth: 2 })).nodes!;
      const pages: string[] = [];
      for (let offset = 0; offset < whole.length; offset += 3) {
        pages.push(...ids(await expand("japan", { depth: 2, limit: 3, offset })).nodes!.slice(1));
      }
      expect(["japan", ...pages]).toEqual(whole);
    });
  });

  describe("#subgraph", () => {
    it("returns the existing nodes by id and every edge joining two of them, by id", async () => {
      const sub = await store().subgraph(["usa", "japan", "fund-550bn", "no-such-node"], {});
      expect(ids(sub)).toEqual({
        nodes: ["fund-550bn", "japan", "usa"],
        // Parallel edges (e05, e06 both usa→japan) are all returned.
        edges: ["e01", "e04", "e05", "e06", "e07"],
        truncated: false,
      });
      expect(sub.nodes[0]).toEqual(fixtureNode("fund-550bn"));
      expect(sub.edges[0]).toEqual(fixtureEdge("e01"));
    });

    it("keeps only edges of the given relationship types", async () => {
      const all = await store().subgraph(["japan", "usa", "fund-550bn"], {});
      const type = all.edges[0]!.type;
      const some = await store().subgraph(["japan", "usa", "fund-550bn"], { relTypes: [type] });
      expect(some.edges.length).toBeGreaterThan(0);
      expect(some.edges.every((e) => e.type === type)).toBe(true);
      expect(some.nodes).toEqual(all.nodes);
    });

    it("returns nothing for ids that do not exist and ignores repeated ids", async () => {
      expect(await store().subgraph(["ghost"], {})).toEqual({ nodes: [], edges: [], truncated: false });
      expect(ids(await store().subgraph(["tsmc", "tsmc"], {})).nodes).toEqual(["tsmc"]);
    });
  });
}
