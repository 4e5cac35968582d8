// Contract: #getNode, #degree, #schema, #sources, #info and #exportAll on the fixture graph.
import { describe, expect, it } from "vitest";
import { fixtureGraph, fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

export function describeLookups(store: StoreRef): void {
  describe("#getNode", () => {
    it("returns the node with its type, name, aliases and properties", async () => {
      expect(await store().getNode("fund-550bn")).toEqual(fixtureNode("fund-550bn"));
    });

    it("returns null for an unknown node", async () => {
      expect(await store().getNode("no-such-node")).toBeNull();
    });
  });

  describe("#degree", () => {
    it("counts every incident relationship once, whatever its direction, and per type", async () => {
      expect(await store().degree("japan")).toMatchObject({
        total: 8,
        byType: { PLEDGES: 1, PART_OF: 1, PRESSURES: 2, PARTNERS_WITH: 1, FUNDS: 2, LOCATED_IN: 1 },
      });
    });

    it("counts distinct neighbours once however many parallel relationships join them, per direction and type", async () => {
      // usa: PRESSURES twice in, PARTNERS_WITH out; kioxia: FUNDS out, LOCATED_IN in.
      expect((await store().degree("japan"))?.neighbors).toEqual({
        both: 5,
        out: 4,
        in: 3,
        byType: {
          PLEDGES: { both: 1, out: 1, in: 0 },
          PART_OF: { both: 1, out: 0, in: 1 },
          PRESSURES: { both: 1, out: 0, in: 1 },
          PARTNERS_WITH: { both: 1, out: 1, in: 0 },
          FUNDS: { both: 2, out: 2, in: 0 },
          LOCATED_IN: { both: 1, out: 0, in: 1 },
        },
      });
    });

    it("returns zero and no types for an isolated node", async () => {
      expect(await store().degree("riken")).toEqual({
        total: 0,
        byType: {},
        neighbors: { both: 0, out: 0, in: 0, byType: {} },
      });
    });

    it("returns null for an unknown node", async () => {
      expect(await store().degree("no-such-node")).toBeNull();
    });
  });

  describe("#schema", () => {
    it("counts the node and relationship types that occur, most frequent first, then by name", async () => {
      expect(await store().schema()).toEqual({
        nodeTypes: [
          { type: "Company", count: 4 },
          { type: "Country", count: 2 },
          { type: "Institution", count: 2 },
          { type: "Facility", count: 1 },
          { type: "Funding", count: 1 },
          { type: "Place", count: 1 },
          { type: "Policy", count: 1 },
        ],
        relationshipTypes: [
          { type: "FUNDS", count: 3 },
          { type: "PARTNERS_WITH", count: 3 },
          { type: "PART_OF", count: 3 },
          { type: "LOCATED_IN", count: 2 },
          { type: "PRESSURES", count: 2 },
          { type: "BENEFITS_FROM", count: 1 },
          { type: "CHANNELS_THROUGH", count: 1 },
          { type: "OPERATES", count: 1 },
          { type: "PLEDGES", count: 1 },
        ],
      });
    });
  });

  describe("#sources", () => {
    it("returns every source, sorted by id", async () => {
      expect(await store().sources()).toEqual(fixtureGraph().sources);
      expect((await store().sources()).map((s) => s.id)).toEqual(["src-crypto", "src-register"]);
    });
  });

  describe("#info", () => {
    it("names the store kind and counts nodes and relationships", async () => {
      const info = await store().info();
      expect(info.store).toBe(store().kind);
      expect(info.counts).toEqual({ nodes: 12, relationships: 17 });
    });
  });

  describe("#exportAll", () => {
    it("returns the whole graph: nodes, edges and sources each sorted by id", async () => {
      const exported = await store().exportAll();
      expect(exported).toEqual(fixtureGraph());
      const nodeIds = exported.nodes.map((n) => n.id);
      expect(nodeIds).toEqual([...nodeIds].sort());
      expect(exported.edges.map((e) => e.id)).toEqual([...exported.edges.map((e) => e.id)].sort());
    });

    it("keeps parallel edges apart, each with its own properties and evidence", async () => {
      const { edges } = await store().exportAll();
      const pressures = edges.filter((e) => e.type === "PRESSURES");
      expect(pressures.map((e) => [e.id, e.source, e.target, e.properties.topic])).toEqual([
        ["e05", "usa", "japan", "export controls"],
        ["e06", "usa", "japan", "tariffs"],
      ]);
      expect(edges.find((e) => e.id === "e01")!.evidence).toHaveLength(2);
    });
  });
}
