// Runs the GraphStore contract on the Neo4j store against the real local database, plus Neo4j-only promises.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { SCHEMA_FILE, applySchema, parseCypherStatements } from "../../../server/store/neo4j/schema.js";
import { REL_TYPES } from "../../../server/domain/vocabulary.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";
import { describeGraphStoreContract } from "./graph-store-contract.js";

describe("cypher/schema.cypher", () => {
  it("makes every statement safe to re-run with IF NOT EXISTS", async () => {
    const statements = parseCypherStatements(await readFile(SCHEMA_FILE, "utf8"));
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) expect(statement).toMatch(/\bIF NOT EXISTS\b/);
  });

  it("declares an id constraint for every relationship type of the vocabulary", async () => {
    const text = await readFile(SCHEMA_FILE, "utf8");
    for (const type of REL_TYPES) expect(text).toContain(`FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`);
  });
});

describeNeo4j("Neo4jStore", () => {
  describeGraphStoreContract("Neo4jStore", () => connectedTestStore({ batchSize: 5 }));

  describe("Neo4j specifics", () => {
    let store: Neo4jStore;
    beforeAll(async () => {
      store = await connectedTestStore();
      await store.clear();
      await store.load(fixtureGraph());
    });
    afterAll(() => store.close());

    it("reports the neo4j kind and the server version", async () => {
      const info = await store.info();
      expect(info.store).toBe("neo4j");
      expect(info.version).toMatch(/^5\.\d+/);
      expect(info.counts).toEqual({ nodes: 12, relationships: 17 });
    });

    it("applies the schema again without error (every statement is IF NOT EXISTS)", async () => {
      const count = await applySchema(store.connection.driver, undefined);
      expect(count).toBeGreaterThan(20);
    });

    it("returns our id, never the driver's elementId, for nodes and edges", async () => {
      const sub = (await store.neighbors("japan", { depth: 1, limit: 50, direction: "both" }))!;
      const ids = new Set(fixtureGraph().nodes.map((n) => n.id));
      const edgeIds = new Set(fixtureGraph().edges.map((e) => e.id));
      for (const node of sub.nodes) expect(ids.has(node.id)).toBe(true);
      for (const edge of sub.edges) {
        expect(edgeIds.has(edge.id)).toBe(true);
        expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      }
    });
  });
});
