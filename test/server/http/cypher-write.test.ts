// Write mode: off by default, on only with the server's API_TOKEN as a bearer token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { dbCounts, startConsoleServer, type ConsoleServer } from "./cypher-test-server.js";

const TOKEN = "write-token-0123456789-abcdefghij";
const WRITE = { query: "CREATE (n:Scratch {id: 'scratch'}) RETURN n", mode: "write" };

describeNeo4j("POST /api/cypher write mode", () => {
  describe("on a server with API_TOKEN", () => {
    let app: ConsoleServer;
    beforeAll(async () => {
      app = await startConsoleServer({ API_TOKEN: TOKEN });
    });
    afterAll(async () => {
      await app?.admin.executeQuery("MATCH (n:Scratch) DETACH DELETE n");
      await app?.close();
    });

    it("answers 401 unauthorized without a bearer token, and writes nothing", async () => {
      const before = await dbCounts(app.admin);
      const res = await app.post("/api/cypher", WRITE);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
      expect(await dbCounts(app.admin)).toEqual(before);
    });

    it("answers 401 unauthorized with the wrong token", async () => {
      const res = await app.post("/api/cypher", WRITE, { authorization: `Bearer ${TOKEN}x` });
      expect(res.status).toBe(401);
      expect(res.body.error.message).toContain("not valid");
    });

    it("writes with the right token and reports the counters", async () => {
      const res = await app.post("/api/cypher", WRITE, { authorization: `Bearer ${TOKEN}` });
      expect(res.status, res.text).toBe(200);
      expect(res.body.summary.counters).toMatchObject({ nodesCreated: 1, labelsAdded: 1, propertiesSet: 1 });
      expect(res.body.rows[0].n).toMatchObject({ id: "scratch", type: "Scratch" });
      const check = await app.admin.executeQuery("MATCH (n:Scratch {id: 'scratch'}) RETURN count(n) AS c");
      expect(check.records[0]!.get("c").toNumber()).toBe(1);
    });

    it("still refuses writes in read mode, token or not", async () => {
      const res = await app.post(
        "/api/cypher",
        { ...WRITE, mode: "read" },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("read_only");
    });
  });

  describe("on a server without API_TOKEN", () => {
    let app: ConsoleServer;
    beforeAll(async () => {
      app = await startConsoleServer({});
    });
    afterAll(() => app?.close());

    it("answers 403 read_only saying how to enable write mode", async () => {
      const res = await app.post("/api/cypher", WRITE, { authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: "read_only",
        message: expect.stringContaining("API_TOKEN"),
      });
    });
  });
});
