// The Neo4j store's path search: the k = 1 statement (allShortestPaths) answers as the groups statement and the memory store do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphEdge, GraphExport, GraphNode, GraphPath } from "../../../../server/domain/model.js";
import type { RelType } from "../../../../server/domain/vocabulary.js";
import type { PathOptions } from "../../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import type { Neo4jStore } from "../../../../server/store/neo4j/neo4j-store.js";
import { firstShortestPathStatement } from "../../../../server/store/neo4j/path-queries.js";
import { firstShortestPath } from "../../../../server/store/neo4j/paths.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";
import { prng } from "../../../helpers/prng.js";

const node = (id: string): GraphNode => ({ id, type: "Company", name: id, aliases: [], properties: {} });
const edge = (id: string, source: string, type: RelType, target: string): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: {},
  evidence: [],
});
const graphOf = (edges: GraphEdge[]): GraphExport => {
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: [...ids].map(node), edges, sources: [] };
};
const routes = (paths: GraphPath[] | null) =>
  paths?.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) }));

/*
 * s → t has four 3-hop routes, created worst-first so that storage order does not give the answer:
 * s-m3-x1-t, s-m1-x9-t, s-m1-x2-t (the smallest), s-m2-x0-t. s → u has two 2-hop routes whose middle
 * ids compare differently as strings and as numbers (p10 < p9). A PARTNERS_WITH shortcut s-k-t is
 * excluded by relTypes in the tests that use it; c-d are joined three times (two types, both directions).
 */
const TIES: GraphEdge[] = [
  edge("e01", "s", "FUNDS", "m3"),
  edge("e02", "m3", "FUNDS", "x1"),
  edge("e03", "x1", "FUNDS", "t"),
  edge("e04", "m1", "FUNDS", "s"),
  edge("e05", "m1", "FUNDS", "x9"),
  edge("e06", "x9", "FUNDS", "t"),
  edge("e07", "x2", "FUNDS", "m1"),
  edge("e08", "x2", "FUNDS", "t"),
  edge("e09", "s", "FUNDS", "m2"),
  edge("e10", "m2", "FUNDS", "x0"),
  edge("e11", "x0", "FUNDS", "t"),
  edge("e12", "s", "FUNDS", "p9"),
  edge("e13", "p9", "FUNDS", "u"),
  edge("e14", "s", "FUNDS", "p10"),
  edge("e15", "p10", "FUNDS", "u"),
  edge("e16", "s", "PARTNERS_WITH", "k"),
  edge("e17", "k", "PARTNERS_WITH", "t"),
  edge("e20", "t", "FUNDS", "c"),
  edge("e22", "d", "FUNDS", "c"),
  edge("e19", "c", "DEVELOPS", "d"),
  edge("e21", "c", "FUNDS", "d"),
  edge("e30", "lone-a", "FUNDS", "lone-b"),
];

describeNeo4j("Neo4j store #paths", () => {
  let store: Neo4jStore;
  const find = (from: string, to: string, options: Partial<PathOptions> = {}) =>
    store.paths(from, to, { maxHops: 8, k: 1, ...options });

  beforeAll(async () => {
    store = await connectedTestStore();
  });
  afterAll(() => store.close());

  describe("with k = 1 on a graph of ties", () => {
    beforeAll(async () => {
      await store.clear();
      await store.load(graphOf(TIES));
    });

    it("returns the shortest path with the smallest node-id sequence", async () => {
      expect(routes(await find("s", "t", { relTypes: ["FUNDS"] }))).toEqual([
        { nodes: ["s", "m1", "x2", "t"], edges: ["e04", "e07", "e08"] },
      ]);
      expect(routes(await find("t", "s", { relTypes: ["FUNDS"] }))).toEqual([
        { nodes: ["t", "x0", "m2", "s"], edges: ["e11", "e10", "e09"] },
      ]);
    });

    it("compares ids as strings, not as numbers", async () => {
      expect(routes(await find("s", "u"))![0]!.nodes).toEqual(["s", "p10", "u"]);
    });

    it("gives the same first path as k = 2 (the groups statement) and as the memory store", async () => {
      const memory = await createMemoryStore(graphOf(TIES));
      for (const [from, to] of [
        ["s", "t"],
        ["t", "s"],
        ["s", "u"],
        ["u", "d"],
        ["x9", "p10"],
      ] as const) {
        for (const relTypes of [undefined, ["FUNDS"] as RelType[]]) {
          const options = { maxHops: 8, k: 1, ...(relTypes ? { relTypes } : {}) };
          const one = await store.paths(from, to, options);
          expect(one, `${from} → ${to} ${relTypes ?? ""}`).toEqual(await memory.paths(from, to, options));
          expect(one).toEqual((await store.paths(from, to, { ...options, k: 2 }))!.slice(0, 1));
        }
      }
    });

    it("follows only the given relationship types", async () => {
      expect(routes(await find("s", "t"))).toEqual([{ nodes: ["s", "k", "t"], edges: ["e16", "e17"] }]);
      expect(routes(await find("s", "t", { relTypes: ["PARTNERS_WITH"] }))).toEqual([
        { nodes: ["s", "k", "t"], edges: ["e16", "e17"] },
      ]);
      expect(await find("s", "t", { relTypes: ["DEVELOPS"] })).toEqual([]);
    });

    it("uses the smallest allowed edge id between two nodes, whatever its direction", async () => {
      expect(routes(await find("c", "d"))).toEqual([{ nodes: ["c", "d"], edges: ["e19"] }]);
      expect(routes(await find("c", "d", { relTypes: ["FUNDS"] }))).toEqual([
        { nodes: ["c", "d"], edges: ["e21"] },
      ]);
    });

    it("returns [] when no path fits within maxHops, or none exists", async () => {
      expect(await find("s", "t", { relTypes: ["FUNDS"], maxHops: 2 })).toEqual([]);
      expect(routes(await find("s", "t", { relTypes: ["FUNDS"], maxHops: 3 }))).toHaveLength(1);
      expect(await find("s", "lone-a")).toEqual([]);
    });

    it("returns the lone node when both ends are the same, and null when an end is missing", async () => {
      expect(await find("s", "s")).toEqual([{ nodes: [node("s")], edges: [] }]);
      expect(await find("s", "nowhere")).toBeNull();
      expect(await find("nowhere", "s")).toBeNull();
      expect(await find("nowhere", "nowhere")).toBeNull();
    });

    it("answers in a single statement", async () => {
      const driver = store.connection.driver;
      const statements: string[] = [];
      const found = await firstShortestPath(
        (query, params) => {
          statements.push(query);
          return driver.executeQuery(query, params);
        },
        "s",
        "t",
        { maxHops: 8, relTypes: ["FUNDS"] },
      );
      expect(routes(found)![0]!.nodes).toEqual(["s", "m1", "x2", "t"]);
      expect(statements).toHaveLength(1);
    });

    it("plans no exhaustive fallback, so an unreachable pair costs one bounded BFS", async () => {
      const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
        plan.operatorType,
        ...plan.children.flatMap((child) => operators(child as typeof plan)),
      ];
      for (const relTypes of [null, ["FUNDS"], ["FUNDS", "DEVELOPS"]]) {
        const { summary } = await store.connection.driver.executeQuery(
          `EXPLAIN ${firstShortestPathStatement(8)}`,
          { from: "s", to: "t", relTypes },
        );
        const plan = summary.plan as unknown as { operatorType: string; children: unknown[] };
        expect(operators(plan).join(" ")).not.toMatch(/VarLengthExpand|AntiConditionalApply/);
        expect(summary.notifications.map((n) => n.code)).not.toContain(
          "Neo.ClientNotification.Statement.ExhaustiveShortestPath",
        );
      }
    });

    it("never passes through a node that is not an :Entity, as the k > 1 statement does not", async () => {
      const driver = store.connection.driver;
      await driver.executeQuery(
        "MATCH (a:Entity {id: 's'}), (b:Entity {id: 't'}) " +
          "CREATE (a)-[:FUNDS {id: 'e90'}]->(:Foreign {id: 'f'})-[:FUNDS {id: 'e91'}]->(b)",
      );
      try {
        expect(routes(await find("s", "t", { relTypes: ["FUNDS"] }))![0]!.nodes).toEqual([
          "s",
          "m1",
          "x2",
          "t",
        ]);
        expect(routes(await find("s", "t", { relTypes: ["FUNDS"], k: 2 }))![0]!.nodes).toEqual([
          "s",
          "m1",
          "x2",
          "t",
        ]);
      } finally {
        await driver.executeQuery("MATCH (f:Foreign {id: 'f'}) DETACH DELETE f");
      }
    });
  });

  describe("on random graphs with parallel edges, both directions and self-loops", () => {
    const TYPES: RelType[] = ["FUNDS", "DEVELOPS", "PARTNERS_WITH"];

    /** ~30 nodes, ~2.5 relationships each; edge ids shuffled against creation order. */
    function randomGraph(seed: number): GraphExport {
      const rng = prng(seed);
      const ids = Array.from({ length: 30 }, (_, i) => `v${i}`);
      const order = Array.from({ length: 80 }, (_, i) => i).sort(() => rng.next() - 0.5);
      const edges = order.map((n) => {
        const a = rng.pick(ids);
        const b = rng.chance(0.04) ? a : rng.pick(ids);
        return edge(`r${String(n).padStart(2, "0")}`, a, rng.pick(TYPES), b);
      });
      return { nodes: ids.map(node), edges, sources: [] };
    }

    for (const seed of [1, 2, 3]) {
      it(`agrees with the memory store and the groups statement for k = 1 (seed ${seed})`, async () => {
        const graph = randomGraph(seed);
        await store.clear();
        await store.load(graph);
        const memory = await createMemoryStore(graph);
        const rng = prng(seed * 101);
        let found = 0;
        for (let i = 0; i < 30; i++) {
          const from = rng.pick(graph.nodes).id;
          const to = rng.pick(graph.nodes).id;
          const relTypes = rng.chance(0.4) ? TYPES.filter(() => rng.chance(0.6)) : undefined;
          const options = { maxHops: rng.pick([1, 3, 8]), k: 1, ...(relTypes ? { relTypes } : {}) };
          const one = await store.paths(from, to, options);
          const label = `${from} → ${to} ${JSON.stringify(options)}`;
          expect(one, label).toEqual(await memory.paths(from, to, options));
          expect(one, label).toEqual((await store.paths(from, to, { ...options, k: 3 }))!.slice(0, 1));
          if (one!.length > 0) found++;
        }
        expect(found).toBeGreaterThan(8);
      });
    }
  });
});
