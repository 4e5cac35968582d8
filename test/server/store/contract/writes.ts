// Contract: #load upserts idempotently and rejects bad data whole; #clear empties; export round-trips.
import { beforeEach, describe, expect, it } from "vitest";
import type { GraphExport } from "../../../../server/domain/model.js";
import { fixtureEdge, fixtureGraph, fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

const none = (): GraphExport => ({ nodes: [], edges: [], sources: [] });

export function describeWrites(store: StoreRef): void {
  describe("writing", () => {
    beforeEach(async () => {
      await store().clear();
      await store().load(fixtureGraph());
    });

    describe("#load", () => {
      it("reports everything created when loading into an empty store", async () => {
        await store().clear();
        expect(await store().load(fixtureGraph())).toEqual({
          nodes: { created: 12, updated: 0, unchanged: 0 },
          edges: { created: 17, updated: 0, unchanged: 0 },
          sources: { created: 2, updated: 0, unchanged: 0 },
        });
      });

      it("is idempotent: loading the same data again changes nothing", async () => {
        const before = await store().exportAll();
        expect(await store().load(fixtureGraph())).toEqual({
          nodes: { created: 0, updated: 0, unchanged: 12 },
          edges: { created: 0, updated: 0, unchanged: 17 },
          sources: { created: 0, updated: 0, unchanged: 2 },
        });
        expect(await store().exportAll()).toEqual(before);
        expect((await store().info()).counts).toEqual({ nodes: 12, relationships: 17 });
      });

      it("replaces a node whose data changed, properties included, and adds new ones", async () => {
        const japan = { ...fixtureNode("japan"), aliases: ["Nihon"], properties: { capital: "Tokyo" } };
        const ibm = { id: "ibm", type: "Company" as const, name: "IBM", aliases: [], properties: {} };
        const report = await store().load({ ...none(), nodes: [japan, ibm, fixtureNode("usa")] });
        expect(report.nodes).toEqual({ created: 1, updated: 1, unchanged: 1 });
        expect(await store().getNode("japan")).toEqual(japan);
        expect(await store().getNode("ibm")).toEqual(ibm);
      });

      it("replaces an edge whose properties, evidence or ends changed", async () => {
        const e05 = { ...fixtureEdge("e05"), properties: { topic: "chips" }, evidence: [] };
        const e06 = { ...fixtureEdge("e06"), target: "kioxia" };
        const report = await store().load({ ...none(), edges: [e05, e06, fixtureEdge("e07")] });
        expect(report.edges).toEqual({ created: 0, updated: 2, unchanged: 1 });
        const { edges } = await store().exportAll();
        expect(edges.find((e) => e.id === "e05")).toEqual(e05);
        expect(edges.find((e) => e.id === "e06")).toEqual(e06);
        expect(edges).toHaveLength(17);
      });

      it("updates a changed source", async () => {
        const [crypto] = fixtureGraph().sources;
        const report = await store().load({ ...none(), sources: [{ ...crypto!, title: "Renamed" }] });
        expect(report.sources).toEqual({ created: 0, updated: 1, unchanged: 0 });
        expect((await store().sources())[0]!.title).toBe("Renamed");
      });

      it("accepts an edge between nodes that are already in the store", async () => {
        const edge = { ...fixtureEdge("e16"), id: "e99", source: "riken", target: "japan" };
        expect((await store().load({ ...none(), edges: [edge] })).edges.created).toBe(1);
        expect((await store().degree("riken"))!.total).toBe(1);
      });

      it("rejects an edge whose end is missing, naming the edge, and writes nothing", async () => {
        const newNode = { id: "ibm", type: "Company" as const, name: "IBM", aliases: [], properties: {} };
        const dangling = { ...fixtureEdge("e17"), id: "e99", source: "ibm", target: "ghost" };
        const changedJapan = { ...fixtureNode("japan"), name: "Changed" };
        await expect(
          store().load({ nodes: [changedJapan, newNode], edges: [dangling], sources: [] }),
        ).rejects.toMatchObject({
          code: "invalid_argument",
          message: expect.stringMatching(/"e99".*"ghost"/),
        });
        expect(await store().getNode("ibm")).toBeNull();
        expect((await store().getNode("japan"))!.name).toBe("Japan");
        expect((await store().info()).counts).toEqual({ nodes: 12, relationships: 17 });
      });

      it("rejects a type outside the vocabulary and writes nothing", async () => {
        const planet = {
          ...fixtureNode("riken"),
          id: "mars",
          type: "Planet",
        } as unknown as GraphExport["nodes"][0];
        await expect(store().load({ ...none(), nodes: [planet] })).rejects.toMatchObject({
          code: "invalid_argument",
          message: expect.stringContaining("nodes.0.type"),
        });
        expect(await store().getNode("mars")).toBeNull();
      });

      it("rejects an id that appears twice in the data", async () => {
        await expect(
          store().load({ ...none(), nodes: [fixtureNode("riken"), fixtureNode("riken")] }),
        ).rejects.toMatchObject({ code: "invalid_argument", message: expect.stringContaining('"riken"') });
      });
    });

    describe("#clear", () => {
      it("removes every node, edge and source", async () => {
        await store().clear();
        expect((await store().info()).counts).toEqual({ nodes: 0, relationships: 0 });
        expect(await store().exportAll()).toEqual(none());
        expect(await store().schema()).toEqual({ nodeTypes: [], relationshipTypes: [] });
        expect(await store().search("japan", { limit: 10 })).toEqual([]);
      });
    });

    describe("#exportAll round trip", () => {
      it("gives back the same graph after export, clear and load", async () => {
        const exported = await store().exportAll();
        await store().clear();
        await store().load(exported);
        expect(await store().exportAll()).toEqual(exported);
      });
    });
  });
}
