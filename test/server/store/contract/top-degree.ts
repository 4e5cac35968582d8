// Contract: #topByDegree ranks nodes by degree (as #degree counts it), ties by id, at most `limit` of them.
import { describe, expect, it } from "vitest";
import type { StoreRef } from "../graph-store-contract.js";

export function describeTopByDegree(store: StoreRef): void {
  describe("#topByDegree", () => {
    it("returns the highest-degree nodes first, ties by id, agreeing with #degree", async () => {
      const { nodes } = await store().exportAll();
      const ranked = await Promise.all(
        nodes.map(async (n) => ({ id: n.id, degree: (await store().degree(n.id))!.total })),
      );
      ranked.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const top = await store().topByDegree(5);
      expect(top).toEqual(ranked.slice(0, 5).map((r) => r.id));
      expect(ranked[0]!.degree).toBeGreaterThan(ranked[4]!.degree);
    });

    it("returns every node when the limit exceeds the node count", async () => {
      const { nodes } = await store().exportAll();
      const all = await store().topByDegree(nodes.length + 10);
      expect(all).toHaveLength(nodes.length);
      expect(new Set(all)).toEqual(new Set(nodes.map((n) => n.id)));
    });
  });
}
