// The Neo4j loader on the real seed: counts, idempotence, an exact export round trip, 64-bit integers.
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../../../server/domain/model.js";
import { compareIds } from "../../../server/domain/ordering.js";
import { integerToDomain, toPropertyValue } from "../../../server/store/neo4j/mappers.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { loadSeed } from "../../../seed/load-seed.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const BIG = "9007199254740993"; // 2^53 + 1: the first integer a double cannot hold

function sortedById(data: GraphExport): GraphExport {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => compareIds(a.id, b.id));
  return { nodes: byId(data.nodes), edges: byId(data.edges), sources: byId(data.sources) };
}

describe("Neo4j integer mapping", () => {
  it("turns a safe Integer into a number and an unsafe one into its exact decimal string", () => {
    expect(integerToDomain(neo4j.int(42))).toBe(42);
    expect(integerToDomain(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(integerToDomain(neo4j.int(BIG))).toBe(BIG);
    expect(integerToDomain(neo4j.int("-9223372036854775808"))).toBe("-9223372036854775808");
  });

  it("maps Integers inside lists too, and never returns a driver Integer", () => {
    expect(toPropertyValue([neo4j.int(1), neo4j.int(BIG), "x", null])).toEqual([1, BIG, "x", null]);
  });
});

describeNeo4j("Neo4j loader", () => {
  let store: Neo4jStore;
  let seed: GraphExport;

  beforeAll(async () => {
    seed = await loadSeed();
    store = await connectedTestStore({ batchSize: 7 }); // small batches: the seed spans several transactions
    await store.clear();
  });
  afterAll(() => store.close());

  it("loads the seed and reports everything created", async () => {
    const report = await store.load(seed);
    expect(report).toEqual({
      nodes: { created: seed.nodes.length, updated: 0, unchanged: 0 },
      edges: { created: seed.edges.length, updated: 0, unchanged: 0 },
      sources: { created: seed.sources.length, updated: 0, unchanged: 0 },
    });
    expect((await store.info()).counts).toEqual({
      nodes: seed.nodes.length,
      relationships: seed.edges.length,
    });
  });

  it("reports everything unchanged when the seed is loaded a second time, and the counts stay", async () => {
    const report = await store.load(seed);
    expect(report).toEqual({
      nodes: { created: 0, updated: 0, unchanged: seed.nodes.length },
      edges: { created: 0, updated: 0, unchanged: seed.edges.length },
      sources: { created: 0, updated: 0, unchanged: seed.sources.length },
    });
    expect((await store.info()).counts).toEqual({
      nodes: seed.nodes.length,
      relationships: seed.edges.length,
    });
  });

  it("exports exactly the seed, evidence and properties included", async () => {
    const exported = await store.exportAll();
    expect(exported).toEqual(sortedById(seed));
    expect(exported.edges.some((e) => e.evidence.length > 0)).toBe(true);
  });

  it("keeps a 64-bit integer written natively in Neo4j exact, as a decimal string, through export and reload", async () => {
    const [first] = sortedById(seed).nodes;
    await store.connection.driver.executeQuery(
      "MATCH (n:Entity {id: $id}) SET n.bigCount = $big, n.smallCount = $small",
      { id: first!.id, big: neo4j.int(BIG), small: neo4j.int(12) },
    );
    const node = (await store.getNode(first!.id))!;
    expect(node.properties.bigCount).toBe(BIG);
    expect(node.properties.smallCount).toBe(12);

    const exported = await store.exportAll();
    expect(exported.nodes.find((n) => n.id === first!.id)!.properties.bigCount).toBe(BIG);
    expect((await store.load(exported)).nodes.unchanged).toBe(seed.nodes.length);
    await store.clear();
    await store.load(exported);
    expect((await store.getNode(first!.id))!.properties.bigCount).toBe(BIG);
    expect(await store.exportAll()).toEqual(exported);
  });
});
