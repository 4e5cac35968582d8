// Contract: #paths returns up to k shortest simple paths, direction ignored, ties broken by node ids.
import { describe, expect, it } from "vitest";
import type { GraphPath } from "../../../../server/domain/model.js";
import type { PathOptions } from "../../../../server/store/graph-store.js";
import { fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

const routes = (paths: GraphPath[] | null) =>
  paths?.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) }));

export function describePaths(store: StoreRef): void {
  const find = async (from: string, to: string, options: Partial<PathOptions> = {}) =>
    store().paths(from, to, { maxHops: 4, k: 3, ...options });

  describe("#paths", () => {
    it("returns the k shortest paths, shortest first, ties ordered by node ids", async () => {
      expect(routes(await find("japan", "tsmc-arizona", { k: 4 }))).toEqual([
        { nodes: ["japan", "rapidus", "tsmc", "tsmc-arizona"], edges: ["e08", "e17", "e11"] },
        { nodes: ["japan", "usa", "arizona", "tsmc-arizona"], edges: ["e05", "e13", "e12"] },
        { nodes: ["japan", "usa", "chips-act", "tsmc-arizona"], edges: ["e05", "e15", "e14"] },
        {
          nodes: ["japan", "fund-550bn", "usa", "arizona", "tsmc-arizona"],
          edges: ["e01", "e04", "e13", "e12"],
        },
      ]);
    });

    it("returns at most k paths", async () => {
      expect(await find("japan", "tsmc-arizona", { k: 1 })).toHaveLength(1);
      expect(await find("japan", "tsmc-arizona", { k: 2 })).toHaveLength(2);
    });

    it("returns paths of non-decreasing length, each simple and distinct", async () => {
      const found = routes(await find("socgen", "tsmc-arizona", { k: 10, maxHops: 8 }))!;
      expect(found.length).toBeGreaterThan(3);
      for (let i = 1; i < found.length; i++) {
        expect(found[i]!.nodes.length).toBeGreaterThanOrEqual(found[i - 1]!.nodes.length);
      }
      for (const path of found) expect(new Set(path.nodes).size).toBe(path.nodes.length);
      expect(new Set(found.map((p) => p.nodes.join(">"))).size).toBe(found.length);
    });

    it("returns whole nodes and edges, one edge fewer than nodes", async () => {
      const [path] = (await find("tsmc", "arizona", { k: 1 }))!;
      expect(path!.nodes).toEqual([fixtureNode("tsmc"), fixtureNode("tsmc-arizona"), fixtureNode("arizona")]);
      expect(path!.edges.map((e) => [e.source, e.type, e.target])).toEqual([
        ["tsmc", "OPERATES", "tsmc-arizona"],
        ["tsmc-arizona", "LOCATED_IN", "arizona"],
      ]);
    });

    it("ignores edge direction", async () => {
      expect(routes(await find("tsmc-arizona", "japan"))!.map((p) => p.nodes)).toEqual([
        ["tsmc-arizona", "arizona", "usa", "japan"],
        ["tsmc-arizona", "chips-act", "usa", "japan"],
        ["tsmc-arizona", "tsmc", "rapidus", "japan"],
      ]);
    });

    it("returns [] when no path fits within maxHops", async () => {
      expect(await find("japan", "tsmc-arizona", { maxHops: 2 })).toEqual([]);
      expect(await find("japan", "tsmc-arizona", { maxHops: 3, k: 10 })).toHaveLength(3);
    });

    it("follows only the given relationship types, using the smallest edge id between two nodes", async () => {
      expect(
        routes(await find("japan", "tsmc-arizona", { relTypes: ["PRESSURES", "PART_OF", "LOCATED_IN"] })),
      ).toEqual([{ nodes: ["japan", "usa", "arizona", "tsmc-arizona"], edges: ["e05", "e13", "e12"] }]);
      const viaPartnership = await find("japan", "tsmc-arizona", {
        relTypes: ["PARTNERS_WITH", "PART_OF", "LOCATED_IN"],
      });
      expect(routes(viaPartnership)![0]!.edges).toEqual(["e07", "e13", "e12"]);
    });

    it("returns one path holding just the node when from and to are the same", async () => {
      expect(await find("japan", "japan")).toEqual([{ nodes: [fixtureNode("japan")], edges: [] }]);
    });

    it("returns [] when the two nodes are not connected", async () => {
      expect(await find("japan", "riken", { maxHops: 8 })).toEqual([]);
    });

    it("returns null when either end does not exist", async () => {
      expect(await find("no-such-node", "japan")).toBeNull();
      expect(await find("japan", "no-such-node")).toBeNull();
    });
  });
}
