// The Neo4j loader's fresh path (plain CREATE) and its fallback to the classifying upsert when an id already exists.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { GraphEdge, GraphExport, GraphNode } from "../../../server/domain/model.js";
import { loadGraph } from "../../../server/store/neo4j/loader.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const node = (i: number): GraphNode => ({
  id: `mode-${String(i).padStart(3, "0")}`,
  type: i % 2 ? "Company" : "Institution",
  name: `Mode node ${i}`,
  aliases: [],
  properties: { i },
});
const edge = (i: number): GraphEdge => ({
  id: `mode-e${String(i).padStart(3, "0")}`,
  type: i % 2 ? "PARTNERS_WITH" : "FUNDS",
  source: node(i).id,
  target: node(i + 1).id,
  properties: {},
  evidence: [],
});
const nodes = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => node(from + k));
const edges = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => edge(from + k));
const graph = (n: GraphNode[], e: GraphEdge[] = []): GraphExport => ({ nodes: n, edges: e, sources: [] });

describeNeo4j("Neo4j loader modes", () => {
  let store: Neo4jStore;
  const load = (data: GraphExport, mode: "auto" | "fresh" | "upsert") =>
    loadGraph(store.connection.driver, data, { batchSize: 10, mode });

  beforeAll(async () => {
    store = await connectedTestStore();
  });
  beforeEach(() => store.clear());
  afterAll(() => store.close());

  it("creates everything in fresh mode, edges of several types included, and reads it back whole", async () => {
    expect((await load(graph(nodes(0, 30)), "fresh")).nodes).toEqual({
      created: 30,
      updated: 0,
      unchanged: 0,
    });
    expect((await load(graph([], edges(0, 29)), "fresh")).edges).toEqual({
      created: 29,
      updated: 0,
      unchanged: 0,
    });
    expect(await store.getNodes(nodes(0, 30).map((n) => n.id))).toEqual(nodes(0, 30));
    expect(await store.getEdges(edges(0, 29).map((e) => e.id))).toEqual(edges(0, 29));
  });

  it("falls back to upserting when fresh mode meets stored ids: right counts, no duplicates", async () => {
    await load(graph(nodes(0, 15), edges(0, 14)), "upsert");
    const changed = { ...node(3), name: "Renamed" };
    const data = graph([...nodes(0, 3), changed, ...nodes(4, 40)], edges(0, 39));
    const report = await load(data, "fresh");
    expect(report.nodes).toEqual({ created: 25, updated: 1, unchanged: 14 });
    expect(report.edges).toEqual({ created: 25, updated: 0, unchanged: 14 });
    expect((await store.info()).counts).toEqual({ nodes: 40, relationships: 39 });
    expect(await store.getNode(node(3).id)).toEqual(changed);
  });

  it("takes the fresh path on an empty database in auto mode and stays idempotent on the second load", async () => {
    const data = graph(nodes(0, 25), edges(0, 24));
    expect(await load(data, "auto")).toEqual({
      nodes: { created: 25, updated: 0, unchanged: 0 },
      edges: { created: 24, updated: 0, unchanged: 0 },
      sources: { created: 0, updated: 0, unchanged: 0 },
    });
    expect(await load(data, "auto")).toEqual({
      nodes: { created: 0, updated: 0, unchanged: 25 },
      edges: { created: 0, updated: 0, unchanged: 24 },
      sources: { created: 0, updated: 0, unchanged: 0 },
    });
  });
});
