// A console query whose memory Neo4j does not track (a string doubled 40 times): answered 4xx, and Neo4j must survive it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeNeo4j, neo4jTestConfig } from "../helpers/neo4j.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { neo4jAnswers, neo4jPort, startNeo4j } from "./neo4j-process.js";

/** 2^40 characters: no list is built, so dbms.memory.transaction.total.max (70% of the heap) never sees it. */
const BOMB = "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n";

const cypher = async (url: string, query: string) => {
  const res = await fetch(`${url}/api/cypher`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text() };
};

describeNeo4j(`a memory bomb in the Cypher console (Neo4j on port ${neo4jPort})`, () => {
  let api: ChildServer;
  beforeAll(async () => {
    // main.ts on whatever the database holds (not cleared: the load scripts reuse their BA graph).
    api = await startChildServer("server/main.ts", {
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      NEO4J_URI: neo4jTestConfig().uri,
      RATE_LIMIT_CYPHER_PER_MINUTE: "100000",
    });
    for (let i = 0; i < 120 && (await fetch(`${api.url}/api/health/ready`)).status !== 200; i++)
      await new Promise((resolve) => setTimeout(resolve, 500));
  });
  afterAll(async () => {
    await api?.stop();
    // Leave a running Neo4j for the scripts after this one, whatever the bomb did to it.
    if (!(await neo4jAnswers())) {
      const { readyAt, launched } = await startNeo4j();
      console.log(`cypher memory bomb: Neo4j restarted, taking logins at ${new Date(readyAt).toISOString()}`);
      await launched;
    }
  }, 1_800_000);

  it("answers the bomb with a 4xx, and the next 100 queries succeed on a Neo4j still up", async () => {
    const res = await cypher(api.url, BOMB);
    const alive = await neo4jAnswers();
    console.log(`cypher memory bomb: ${res.status} ${res.text.slice(0, 200)}; Neo4j still up: ${alive}`);
    expect(res.status, res.text).toBeGreaterThanOrEqual(400);
    expect(res.status, res.text).toBeLessThan(500);
    expect(alive).toBe(true);
    let ok = 0;
    for (let i = 0; i < 100; i++) if ((await cypher(api.url, "RETURN 1 AS one")).status === 200) ok++;
    expect(ok).toBe(100);
  });
});
