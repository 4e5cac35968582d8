// The curation API suite (edit, merge, duplicates, audit), run against any store by curation*.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { fixtureEdge, fixtureGraph, fixtureNode } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

const EVIDENCE = [{ sourceId: "src-crypto", locator: "para 4", note: "they cooperate on 2nm" }];

/** Register the suite; `makeStore` gives a store the suite clears and loads with the fixture before each test. */
export function describeCurationApi(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`curation API on the ${name} store`, () => {
    let server: TestServer;
    const json = (method: string, path: string, body?: unknown) =>
      server.request(path, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    beforeAll(async () => {
      server = await startTestServer({ store: await makeStore(), config: { HOST: "127.0.0.1" } });
    });
    afterAll(async () => {
      await server.close();
      await server.store.close();
    });
    beforeEach(async () => {
      await server.store.clear();
      await server.store.load(fixtureGraph());
    });

    describe("entities", () => {
      it("POST /api/nodes creates an entity with an id made from its name, and audits it", async () => {
        const res = await json("POST", "/api/nodes", {
          type: "Company",
          name: "Tokyo Electron",
          aliases: ["TEL"],
        });
        expect(res.status, res.text).toBe(201);
        expect(res.body.node).toEqual({
          id: "tokyo-electron",
          type: "Company",
          name: "Tokyo Electron",
          aliases: ["TEL"],
          properties: {},
        });
        expect((await server.request("/api/nodes/tokyo-electron")).status).toBe(200);
        const audit = await server.request("/api/audit?entity=tokyo-electron");
        // Newest first; the log is append-only, so a database reused across runs may hold older entries too.
        expect(audit.body.entries[0]).toMatchObject({
          action: "create_node",
          actor: "loopback",
          before: null,
          after: res.body.node,
        });
      });

      it("POST /api/nodes → 400 naming the field for a type outside the vocabulary", async () => {
        expectError(
          await json("POST", "/api/nodes", { type: "Planet", name: "Mars" }),
          400,
          "invalid_argument",
          "type",
          "Company",
        );
      });

      it("POST /api/nodes → 400 for unknown fields and empty names, 409 for a taken id", async () => {
        expectError(
          await json("POST", "/api/nodes", { type: "Company", name: "X", colour: 1 }),
          400,
          "invalid_argument",
          "colour",
        );
        expectError(
          await json("POST", "/api/nodes", { type: "Company", name: "  " }),
          400,
          "invalid_argument",
          "name",
        );
        expectError(
          await json("POST", "/api/nodes", { id: "japan", type: "Country", name: "Japan" }),
          409,
          "conflict",
          "japan",
        );
      });

      it("PATCH /api/nodes/:id changes the given fields only and keeps before and after in the audit", async () => {
        const res = await json("PATCH", "/api/nodes/kioxia", {
          name: "Kioxia Holdings",
          properties: { listed: true },
        });
        expect(res.status, res.text).toBe(200);
        expect(res.body.node).toEqual({
          ...fixtureNode("kioxia"),
          name: "Kioxia Holdings",
          properties: { listed: true },
        });
        const [entry] = (await server.request("/api/audit?entity=kioxia")).body.entries;
        expect(entry).toMatchObject({
          action: "update_node",
          before: fixtureNode("kioxia"),
          after: res.body.node,
        });
      });

      it("PATCH /api/nodes/:id → 404 for an unknown node, 400 for a bad body", async () => {
        expectError(await json("PATCH", "/api/nodes/ghost", { name: "Boo" }), 404, "not_found", "ghost");
        expectError(
          await json("PATCH", "/api/nodes/japan", { aliases: "Nippon" }),
          400,
          "invalid_argument",
          "aliases",
        );
        expectError(await json("PATCH", "/api/nodes/japan", [1]), 400, "invalid_argument", "JSON object");
      });

      it("DELETE /api/nodes/:id removes the entity and its relationships, saying how many", async () => {
        const res = await server.request("/api/nodes/kioxia", { method: "DELETE" });
        expect(res.status, res.text).toBe(200);
        expect(res.body).toEqual({ deleted: { node: "kioxia", relationships: 2 } });
        expect((await server.request("/api/nodes/kioxia")).status).toBe(404);
        const [entry] = (await server.request("/api/audit?entity=e09")).body.entries;
        expect(entry.before.edges.map((e: { id: string }) => e.id).sort()).toEqual(["e09", "e10"]);
      });
    });

    describe("relationships", () => {
      it("POST /api/edges creates a relationship with its evidence", async () => {
        const body = { type: "PARTNERS_WITH", source: "riken", target: "rapidus", evidence: EVIDENCE };
        const res = await json("POST", "/api/edges", body);
        expect(res.status, res.text).toBe(201);
        expect(res.body.edge).toEqual({ id: "riken-partners-with-rapidus", properties: {}, ...body });
        expect(await server.store.getEdge("riken-partners-with-rapidus")).toEqual(res.body.edge);
      });

      it("POST /api/edges → 400 without evidence, naming the field", async () => {
        const res = await json("POST", "/api/edges", { type: "FUNDS", source: "japan", target: "riken" });
        expectError(res, 400, "invalid_argument", "evidence");
      });

      it("POST /api/edges → 400 for an unknown end, type or source of evidence", async () => {
        const base = { type: "FUNDS", source: "japan", target: "riken", evidence: EVIDENCE };
        expectError(
          await json("POST", "/api/edges", { ...base, target: "ghost" }),
          400,
          "invalid_argument",
          "target",
          "ghost",
        );
        expectError(
          await json("POST", "/api/edges", { ...base, type: "LOVES" }),
          400,
          "invalid_argument",
          "type",
        );
        const badSource = { ...base, evidence: [{ ...EVIDENCE[0], sourceId: "src-none" }] };
        expectError(
          await json("POST", "/api/edges", badSource),
          400,
          "invalid_argument",
          "evidence.0.sourceId",
        );
      });

      it("PATCH /api/edges/:id replaces evidence and refuses to empty it", async () => {
        const res = await json("PATCH", "/api/edges/e05", { evidence: EVIDENCE });
        expect(res.status, res.text).toBe(200);
        expect(res.body.edge).toEqual({ ...fixtureEdge("e05"), evidence: EVIDENCE });
        expectError(
          await json("PATCH", "/api/edges/e05", { evidence: [] }),
          400,
          "invalid_argument",
          "evidence",
        );
        expect(await server.store.getEdge("e05")).toEqual(res.body.edge);
      });

      it("DELETE /api/edges/:id removes one relationship; 404 after that", async () => {
        const res = await server.request("/api/edges/e06", { method: "DELETE" });
        expect(res.body).toEqual({ deleted: { edge: "e06" } });
        expect(await server.store.getEdge("e06")).toBeNull();
        expect(await server.store.getEdge("e05")).toEqual(fixtureEdge("e05"));
        expectError(await server.request("/api/edges/e06", { method: "DELETE" }), 404, "not_found", "e06");
      });
    });

    describe("duplicates and merge", () => {
      beforeEach(async () => {
        await server.store.load({
          nodes: [
            {
              id: "tsmc-long",
              type: "Company",
              name: "Taiwan Semiconductor Manufacturing Co., Ltd.",
              aliases: [],
              properties: { founded: 1986, hq: "Hsinchu" },
            },
            { id: "kioxia-2", type: "Company", name: "Kioxia", aliases: [], properties: {} },
          ],
          edges: [
            {
              ...fixtureEdge("e11"),
              id: "d1",
              source: "tsmc-long",
              evidence: [{ sourceId: "src-crypto", locator: "para 9", note: "dup" }],
            },
            { ...fixtureEdge("e17"), id: "d2", target: "tsmc-long", properties: { since: 2022 } },
            { ...fixtureEdge("e16"), id: "d3", source: "tsmc-long", target: "tsmc" },
          ],
          sources: [],
        });
      });

      it("GET /api/duplicates proposes TSMC by acronym and Kioxia by alias, with reasons and scores", async () => {
        const res = await server.request("/api/duplicates");
        expect(res.status).toBe(200);
        const pairs = res.body.candidates.map(
          (c: { a: { id: string }; b: { id: string } }) => `${c.a.id}+${c.b.id}`,
        );
        expect(pairs).toContain("kioxia+kioxia-2");
        expect(pairs).toContain("tsmc+tsmc-long");
        const tsmc = res.body.candidates.find((c: { a: { id: string } }) => c.a.id === "tsmc");
        expect(tsmc.reasons.join(" ")).toMatch(/acronym/);
        expect(tsmc.score).toBeGreaterThan(0.5);
        expectError(await server.request("/api/duplicates?limit=0"), 400, "invalid_argument", "limit");
      });

      it("POST /api/merge rewires, folds parallel edges keeping all evidence, unions aliases, reports conflicts", async () => {
        const res = await json("POST", "/api/merge", { keep: "tsmc", merge: "tsmc-long" });
        expect(res.status, res.text).toBe(200);
        expect(res.body.node.aliases).toEqual([
          "Taiwan Semiconductor Manufacturing Company",
          "Taiwan Semiconductor Manufacturing Co., Ltd.",
        ]);
        expect(res.body.node.properties).toEqual({ founded: 1987, hq: "Hsinchu" });
        expect(res.body.conflicts).toEqual([{ on: "tsmc", key: "founded", kept: 1987, discarded: 1986 }]);
        expect(res.body.folded).toEqual([
          { from: "d1", into: "e11" },
          { from: "d2", into: "e17" },
        ]);
        expect(res.body.droppedSelfLoops).toEqual(["d3"]);
        expect(await server.store.getNode("tsmc-long")).toBeNull();
        const e11 = await server.store.getEdge("e11");
        expect(e11?.evidence).toEqual([
          ...fixtureEdge("e11").evidence,
          { sourceId: "src-crypto", locator: "para 9", note: "dup" },
        ]);
        expect((await server.store.getEdge("e17"))?.properties).toEqual({ since: 2022 });
        expect((await server.store.info()).counts).toEqual({ nodes: 13, relationships: 17 });
        const [entry] = (await server.request("/api/audit?entity=tsmc-long")).body.entries;
        expect(entry).toMatchObject({ action: "merge", before: { merge: { id: "tsmc-long" } } });
      });

      it("POST /api/merge moves relationships that have no twin", async () => {
        await server.store.applyChanges({
          upsertEdges: [{ ...fixtureEdge("e14"), id: "d4", target: "tsmc-long" }],
        });
        const res = await json("POST", "/api/merge", { keep: "tsmc", merge: "tsmc-long" });
        expect(res.body.rewired).toEqual(["d4"]);
        expect(await server.store.getEdge("d4")).toMatchObject({ source: "chips-act", target: "tsmc" });
      });

      it("POST /api/merge → 404 for an unknown id and 400 for the same id twice, changing nothing", async () => {
        const before = await server.store.exportAll();
        expectError(
          await json("POST", "/api/merge", { keep: "tsmc", merge: "ghost" }),
          404,
          "not_found",
          "merge",
          "ghost",
        );
        expectError(
          await json("POST", "/api/merge", { keep: "tsmc", merge: "tsmc" }),
          400,
          "invalid_argument",
          "tsmc",
        );
        expectError(await json("POST", "/api/merge", { keep: "tsmc" }), 400, "invalid_argument", "merge");
        expect(await server.store.exportAll()).toEqual(before);
      });
    });

    describe("GET /api/audit", () => {
      it("lists entries newest first, limited, and 400 for a bad limit", async () => {
        await json("PATCH", "/api/nodes/riken", { name: "RIKEN" });
        await json("PATCH", "/api/nodes/riken", { name: "Riken Institute" });
        const res = await server.request("/api/audit?entity=riken&limit=1");
        expect(res.body.entries).toHaveLength(1);
        expect(res.body.entries[0].after.name).toBe("Riken Institute");
        expectError(await server.request("/api/audit?limit=abc"), 400, "invalid_argument", "limit");
      });
    });
  });
}
