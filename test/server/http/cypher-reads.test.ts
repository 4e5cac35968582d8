// Legitimate console reads on the seeded Neo4j: they pass, and their results serialise like the API's nodes and edges.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { startConsoleServer, type ConsoleServer } from "./cypher-test-server.js";

const READS: [string, Record<string, unknown>?][] = [
  ["MATCH (n) RETURN count(n) AS nodes"],
  ["MATCH (n:Entity {id: $id}) RETURN n", { id: "japan" }],
  ["MATCH (n:Company) RETURN n.name AS name ORDER BY name"],
  ["MATCH (a)-[r:FUNDS]->(b) RETURN a, r, b"],
  ["MATCH p = (:Entity {id: 'japan'})-[*1..2]-(:Entity {id: 'tsmc'}) RETURN p"],
  ["MATCH p = shortestPath((a:Entity {id: 'japan'})-[*..6]-(b:Entity {id: 'biren'})) RETURN p"],
  ["MATCH (n:Entity) RETURN n.type AS type, count(*) AS c ORDER BY c DESC"],
  ["MATCH (n:Entity) WHERE n.name STARTS WITH $prefix RETURN n.name", { prefix: "T" }],
  ["MATCH (n:Entity) RETURN n LIMIT $n", { n: 5 }],
  ["UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN collect(n) AS ns", { ids: ["japan", "tsmc"] }],
  ["CALL db.labels() YIELD label RETURN label"],
  ["CALL db.relationshipTypes()"],
  ["CALL db.propertyKeys()"],
  ["CALL db.schema.visualization()"],
  ["CALL db.schema.nodeTypeProperties()"],
  ["SHOW INDEXES"],
  ["SHOW CONSTRAINTS"],
  [
    "RETURN date('2025-08-01') AS d, datetime('2025-08-01T10:00:00Z') AS dt, duration('P1Y2M') AS dur, point({x: 1, y: 2}) AS p",
  ],
  [
    "RETURN 9007199254740993 AS big, 42 AS small, 1.5 AS f, [1, 'a', null] AS list, {k: {nested: true}} AS map",
  ],
  ["MATCH (n:Entity {id: 'tsmc'})-[r]-(m) RETURN {edge: r, others: [m]} AS nested"],
  ["OPTIONAL MATCH (n:Entity {id: 'nope'}) RETURN n"],
  ["MATCH (n:Entity) WITH n ORDER BY n.id LIMIT 3 RETURN collect(n.id) AS ids"],
  ["/* a comment */ MATCH (n:Country) RETURN n.name // trailing"],
  ["EXPLAIN MATCH (n) RETURN n"],
  ["CALL () { MATCH (n:Company) RETURN n } RETURN count(n) AS companies"],
];

describeNeo4j("POST /api/cypher reads", () => {
  let app: ConsoleServer;
  beforeAll(async () => {
    app = await startConsoleServer(
      { API_TOKEN: "a-test-token-of-32-characters!!", CYPHER_MAX_CONCURRENT: 2 },
      2_000,
    );
  });
  afterAll(() => app?.close());

  it("covers at least 20 legitimate reads", () => expect(READS.length).toBeGreaterThanOrEqual(20));

  for (const [query, params] of READS) {
    it(`runs ${JSON.stringify(query)}`, async () => {
      const res = await app.post("/api/cypher", { query, ...(params ? { params } : {}) });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({
        columns: expect.any(Array),
        rows: expect.any(Array),
        truncated: false,
      });
      expect(res.body.summary.queryType).toBe("r");
      expect(res.body.summary.counters).toEqual({});
    });
  }

  it("serialises nodes and relationships like GET /api/nodes/:id and gathers them into graph", async () => {
    const res = await app.post("/api/cypher", {
      query: "MATCH (a:Entity {id: 'japan'})-[r:PLEDGES]->(f) RETURN a, r, f",
    });
    const api = await app.get("/api/nodes/japan");
    expect(res.body.rows[0].a).toEqual(api.body.node ?? api.body);
    expect(res.body.rows[0].r).toMatchObject({
      type: "PLEDGES",
      source: "japan",
      target: expect.any(String),
      evidence: expect.any(Array),
    });
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toContain("japan");
    expect(res.body.graph.edges.length).toBe(res.body.rows.length);
  });

  it("fetches the ends of relationships the query did not return, so every edge can be drawn", async () => {
    const res = await app.post("/api/cypher", { query: "MATCH ()-[r:HALTED_SUPPLY_TO]->() RETURN r" });
    const ids = new Set(res.body.graph.nodes.map((n: { id: string }) => n.id));
    for (const e of res.body.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(ids).toEqual(new Set(["tsmc", "biren", "alibaba"]));
  });

  it("finds nodes inside paths, lists and maps", async () => {
    const res = await app.post("/api/cypher", {
      query: "MATCH p = (:Entity {id: 'tsmc'})-[:HALTED_SUPPLY_TO]->(b) RETURN {path: p, list: [b]} AS m",
    });
    expect(res.body.rows[0].m.path).toMatchObject({ nodes: expect.any(Array), edges: expect.any(Array) });
    expect(res.body.graph.nodes.length).toBe(3);
    expect(res.body.graph.edges.length).toBe(2);
  });

  it("makes integers, temporals and points JSON-safe", async () => {
    const res = await app.post("/api/cypher", {
      query: READS[17]![0] + ", 9007199254740993 AS big, 42 AS small",
    });
    expect(res.body.rows[0]).toEqual({
      d: "2025-08-01",
      dt: "2025-08-01T10:00:00Z",
      dur: "P1Y2M",
      p: { srid: 7203, x: 1, y: 2 },
      big: "9007199254740993",
      small: 42,
    });
  });

  it("caps a million-row query at the row limit with truncated: true", async () => {
    const res = await app.post("/api/cypher", { query: "UNWIND range(1, 1000000) AS x RETURN x" });
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(1000);
    expect(res.body.truncated).toBe(true);
    expect(res.body.rows[999]).toEqual({ x: 1000 });
  });

  it("honours a smaller limit from the request", async () => {
    const res = await app.post("/api/cypher", { query: "UNWIND range(1, 50) AS x RETURN x", limit: 10 });
    expect(res.body.rows).toHaveLength(10);
    expect(res.body.truncated).toBe(true);
  });

  it("stops a runaway query with 422 query_too_expensive within the timeout + 2 s", async () => {
    const started = Date.now();
    const res = await app.post("/api/cypher", {
      query:
        "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)",
    });
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.code).toBe("query_too_expensive");
    expect(Date.now() - started).toBeLessThan(2_000 + 2_000);
  });

  it("answers 429 too_many_requests beyond the per-client concurrency cap", async () => {
    const slow = {
      query:
        "UNWIND range(1, 100000) AS a UNWIND range(1, 3000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)",
    };
    const answers = await Promise.all([1, 2, 3].map(() => app.post("/api/cypher", slow)));
    const codes = answers.map((r) => r.body?.error?.code ?? "ok");
    expect(codes).toContain("too_many_requests");
    expect(answers.find((r) => r.status === 429)?.body.error.message).toContain("at most 2");
  });

  describe("errors", () => {
    it("answers 400 cypher_syntax with the line and column in the user's text", async () => {
      const res = await app.post("/api/cypher", { query: "MATCH (n)\nRETURN n +" });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: "cypher_syntax",
        details: { line: 2, column: expect.any(Number) },
      });
      const one = await app.post("/api/cypher", { query: "RETURN 1 +" });
      expect(one.body.error.details).toMatchObject({ line: 1, column: 11, offset: 10 });
    });

    it("answers 400 invalid_argument for a missing parameter, a bad body and an over-long query", async () => {
      expect((await app.post("/api/cypher", { query: "RETURN $x" })).body.error.code).toBe(
        "invalid_argument",
      );
      expect((await app.post("/api/cypher", { query: 42 })).body.error.code).toBe("invalid_argument");
      expect((await app.post("/api/cypher", { query: "RETURN 1", params: [1] })).body.error.code).toBe(
        "invalid_argument",
      );
      expect((await app.post("/api/cypher", { query: "RETURN 1", mode: "admin" })).body.error.code).toBe(
        "invalid_argument",
      );
      const long = await app.post("/api/cypher", { query: "RETURN 1 " + " ".repeat(10_000) });
      expect(long.status).toBe(400);
      expect(long.body.error.message).toContain("10000");
    });
  });

  describe("POST /api/cypher/explain", () => {
    it("returns the plan as a tree of operators", async () => {
      const res = await app.post("/api/cypher/explain", {
        query: "MATCH (n:Company) RETURN n.name ORDER BY n.name",
      });
      expect(res.status).toBe(200);
      expect(res.body.plan).toMatchObject({
        operator: "ProduceResults",
        identifiers: expect.any(Array),
        children: expect.any(Array),
      });
      const ops: string[] = [];
      const walk = (p: { operator: string; children: unknown[] }) => (
        ops.push(p.operator),
        p.children.forEach((c) => walk(c as never))
      );
      walk(res.body.plan);
      expect(ops).toContain("Sort");
      expect(typeof res.body.plan.estimatedRows).toBe("number");
    });
  });
});
