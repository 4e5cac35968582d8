// Proof that the console is read-only: hostile statements are refused and the database does not move.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jCypherConsole } from "../../../server/store/neo4j/cypher-console.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { dbCounts, startConsoleServer, type ConsoleServer, type DbCounts } from "./cypher-test-server.js";

/** Statement → the codes that count as a correct refusal (the first check that catches it decides which). */
const HOSTILE: [string, string[]][] = [
  ["CREATE (n:Hacked {x: 1})", ["read_only"]],
  ["CREATE (a:Entity {id: 'x'})-[:FUNDS]->(b:Entity {id: 'y'})", ["read_only"]],
  ["MERGE (n:Entity {id: 'japan'}) ON MATCH SET n.name = 'Nippon'", ["read_only"]],
  ["MERGE (n:Hacked {id: 'new'})", ["read_only"]],
  ["MATCH (n:Entity {id: 'japan'}) SET n.name = 'pwned'", ["read_only"]],
  ["MATCH (n:Entity) SET n:Hacked", ["read_only"]],
  ["MATCH (n:Entity {id: 'japan'}) SET n += {evil: true}", ["read_only"]],
  ["MATCH ()-[r:FUNDS]->() DELETE r", ["read_only"]],
  ["MATCH (n) DETACH DELETE n", ["read_only"]],
  ["MATCH (n:Entity) REMOVE n.name", ["read_only"]],
  ["MATCH (n:Entity) REMOVE n:Entity", ["read_only"]],
  ["MATCH (n:Entity) WITH collect(n) AS ns FOREACH (x IN ns | SET x.touched = true)", ["read_only"]],
  ["FOREACH (i IN range(1, 3) | CREATE (:Hacked {i: i}))", ["read_only"]],
  ["CALL () { CREATE (n:Hacked) RETURN n } RETURN n", ["read_only"]],
  ["MATCH (n:Entity) CALL (n) { SET n.batch = 1 } IN TRANSACTIONS OF 10 ROWS", ["read_only"]],
  ["CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n) AS c", ["read_only"]],
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", ["forbidden_procedure"]],
  ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/evil.csv' AS row RETURN row", ["forbidden_procedure"]],
  [
    "LOAD CSV FROM 'https://example.invalid/x.csv' AS row CREATE (:Hacked {v: row[0]})",
    ["read_only", "forbidden_procedure"],
  ],
  ["CALL dbms.components()", ["forbidden_procedure", "read_only"]],
  ["CALL dbms.listConfig()", ["forbidden_procedure", "read_only"]],
  [
    "CALL dbms.security.createUser('eve', 'password123', false)",
    ["forbidden_procedure", "read_only", "forbidden"],
  ],
  ["CALL db.createLabel('Hacked')", ["forbidden_procedure", "read_only"]],
  ["CALL db.createProperty('hacked')", ["forbidden_procedure", "read_only"]],
  ["CALL db.clearQueryCaches()", ["forbidden_procedure", "read_only"]],
  ["CALL apoc.help('create')", ["forbidden_procedure"]],
  ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", ["forbidden_procedure"]],
  ["CREATE USER eve SET PASSWORD 'password123'", ["read_only", "forbidden"]],
  ["SHOW USERS", ["read_only", "forbidden"]],
  ["CREATE DATABASE evil", ["read_only", "forbidden"]],
  ["CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)", ["read_only"]],
  ["CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE", ["read_only"]],
  ["DROP INDEX entity_id IF EXISTS", ["read_only"]],
  ["SHOW TRANSACTIONS", ["forbidden_procedure"]],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ["forbidden_procedure"]],
  ["/* harmless */ CREATE (n:Hacked)", ["read_only"]],
  [
    "// just a comment\nMATCH (n) RETURN n LIMIT 1 UNION MATCH (n) CREATE (m:Hacked) RETURN m",
    ["read_only", "invalid_argument", "cypher_syntax"],
  ],
  ["MATCH (n) RETURN count(n); CREATE (n:Hacked)", ["cypher_syntax"]],
  ["MATCH (n) RETURN count(n);\nMATCH (n) DETACH DELETE n", ["cypher_syntax"]],
  ["USING PERIODIC COMMIT LOAD CSV FROM 'file:///x.csv' AS l CREATE (:Hacked)", ["cypher_syntax"]],
  ["cReAtE (n:Hacked)", ["read_only"]],
  ["WITH 1 AS x CALL { WITH x CREATE (:Hacked {x: x}) } RETURN x", ["read_only"]],
];

describeNeo4j("POST /api/cypher refuses writes", () => {
  let app: ConsoleServer;
  let before: DbCounts;

  beforeAll(async () => {
    app = await startConsoleServer();
    before = await dbCounts(app.admin);
  });
  afterAll(() => app?.close());

  it("covers at least 30 hostile statements", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  for (const [query, codes] of HOSTILE) {
    it(`refuses ${JSON.stringify(query)} with a 4xx and one of ${codes.join("/")}`, async () => {
      const res = await app.post("/api/cypher", { query });
      expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text).toBeLessThan(500);
      expect(codes, res.text).toContain(res.body.error.code);
      expect(res.body.error.message).toEqual(expect.any(String));
    });
  }

  it("leaves node, relationship, label, property-key, relationship-type and index counts unchanged", async () => {
    expect(await dbCounts(app.admin)).toEqual(before);
    expect(before.nodes).toBeGreaterThan(40);
  });

  describe("the second check: a READ transaction", () => {
    const writes = [
      "CREATE (:Hacked)",
      "MATCH (n:Entity {id: 'japan'}) SET n.name = 'x'",
      "MATCH (n) DETACH DELETE n",
      "CALL db.createLabel('Hacked')",
    ];
    for (const query of writes) {
      it(`refuses ${JSON.stringify(query)} as read_only with the plan check switched off`, async () => {
        const unguarded = new Neo4jCypherConsole(app.store.connection.driver, {
          timeoutMs: 3_000,
          guard: () => undefined,
        });
        await expect(unguarded.run({ query, params: {}, limit: 10, mode: "read" })).rejects.toMatchObject({
          code: "read_only",
        });
        expect(await dbCounts(app.admin)).toEqual(before);
      });
    }
  });
});
