// Cypher injection: 200+ payloads in every string parameter of search, expand, paths, briefings and import, on both stores.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../seed/load-seed.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { CYPHER_INJECTION_PAYLOADS } from "../fixtures/cypher-injection-payloads.js";
import { graphFingerprint } from "../helpers/fingerprint.js";
import { startTestServer, type TestServer } from "../helpers/http.js";
import { describeNeo4j, neo4jTestConfig } from "../helpers/neo4j.js";
import { connectedTestStore } from "../helpers/neo4j-store.js";
import { rawClient, runPool } from "../helpers/raw-http.js";
import { dbCounts } from "../server/http/cypher-test-server.js";
import { batchCases, roundTripImport, scalarCases, type InjectionCase } from "./injection-cases.js";

const API_TOKEN = "injection-token-0123456789";
const CONCURRENCY = 8;
/** Payloads per import file in the batched cases (one node, edge or row each). */
const BATCH = 8;
const INTERNALS = /\n\s+at \S|\(\S+:\d+:\d+\)|node_modules|node:internal|\/work\/|\.[cm]?[jt]s:\d/;

interface Outcome {
  requests: number;
  /** Payload × parameter pairs sent (a batched request carries several). */
  injections: number;
  parameters: number;
  byClass: Record<string, number>;
  failures: string[];
}

/** Send every case for every payload; collect anything at or above 500, leaking internals, or not refused. */
async function inject(server: TestServer, withConsole: boolean): Promise<Outcome> {
  const cases: InjectionCase[] = [
    ...CYPHER_INJECTION_PAYLOADS.flatMap((p) => scalarCases(p, API_TOKEN, withConsole)),
    ...batchCases(CYPHER_INJECTION_PAYLOADS, API_TOKEN, BATCH),
  ];
  const client = rawClient(server.baseUrl, CONCURRENCY);
  const byClass: Record<string, number> = {};
  const failures: string[] = [];
  try {
    await runPool(cases, CONCURRENCY, async ({ parameter, request, refused }) => {
      const { status, text } = await client.send(request);
      byClass[`${Math.floor(status / 100)}xx`] = (byClass[`${Math.floor(status / 100)}xx`] ?? 0) + 1;
      const fail = (why: string) =>
        failures.push(`${why} on ${parameter} ${request.path.slice(0, 120)}: ${text.slice(0, 300)}`);
      if (status >= 500) fail(`${status}`);
      if (INTERNALS.test(text)) fail("internals in the answer");
      if (refused && status !== 400) fail(`not refused (${status})`);
    });
  } finally {
    client.close();
  }
  return {
    requests: cases.length,
    injections: cases.reduce((sum, c) => sum + (c.payloads ?? 1), 0),
    parameters: new Set(cases.map((c) => c.parameter)).size,
    byClass,
    failures,
  };
}

/** Apply one import holding every payload as text, then read each back: stored verbatim, byte for byte. */
async function expectRoundTrip(server: TestServer): Promise<void> {
  const applied = await server.request("/api/import?dryRun=false&format=json", {
    method: "POST",
    headers: { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" },
    body: roundTripImport(CYPHER_INJECTION_PAYLOADS),
  });
  expect(applied.status, applied.text.slice(0, 500)).toBe(200);
  const mismatches: string[] = [];
  await runPool([...CYPHER_INJECTION_PAYLOADS.entries()], CONCURRENCY, async ([i, payload]) => {
    const { body } = await server.request(`/api/nodes/inj-rt-${i}`);
    const node = body?.node;
    if (node?.name !== payload || node?.aliases?.[0] !== payload || node?.properties?.note !== payload)
      mismatches.push(`${JSON.stringify(payload)} came back as ${JSON.stringify(node)}`);
  });
  expect(mismatches).toEqual([]);
  const { nodes, edges } = await server.store.exportAll();
  const notes = new Map(edges.map((e) => [e.id, e.evidence[0]?.note]));
  expect(CYPHER_INJECTION_PAYLOADS.filter((p, i) => notes.get(`inj-rt-e${i}`) !== p)).toEqual([]);
  expect(nodes.filter((n) => n.id.startsWith("inj-rt-")).length).toBe(CYPHER_INJECTION_PAYLOADS.length);
}

function report(store: string, outcome: Outcome, seconds: number): void {
  console.log(
    `injection (${store}): ${CYPHER_INJECTION_PAYLOADS.length} payloads × ${outcome.parameters} parameters = ` +
      `${outcome.injections} injections in ${outcome.requests} requests, ${seconds.toFixed(1)} s ` +
      `(concurrency ${CONCURRENCY}, import files of ${BATCH}); ` +
      `by status class ${JSON.stringify(outcome.byClass)}; failures ${outcome.failures.length}`,
  );
}

async function runSuite(store: GraphStore, name: string, extraCounts?: () => Promise<unknown>) {
  const server = await startTestServer({ store, config: { API_TOKEN } });
  try {
    const before = { graph: await graphFingerprint(store), db: await extraCounts?.() };
    const started = Date.now();
    const outcome = await inject(server, Boolean(store.cypher));
    report(name, outcome, (Date.now() - started) / 1000);
    expect(outcome.failures.slice(0, 20)).toEqual([]);
    // Every parameter got every payload.
    expect(outcome.injections).toBe(CYPHER_INJECTION_PAYLOADS.length * outcome.parameters);
    expect({ graph: await graphFingerprint(store), db: await extraCounts?.() }).toEqual(before);
    await expectRoundTrip(server);
  } finally {
    await server.close();
  }
}

describe("Cypher injection on the memory store", () => {
  it("has at least 200 distinct payloads", () => {
    expect(new Set(CYPHER_INJECTION_PAYLOADS).size).toBeGreaterThanOrEqual(200);
  });

  it("answers every payload in every parameter below 500, refuses invalid applies, and leaves the graph as it was", async () => {
    const { createMemoryStore } = await import("../../server/store/memory/memory-store.js");
    await runSuite(await createMemoryStore(await loadSeed()), "memory");
  }, 300_000);
});

describeNeo4j("Cypher injection on the Neo4j store", () => {
  let store: GraphStore & { close(): Promise<void> };
  let admin: Driver;

  beforeAll(async () => {
    // A generous query timeout: on a loaded CI machine a 504 would say "slow", not "injected"; this test is about the latter.
    store = await connectedTestStore({ queryTimeoutMs: 60_000 });
    await store.clear();
    await store.load(await loadSeed());
    const cfg = neo4jTestConfig();
    admin = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  });
  afterAll(async () => {
    // Leave the seed behind, as the other Neo4j tests expect a known graph (or reset it themselves).
    await store?.clear();
    await store?.load(await loadSeed());
    await store?.close();
    await admin?.close();
  });

  it("answers every payload in every parameter below 500, refuses invalid applies, and leaves the database as it was", async () => {
    await runSuite(store, "neo4j", () => dbCounts(admin));
  }, 600_000);
});
