// The loader's bulk path drops the search indexes (TEXT, FULLTEXT, searchKey's RANGE) and re-creates them: back, online, complete.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphExport, GraphNode } from "../../../server/domain/model.js";
import { loadGraph } from "../../../server/store/neo4j/loader.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import {
  DEFER_MIN_NODES,
  dropIndexes,
  searchIndexes,
  shouldDefer,
  type SearchIndex,
} from "../../../server/store/neo4j/search-indexes.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const node = (i: number, name = `Deferred index node ${i}`): GraphNode => ({
  id: `defer-${String(i).padStart(4, "0")}`,
  type: "Company",
  name,
  aliases: [`alias zq${i}x`],
  properties: {},
});
const graph = (nodes: GraphNode[]): GraphExport => ({ nodes, edges: [], sources: [] });
const nodes = (count: number) => Array.from({ length: count }, (_, i) => node(i));

describe("search-indexes", () => {
  it("reads the TEXT, FULLTEXT and searchKey RANGE indexes from schema.cypher, with their create statements", async () => {
    const indexes = await searchIndexes();
    expect(indexes.map((i) => i.name).sort()).toEqual([
      "entity_fulltext",
      "entity_search_key",
      "entity_search_text",
    ]);
    for (const index of indexes)
      expect(index.create).toMatch(/^CREATE (FULLTEXT|TEXT|RANGE) INDEX \w+ IF NOT EXISTS/);
  });

  it("defers only a fresh load of at least as many nodes as are stored, and never a small one", () => {
    expect(shouldDefer(true, DEFER_MIN_NODES, 0)).toBe(true);
    expect(shouldDefer(true, 50_000, 50_000)).toBe(true);
    expect(shouldDefer(true, 50_000, 50_001)).toBe(false);
    expect(shouldDefer(false, 50_000, 0)).toBe(false);
    expect(shouldDefer(true, DEFER_MIN_NODES - 1, 0)).toBe(false);
  });
});

describeNeo4j("Neo4j loader with deferred search indexes", () => {
  let store: Neo4jStore;
  let indexes: SearchIndex[];
  const driver = () => store.connection.driver;

  async function indexStates(): Promise<Record<string, string>> {
    const { records } = await driver().executeQuery(
      "SHOW INDEXES YIELD name, state WHERE name IN $names RETURN name, state",
      { names: indexes.map((i) => i.name) },
    );
    return Object.fromEntries(records.map((r) => [String(r.get("name")), String(r.get("state"))]));
  }
  const allOnline = () => Object.fromEntries(indexes.map((i) => [i.name, "ONLINE"]));

  async function fullTextHits(query: string): Promise<string[]> {
    const { records } = await driver().executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_fulltext', $query) YIELD node RETURN node.id AS id",
      { query },
    );
    return records.map((r) => String(r.get("id"))).sort();
  }

  beforeAll(async () => {
    store = await connectedTestStore();
    indexes = await searchIndexes();
  });
  beforeEach(() => store.clear());
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it("re-creates the indexes after a deferred load, online, and search finds the loaded nodes", async () => {
    const report = await loadGraph(driver(), graph(nodes(30)), {
      batchSize: 7,
      mode: "fresh",
      deferSearchIndexes: true,
    });
    expect(report.nodes.created).toBe(30);
    expect(await indexStates()).toEqual(allOnline());
    expect(await fullTextHits("zq17x")).toEqual([node(17).id]);
    const hits = await store.search("deferred index node 2", { limit: 20 });
    expect(hits.map((h) => h.id)).toEqual([
      node(2).id,
      ...[20, 21, 22, 23, 24, 25, 26, 27, 28, 29].map((i) => node(i).id),
    ]);
  });

  it("re-creates them when a batch fails mid-load, and keeps the batches written before it whole", async () => {
    // A uniqueness constraint of the test's own fails the third batch inside Neo4j: node 20 repeats node 3's
    // `poison` (written natively). (Values too long for an index are refused before a load begins now.)
    const poisoned = (n: GraphNode): GraphNode => ({ ...n, properties: { poison: "same" } });
    const list = nodes(30).map((n, i) => (i === 3 || i === 20 ? poisoned(n) : n));
    await driver().executeQuery(
      "CREATE CONSTRAINT test_poison_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.poison IS UNIQUE",
    );
    try {
      await expect(
        loadGraph(driver(), graph(list), { batchSize: 10, mode: "fresh", deferSearchIndexes: true }),
      ).rejects.toThrow(/poison/);
    } finally {
      await driver().executeQuery("DROP CONSTRAINT test_poison_unique IF EXISTS");
    }
    expect(await indexStates()).toEqual(allOnline());
    expect((await store.info()).counts.nodes).toBe(20);
    expect(await fullTextHits("zq3x")).toEqual([node(3).id]);
  });

  it("brings back indexes a killed bulk load left dropped, before the next load writes", async () => {
    await dropIndexes(driver(), undefined, indexes);
    expect(await indexStates()).toEqual({});
    await loadGraph(driver(), graph(nodes(5)), { mode: "upsert" });
    expect(await indexStates()).toEqual(allOnline());
    expect(await fullTextHits("zq4x")).toEqual([node(4).id]);
  });
});
