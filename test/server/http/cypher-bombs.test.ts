// Console memory bombs and runaway queries: each answered with a clean error (never a 500), and the next 100 queries succeed.
// The string-doubling bomb, which Neo4j does not track and which once killed its JVM, is refused by the growth guard;
// test/faults/cypher-memory-bomb.fault.ts also checks that Neo4j survives it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { startConsoleServer, type ConsoleServer } from "./cypher-test-server.js";

const TIMEOUT_MS = 3_000;

/** Statements that ask Neo4j for far more memory than a console query may take, or for hours of work. */
const BOMBS: { name: string; query: string }[] = [
  { name: "a 50-million-element list", query: "UNWIND range(1, 50000000) AS x RETURN collect(x) AS xs" },
  {
    name: "three copies of a 10-million-element list",
    query:
      "UNWIND range(1, 10000000) AS x WITH collect(x) AS a, collect(x) AS b, collect(x) AS c RETURN size(a) + size(b) + size(c) AS n",
  },
  {
    name: "a million long strings",
    query:
      "UNWIND range(1, 1000000) AS i RETURN collect(reduce(s = '', k IN range(1, 40) | s + 'xxxxxxxxxx') + i) AS xs",
  },
  {
    name: "a cartesian product of every node with itself five times, filtered row by row",
    query:
      "MATCH (a), (b), (c), (d), (e) WHERE a.name + b.name + c.name + d.name + e.name = '' RETURN count(*) AS n",
  },
  {
    name: "ten billion rows filtered to none",
    query:
      "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n",
  },
  {
    name: "a string doubled forty times (memory Neo4j does not track; refused before it runs)",
    query: "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n",
  },
  {
    name: "every path of any length",
    query: "MATCH p = (a)-[*]-(b) RETURN count(p) AS n",
  },
];

/** Legitimate reads that must all work after the bombs, cycled to 100. */
const READS = [
  "MATCH (n:Entity) RETURN count(n) AS n",
  "MATCH (n:Entity {id: 'tsmc'}) RETURN n.name AS name",
  "MATCH (n:Entity)-[r]-(m) WHERE n.id = 'japan' RETURN m.id AS id LIMIT 10",
  "MATCH (n:Company) RETURN n.id AS id ORDER BY id LIMIT 5",
  "UNWIND range(1, 100) AS x RETURN sum(x) AS total",
];

describeNeo4j("POST /api/cypher under memory bombs and runaway queries", () => {
  let app: ConsoleServer;
  beforeAll(async () => {
    app = await startConsoleServer({}, TIMEOUT_MS);
  });
  afterAll(() => app?.close());

  for (const bomb of BOMBS) {
    it(`answers ${bomb.name} with 422 query_too_expensive within the timeout + 5 s`, async () => {
      const started = Date.now();
      const res = await app.post("/api/cypher", { query: bomb.query });
      const ms = Date.now() - started;
      console.log(`cypher bomb "${bomb.name}": ${res.status} ${res.body?.error?.code} in ${ms} ms`);
      expect(res.status, res.text).toBe(422);
      expect(res.body.error.code, res.text).toBe("query_too_expensive");
      expect(res.body.error.message).toEqual(expect.any(String));
      expect(ms).toBeLessThan(TIMEOUT_MS + 5_000);
    });
  }

  it("then answers the next 100 queries, every one 200", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await app.post("/api/cypher", { query: READS[i % READS.length] });
      statuses.push(res.status);
      expect(res.status, res.text).toBe(200);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    const count = await app.post("/api/cypher", { query: "MATCH (n:Entity) RETURN count(n) AS n" });
    expect(count.body.rows[0].n).toBeGreaterThan(40);
  });
});
