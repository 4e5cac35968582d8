// Database faults: Neo4j SIGKILLed and restarted under a fixed-rate read load; errors only during the outage, clean 503s.
import os from "node:os";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ensureNeo4jData } from "../../bench/suites/neo4j-data.js";
import { connectedTestStore } from "../helpers/neo4j-store.js";
import { describeNeo4j, neo4jTestConfig } from "../helpers/neo4j.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { fixedRate, type Outcome } from "./fixed-rate.js";
import { killNeo4j, neo4jPort, startNeo4j } from "./neo4j-process.js";
import { BA_100K, baGraph, mixedPaths } from "./workload.js";

const RATE = Number(process.env.OUTAGE_RATE ?? 20);
const BEFORE_KILL_MS = 10_000;
const DOWN_MS = 3_000;
/** The goal: every request sent this long after Neo4j is ready again succeeds. */
const RECOVERY_GOAL_MS = 10_000;
const AFTER_GOAL_MS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ok = (o: Outcome) => o.status >= 200 && o.status < 300;

describeNeo4j(`Neo4j SIGKILLed and restarted under load (port ${neo4jPort}, ${RATE} req/s)`, () => {
  let api: ChildServer;
  beforeAll(async () => {
    const store = await connectedTestStore();
    try {
      await ensureNeo4jData(store, BA_100K);
    } finally {
      await store.close();
    }
    api = await startChildServer("server/main.ts", {
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      RATE_LIMIT_PER_MINUTE: "10000000",
      NEO4J_URI: neo4jTestConfig().uri,
    });
    for (let i = 0; i < 120 && (await fetch(`${api.url}/api/health/ready`)).status !== 200; i++)
      await sleep(500);
  }, 900_000);
  afterAll(async () => {
    expect(await api?.stop()).toBe(0);
  });

  it(`fails only between the kill and ready + ${RECOVERY_GOAL_MS / 1000} s, with clean 503s, then answers every request`, async () => {
    expect((await fetch(`${api.url}/api/health/ready`)).status).toBe(200);
    const load = fixedRate(api.url, mixedPaths(baGraph(BA_100K)), RATE);
    await sleep(BEFORE_KILL_MS);
    const killAt = Date.now();
    await killNeo4j();
    await sleep(DOWN_MS);
    const { readyAt, launched } = await startNeo4j();
    const goalAt = readyAt + RECOVERY_GOAL_MS;
    await sleep(Math.max(0, goalAt + AFTER_GOAL_MS - Date.now()));
    const outcomes = await load.stop();
    await launched; // the launcher has finished its start too (and recorded the pid)

    const failures = outcomes.filter((o) => !ok(o));
    const codes = new Map<string, number>();
    for (const f of failures)
      codes.set(`${f.status} ${f.code}`, (codes.get(`${f.status} ${f.code}`) ?? 0) + 1);
    const lastFailure = Math.max(killAt, ...failures.map((f) => f.doneAt));
    const firstFailure = Math.min(...failures.map((f) => f.doneAt));
    console.log(
      `neo4j outage: ${outcomes.length} requests at ${RATE}/s; Neo4j down ${((readyAt - killAt) / 1000).toFixed(1)} s ` +
        `(SIGKILL → ready); ${failures.length} failed (${[...codes].map(([c, n]) => `${c} ×${n}`).join(", ") || "none"}), ` +
        `first ${((firstFailure - killAt) / 1000).toFixed(1)} s after the kill, last ${((lastFailure - readyAt) / 1000).toFixed(1)} s ` +
        `after ready; ${outcomes.filter((o) => o.sentAt >= goalAt).length} requests from ready + ${RECOVERY_GOAL_MS / 1000} s, ` +
        `all ok: ${outcomes.filter((o) => o.sentAt >= goalAt).every(ok)} | load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
    );

    // Before the kill the server kept up: most of what it was sent is answered, all of it ok.
    const beforeKill = outcomes.filter((o) => o.doneAt < killAt);
    expect(beforeKill.length).toBeGreaterThanOrEqual(RATE * (BEFORE_KILL_MS / 1000) * 0.5);
    expect(beforeKill.every(ok)).toBe(true);
    for (const f of failures) {
      // Errors only during the outage, and each one a clean JSON 503 from the API (never a 500, a cut or a hang).
      expect(f.doneAt, JSON.stringify(f)).toBeGreaterThanOrEqual(killAt);
      expect(f.sentAt, JSON.stringify(f)).toBeLessThan(goalAt);
      expect(f.status, JSON.stringify(f)).toBe(503);
      expect(f.code, JSON.stringify(f)).toBe("store_unavailable");
    }
    // 100% success in every 1-s bucket from ready + 10 s to the end.
    const after = outcomes.filter((o) => o.sentAt >= goalAt);
    expect(after.length).toBeGreaterThanOrEqual(RATE * (AFTER_GOAL_MS / 1000) * 0.9);
    const buckets = new Map<number, Outcome[]>();
    for (const o of after)
      buckets.set(Math.floor((o.sentAt - goalAt) / 1000), [
        ...(buckets.get(Math.floor((o.sentAt - goalAt) / 1000)) ?? []),
        o,
      ]);
    for (const [second, inBucket] of buckets)
      expect(inBucket.filter(ok).length, `second ${second}`).toBe(inBucket.length);
    expect((await fetch(`${api.url}/api/health/ready`)).status).toBe(200);
  }, 900_000);
});
