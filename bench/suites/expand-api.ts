// Benchmark b: the expand endpoint on both stores under autocannon vs Express hello-world and the raw call behind it.
import neo4j from "neo4j-driver";
import { createApp } from "../../server/app.js";
import { silentLogger } from "../../server/logger.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import type { MemoryGraph } from "../../server/store/memory/graph-types.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { neighborhoodDepth1 } from "../../server/store/neo4j/neighbor-queries.js";
import { dataSetName, memoryStoreFor, sampleIds, type DataSet } from "../lib/graphs.js";
import { drive, helloWorldApp, latencies, listen } from "../lib/http.js";
import { compare, Recorder } from "../lib/result.js";
import { median, sample } from "../lib/stats.js";
import type { BenchContext, Suite } from "../lib/suite.js";
import { ensureNeo4jData } from "./neo4j-data.js";

const LIMIT = 100; // the endpoint's default page

export const expandApiSuite: Suite = {
  name: "expand-api",
  title: "Expand API (GET /api/nodes/:id/neighbors)",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    const seconds = ctx.quick ? 3 : 10;
    const hello = await listen(helloWorldApp());
    try {
      const memSets: DataSet[] = ctx.quick
        ? [{ kind: "ba", edges: 10_000 }]
        : [{ kind: "ba", edges: 1_000_000 }, { kind: "wordnet" }];
      for (const d of memSets) {
        rec.data.push(`memory: ${dataSetName(d)}`);
        const store = await memoryStoreFor(d);
        const ids = sampleIds(d, 200);
        await measure(rec, "memory", store, d, ids, hello.url, seconds);
        // The raw call: graphology's own neighbour walk with attribute reads, no BFS bookkeeping or copies.
        const graph = (store as unknown as { graph: MemoryGraph }).graph;
        const raw = await sample(
          (i) => graph.mapNeighbors(ids[i % ids.length]!, (_n, attrs) => attrs.name).slice(0, LIMIT),
          { count: 2_000 },
        );
        const p50 = rec.rows.find(
          (r) => r.subject === `expand p50 (1 connection), memory, ${dataSetName(d)}`,
        )!;
        rec.add(
          compare({
            subject: p50.subject,
            baseline: "raw graphology mapNeighbors (in process)",
            metric: "p50",
            unit: "ms",
            value: p50.value,
            baselineValue: median(raw!),
          }),
        );
      }
      if (!ctx.neo4j) rec.note("Neo4j not running: its rows did not run");
      else await measureNeo4j(rec, ctx.neo4j, ctx.quick, hello.url, seconds);
    } finally {
      await hello.close();
    }
    rec.note(
      "1-connection p50s: autocannon's per-response times, in 5 rounds alternating the endpoint, hello-world and (Neo4j) the raw statements and the store call; before 2026-11-22 they were fetch() timings (~0.7 ms of client cost each) taken one side after the other",
    );
    return rec.finish();
  },
};

/**
 * The Neo4j rows: BA (and WordNet in full runs), endpoint vs a generic raw MATCH (the original baseline),
 * and vs the exact statement the store sends for this expand, run raw with executeQuery (the "raw
 * driver query behind it"); plus the store call alone against that statement, so the HTTP share shows.
 */
async function measureNeo4j(
  rec: Recorder,
  store: Neo4jStore,
  quick: boolean,
  helloUrl: string,
  seconds: number,
) {
  const sets: DataSet[] = quick
    ? [{ kind: "ba", edges: 10_000 }]
    : [{ kind: "ba", edges: 1_000_000 }, { kind: "wordnet" }];
  for (const d of sets) {
    await ensureNeo4jData(store, d);
    rec.data.push(`neo4j: ${dataSetName(d)}`);
    const ids = sampleIds(d, 200);
    const driver = store.connection.driver;
    const id = (i: number) => ids[i % ids.length]!;
    // The statement the store itself sends for GET …/neighbors?depth=1&limit=100 (neighbors.ts depthOne),
    // with the store's parameters, routing and time limit, through the same pipelined executeQuery.
    const statement = neighborhoodDepth1("both");
    const { raw, ownRaw, storeCall } = await measure(rec, "neo4j", store, d, ids, helloUrl, seconds, {
      raw: (i) =>
        driver.executeQuery("MATCH (a:Entity {id: $id})-[r]-(b:Entity) RETURN a, r, b LIMIT 100", {
          id: id(i),
        }),
      ownRaw: (i) =>
        driver.executeQuery(
          statement,
          { id: id(i), offset: neo4j.int(0), limit: neo4j.int(LIMIT), relTypes: null, types: null },
          { routing: neo4j.routing.READ, bookmarkManager: null, transactionConfig: { timeout: 10_000 } },
        ),
      storeCall: (i) => store.neighbors(id(i), { depth: 1, limit: LIMIT, direction: "both" }),
    });
    const p50 = rec.rows.find((r) => r.subject === `expand p50 (1 connection), neo4j, ${dataSetName(d)}`)!;
    rec.add(
      compare(
        {
          subject: p50.subject,
          baseline: "raw driver query (one MATCH, LIMIT 100)",
          metric: "p50",
          unit: "ms",
          value: p50.value,
          baselineValue: median(raw!),
        },
        // No goal here: this generic MATCH is not the statement behind the endpoint (no DISTINCT, order,
        // count or edges among the neighbours); the goal is judged against the store's own statement below.
      ),
    );
    rec.add(
      compare(
        {
          subject: p50.subject,
          baseline: "raw driver: the store's own depth-1 statement",
          metric: "p50",
          unit: "ms",
          value: p50.value,
          baselineValue: median(ownRaw!),
        },
        { text: "≤ 1.3× raw driver p50", check: (c) => c.ratio <= 1.3 },
      ),
    );
    rec.add(
      compare({
        subject: `expand p50, neo4j store call (no HTTP), ${dataSetName(d)}`,
        baseline: "raw driver: the store's own depth-1 statement",
        metric: "p50",
        unit: "ms",
        value: median(storeCall!),
        baselineValue: median(ownRaw!),
      }),
    );
  }
}

async function measure(
  rec: Recorder,
  kind: string,
  store: GraphStore,
  d: DataSet,
  ids: string[],
  helloUrl: string,
  seconds: number,
  alongside: Record<string, (i: number) => Promise<unknown>> = {},
): Promise<Record<string, number[]>> {
  const app = await listen(
    createApp({ store, config: { CLIENT_DIR: "/nonexistent" }, logger: silentLogger }),
  );
  try {
    const paths = ids.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?depth=1&limit=${LIMIT}`);
    // Hello-world before and after the endpoint, averaged, so drift in the machine's load hits both sides.
    const before = await drive(helloUrl, ["/hello"], seconds, 10);
    const endpoint = await drive(app.url, paths, seconds, 10);
    const after = await drive(helloUrl, ["/hello"], seconds, 10);
    if (endpoint.errors || endpoint.non2xx)
      rec.note(`${kind}: ${endpoint.errors} errors, ${endpoint.non2xx} non-2xx responses`);
    const goal =
      kind === "memory"
        ? { text: "≥ 0.7× hello-world req/s", check: (c: { ratio: number }) => c.ratio >= 0.7 }
        : undefined;
    rec.add(
      compare(
        {
          subject: `expand req/s (10 connections), ${kind}, ${dataSetName(d)}`,
          baseline: "Express hello-world, same pass",
          metric: "req/s",
          unit: "req/s",
          value: endpoint.reqPerSec,
          baselineValue: (before.reqPerSec + after.reqPerSec) / 2,
        },
        goal,
      ),
    );
    // One request at a time for latency, from autocannon's own client (fetch() added ~0.7 ms of its own),
    // in rounds that alternate with hello-world and the `alongside` calls, so drift in the machine (or in this
    // process's heap) falls on every side alike instead of on whichever ran last.
    const rounds = 5;
    const perRound = (kind === "memory" ? 400 : 200) / rounds;
    const times: number[] = [];
    const helloTimes: number[] = [];
    const others: Record<string, number[]> = Object.fromEntries(Object.keys(alongside).map((k) => [k, []]));
    for (let round = 0; round < rounds; round++) {
      const first = round * perRound;
      const chunk = Array.from({ length: perRound }, (_, j) => paths[(first + j) % paths.length]!);
      times.push(...(await latencies(app.url, chunk, perRound)));
      helloTimes.push(...(await latencies(helloUrl, ["/hello"], 400 / rounds)));
      for (const [name, call] of Object.entries(alongside))
        others[name]!.push(...(await sample((i) => call(first + i), { count: perRound })));
    }
    rec.add(
      compare({
        subject: `expand p50 (1 connection), ${kind}, ${dataSetName(d)}`,
        baseline: "Express hello-world p50 (1 connection)",
        metric: "p50",
        unit: "ms",
        value: median(times),
        baselineValue: median(helloTimes),
      }),
    );
    return others;
  } finally {
    await app.close();
  }
}
