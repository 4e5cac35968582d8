// Contract: #getEdge, #applyChanges (atomic curation writes) and the audit log (#appendAudit, #readAudit).
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { newAuditEntry, type AuditEntry } from "../../../../server/domain/audit.js";
import { fixtureEdge, fixtureGraph, fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

/** An entry about a unique id, so tests see only their own entries in the append-only log. */
function entry(entityIds: string[], summary = "test"): AuditEntry {
  return newAuditEntry({
    actor: "test",
    action: "update_node",
    entityIds,
    summary,
    before: { a: 1 },
    after: { a: [2, null] },
  });
}

export function describeCuration(store: StoreRef): void {
  describe("curation", () => {
    beforeEach(async () => {
      await store().clear();
      await store().load(fixtureGraph());
    });

    describe("#getEdge", () => {
      it("returns the edge with its ends, properties and evidence", async () => {
        expect(await store().getEdge("e01")).toEqual(fixtureEdge("e01"));
      });

      it("returns null for an unknown id", async () => {
        expect(await store().getEdge("nope")).toBeNull();
      });
    });

    describe("#applyChanges", () => {
      it("removes a node with its relationships and reports how many went", async () => {
        const report = await store().applyChanges({ removeNodes: ["kioxia"] });
        expect(report).toEqual({ nodes: { upserted: 0, removed: 1 }, edges: { upserted: 0, removed: 2 } });
        expect(await store().getNode("kioxia")).toBeNull();
        expect(await store().getEdge("e09")).toBeNull();
        expect((await store().info()).counts).toEqual({ nodes: 11, relationships: 15 });
      });

      it("removes edges by id and ignores unknown ids", async () => {
        const report = await store().applyChanges({ removeEdges: ["e05", "missing"] });
        expect(report.edges.removed).toBe(1);
        expect(await store().getEdge("e05")).toBeNull();
        expect(await store().getEdge("e06")).toEqual(fixtureEdge("e06"));
      });

      it("upserts nodes and edges, moving an edge to new ends", async () => {
        const ibm = { id: "ibm", type: "Company" as const, name: "IBM", aliases: [], properties: {} };
        const moved = { ...fixtureEdge("e17"), source: "ibm" };
        await store().applyChanges({ upsertNodes: [ibm], upsertEdges: [moved] });
        expect(await store().getNode("ibm")).toEqual(ibm);
        expect(await store().getEdge("e17")).toEqual(moved);
        expect((await store().info()).counts).toEqual({ nodes: 13, relationships: 17 });
      });

      it("re-creates a removed node's edge on the node that replaces it, in one change (a merge)", async () => {
        const rewired = { ...fixtureEdge("e10"), source: "rapidus" };
        await store().applyChanges({ removeNodes: ["kioxia"], upsertEdges: [rewired] });
        expect(await store().getEdge("e10")).toEqual(rewired);
        expect(await store().getEdge("e09")).toBeNull();
      });

      it("writes nothing when an edge end does not exist, naming it", async () => {
        const before = await store().exportAll();
        const bad = { ...fixtureEdge("e17"), id: "e99", target: "ghost" };
        const ibm = { id: "ibm", type: "Company" as const, name: "IBM", aliases: [], properties: {} };
        await expect(
          store().applyChanges(
            { removeEdges: ["e01"], upsertNodes: [ibm], upsertEdges: [bad] },
            entry(["ibm"]),
          ),
        ).rejects.toMatchObject({ code: "invalid_argument", message: expect.stringContaining("ghost") });
        expect(await store().exportAll()).toEqual(before);
        expect(await store().readAudit({ entity: "ibm", limit: 10 })).toEqual([]);
      });

      it("refuses an edge whose end is removed in the same change", async () => {
        await expect(
          store().applyChanges({ removeNodes: ["tsmc"], upsertEdges: [fixtureEdge("e17")] }),
        ).rejects.toMatchObject({ code: "invalid_argument" });
        expect(await store().getNode("tsmc")).toEqual(fixtureNode("tsmc"));
      });

      it("refuses a type outside the vocabulary", async () => {
        const bad = { ...fixtureNode("riken"), type: "Planet" as never };
        await expect(store().applyChanges({ upsertNodes: [bad] })).rejects.toMatchObject({
          code: "invalid_argument",
        });
      });

      it("appends the audit entry with the change", async () => {
        const id = `n-${randomUUID()}`;
        const node = { id, type: "Company" as const, name: "Audited", aliases: [], properties: {} };
        const audit = entry([id], "created it");
        await store().applyChanges({ upsertNodes: [node] }, audit);
        expect(await store().readAudit({ entity: id, limit: 10 })).toEqual([audit]);
      });
    });

    describe("audit log", () => {
      it("reads entries for one entity newest first, up to the limit, with before and after values", async () => {
        const id = `x-${randomUUID()}`;
        const first = entry([id], "first");
        await new Promise((r) => setTimeout(r, 5));
        const second = entry([id, "other"], "second");
        await store().appendAudit(first);
        await store().appendAudit(second);
        expect(await store().readAudit({ entity: id, limit: 10 })).toEqual([second, first]);
        expect(await store().readAudit({ entity: id, limit: 1 })).toEqual([second]);
      });

      it("is kept when the graph is cleared (append-only)", async () => {
        const id = `c-${randomUUID()}`;
        await store().appendAudit(entry([id]));
        await store().clear();
        expect(await store().readAudit({ entity: id, limit: 10 })).toHaveLength(1);
      });

      it("reads across entities without a filter", async () => {
        await store().appendAudit(entry([`y-${randomUUID()}`]));
        expect((await store().readAudit({ limit: 1 })).length).toBe(1);
      });
    });
  });
}
