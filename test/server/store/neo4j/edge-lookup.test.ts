// Edges by id on Neo4j: a long id list seeks only the relationship types the database holds, and still finds every edge.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphEdge, GraphExport } from "../../../../server/domain/model.js";
import type { Neo4jStore } from "../../../../server/store/neo4j/neo4j-store.js";
import { EDGE_TYPES_PROBE_MIN_IDS } from "../../../../server/store/neo4j/store-reads.js";
import { companyNode } from "../../../helpers/fixture-graph.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";

/** A chain of `count` companies joined alternately by PARTNERS_WITH and FUNDS edges. */
function chain(count: number): GraphExport {
  const nodes = Array.from({ length: count + 1 }, (_, i) => companyNode(`c${i}`, `Chain Company ${i}`));
  const edges: GraphEdge[] = Array.from({ length: count }, (_, i) => ({
    id: `link-${i}`,
    type: i % 2 ? "FUNDS" : "PARTNERS_WITH",
    source: `c${i}`,
    target: `c${i + 1}`,
    properties: {},
    evidence: [],
  }));
  return { nodes, edges, sources: [] };
}

const unknownIds = (count: number) => Array.from({ length: count }, (_, i) => `nowhere-${i}`);

describeNeo4j("Neo4j edges by id", () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await connectedTestStore();
  });
  beforeEach(async () => {
    await store.clear();
  });
  afterAll(async () => {
    await store?.clear();
    await store?.close();
  });

  describe("a list long enough to probe the types first", () => {
    it("finds the stored edges of every type among unknown ids, sorted by id", async () => {
      const data = chain(6);
      await store.load(data);
      const ids = [...unknownIds(EDGE_TYPES_PROBE_MIN_IDS), "link-4", "link-1", "link-2"];
      const found = await store.getEdges(ids);
      expect(found.map((e) => [e.id, e.type])).toEqual([
        ["link-1", "FUNDS"],
        ["link-2", "PARTNERS_WITH"],
        ["link-4", "PARTNERS_WITH"],
      ]);
      expect(found[0]).toEqual(data.edges[1]);
    });

    it("answers [] when the database holds no relationship at all", async () => {
      await store.load({ ...chain(3), edges: [] });
      expect(await store.getEdges([...unknownIds(EDGE_TYPES_PROBE_MIN_IDS), "link-0"])).toEqual([]);
    });
  });

  it("moves an edge to another type in an upsert batch of a few hundred, leaving one edge under that id", async () => {
    const data = chain(EDGE_TYPES_PROBE_MIN_IDS + 50);
    await store.load(data);
    const moved = { ...data.edges[7]!, type: "RESTRICTS" as const };
    const edges = data.edges.map((e) => (e.id === moved.id ? moved : e));
    const report = await store.load({ nodes: [], edges, sources: [] });
    expect(report.edges).toEqual({ created: 0, updated: 1, unchanged: edges.length - 1 });
    expect(await store.getEdges([moved.id])).toEqual([moved]);
    expect((await store.info()).counts.relationships).toBe(edges.length);
  });
});
