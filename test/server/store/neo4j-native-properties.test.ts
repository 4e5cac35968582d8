// Free-form properties Neo4j can hold are written natively beside propertiesJson, readable by raw Cypher.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphEdge, GraphExport, GraphNode, Properties } from "../../../server/domain/model.js";
import { toPropertyValue } from "../../../server/store/neo4j/mappers.js";
import { nativeProperties } from "../../../server/store/neo4j/native-properties.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { loadSeed } from "../../../seed/load-seed.js";
import { describeNeo4j, neo4jTestConfig } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

describe("nativeProperties", () => {
  it("keeps scalars and homogeneous lists, and drops null, nested, mixed and map values", () => {
    const props = {
      s: "x",
      n: 3,
      b: false,
      strings: ["a", "b"],
      numbers: [1, 2.5],
      empty: [],
      nothing: null,
      nested: [[1], [2]],
      mixed: [1, "a"],
      map: { a: 1 }, // not a domain value (loads reject maps), but never written natively either
    } as unknown as Properties;
    expect(nativeProperties(props)).toEqual({
      s: "x",
      n: 3,
      b: false,
      strings: ["a", "b"],
      numbers: [1, 2.5],
      empty: [],
    });
  });

  it("skips the store's own keys and keys Neo4j cannot name", () => {
    const reserved = [
      "id",
      "type",
      "name",
      "aliases",
      "searchText",
      "searchKey",
      "searchPrefix",
      "propertiesJson",
      "evidenceJson",
      "",
    ];
    const props = Object.fromEntries([...reserved, "nul\u0000key"].map((k) => [k, "v"]));
    expect(nativeProperties({ ...props, "odd key`": 1 })).toEqual({ "odd key`": 1 });
  });
});

const source = { id: "src", title: "T", publisher: "P", published: "2024", datePrecision: "year" as const };
const evidence = [{ sourceId: "src", locator: "para 1", note: "n" }];

const fund: GraphNode = {
  id: "fund",
  type: "Funding",
  name: "The fund",
  aliases: [],
  properties: {
    amount: 3,
    currency: "EUR",
    tags: ["a", "b"],
    nothing: null,
    nested: [[1], [2]],
    mixed: [1, "a"],
    name: "a property called name",
    "odd key`": true,
  },
};
const lab: GraphNode = { id: "lab", type: "Institution", name: "The lab", aliases: ["L"], properties: {} };
const funds: GraphEdge = {
  id: "fund--funds--lab",
  type: "FUNDS",
  source: "fund",
  target: "lab",
  properties: { amount: 1.5e11, currency: "EUR", id: "not the edge id" },
  evidence,
};
const data: GraphExport = { nodes: [fund, lab], edges: [funds], sources: [source] };

describeNeo4j("Neo4j native properties", () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await connectedTestStore();
    await store.clear();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  /** Runs raw Cypher, as the console would, and returns the records as plain objects. */
  async function read(cypher: string, params: Record<string, unknown> = {}) {
    const { records } = await store.connection.driver.executeQuery(cypher, params, {
      database: neo4jTestConfig().database,
    });
    return records.map((r) => Object.fromEntries(r.keys.map((k) => [k, toPropertyValue(r.get(k))])));
  }

  describe("on the seed", () => {
    let seed: GraphExport;
    beforeAll(async () => {
      seed = await loadSeed();
      await store.load(seed);
    });

    it("finds amount and currency natively on the sums that PLEDGES and FUNDS edges connect", async () => {
      const rows = await read(`
        MATCH (:Entity)-[:PLEDGES]->(f:Funding)-[:FUNDS]->(:Entity)
        WHERE f.amount > 1e11
        RETURN DISTINCT f.id AS id, f.amount AS amount, f.currency AS currency, f.amountUsd AS amountUsd`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const { amount, currency, amountUsd } = seed.nodes.find((n) => n.id === row.id)!.properties;
        expect(row).toEqual({ id: row.id, amount, currency, amountUsd: amountUsd ?? null });
      }
    });

    it("finds relationship properties natively, lists included", async () => {
      const expected = seed.edges.filter((e) => e.type === "PLEDGES" && e.properties.attributedTo);
      expect(expected.length).toBeGreaterThan(0);
      const rows = await read(`
        MATCH ()-[r:PLEDGES]->() WHERE r.attributedTo IS NOT NULL
        RETURN r.id AS id, r.attributedTo AS attributedTo, r.certainty AS certainty ORDER BY id`);
      expect(rows).toEqual(
        expected
          .map((e) => ({
            id: e.id,
            attributedTo: e.properties.attributedTo,
            certainty: e.properties.certainty,
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    });

    it("stores a node's list property as a native list", async () => {
      const node = seed.nodes.find((n) => Array.isArray(n.properties.sourceIds))!;
      const [row] = await read(
        `MATCH (n:Entity {id: $id}) RETURN n.sourceIds AS ids, n.mentions AS mentions`,
        {
          id: node.id,
        },
      );
      expect(row).toEqual({ ids: node.properties.sourceIds, mentions: node.properties.mentions });
    });
  });

  describe("on values Neo4j cannot hold", () => {
    beforeAll(async () => {
      await store.clear();
      await store.load(data);
    });

    it("keeps null, nested and mixed values and reserved keys only in JSON", async () => {
      const [row] = await read(`
        MATCH (n:Funding {id: 'fund'})
        RETURN keys(n) AS keys, n.name AS name, n.amount AS amount, n.tags AS tags`);
      const keys = row!.keys as string[];
      for (const key of ["nothing", "nested", "mixed"]) expect(keys).not.toContain(key);
      expect(keys).toContain("odd key`");
      expect(row).toMatchObject({ name: "The fund", amount: 3, tags: ["a", "b"] });
      const [edge] = await read(
        `MATCH ()-[r:FUNDS]->() RETURN r.id AS id, r.amount AS amount, r.currency AS c`,
      );
      expect(edge).toEqual({ id: funds.id, amount: 1.5e11, c: "EUR" });
    });

    it("exports exactly what was loaded, and a second load changes nothing", async () => {
      expect(await store.exportAll()).toEqual(data);
      const report = await store.load(data);
      expect(report.nodes).toEqual({ created: 0, updated: 0, unchanged: 2 });
      expect(report.edges).toEqual({ created: 0, updated: 0, unchanged: 1 });
    });

    it("removes the native copy of a property an update drops", async () => {
      const { currency: _c, ...nodeProps } = fund.properties;
      const { currency: _e, ...edgeProps } = funds.properties;
      const next: GraphExport = {
        nodes: [{ ...fund, properties: nodeProps }, lab],
        edges: [{ ...funds, properties: edgeProps }],
        sources: [source],
      };
      const report = await store.load(next);
      expect(report.nodes.updated).toBe(1);
      expect(report.edges.updated).toBe(1);
      const rows = await read(`
        MATCH (n:Funding {id: 'fund'})-[r:FUNDS]->()
        RETURN n.currency AS nc, r.currency AS rc, n.amount AS amount, r.amount AS ramount`);
      expect(rows).toEqual([{ nc: null, rc: null, amount: 3, ramount: 1.5e11 }]);
      expect(await store.exportAll()).toEqual(next);
    });
  });
});
