// Benchmark b's measurements: the expand endpoint on both stores under autocannon vs Express hello-world and the raw call behind it.
import neo4j from "neo4j-driver";
import type { createApp } from "../../server/app.js";
import type { Logger } from "../../server/logger.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import type { MemoryGraph } from "../../server/store/memory/graph-types.js";
import type { MemoryGraphStore } from "../../server/store/memory/memory-store.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { neighborhoodDepth1 } from "../../server/store/neo4j/neighbor-queries.js";
import { dataSetName, loadInto, sampleIds, type DataSet } from "../lib/graphs.js";
import { drive, helloWorldApp, latencies, listen, type Load } from "../lib/http.js";
import { compare, Recorder } from "../lib/result.js";
import type { BenchResult } from "../lib/result.js";
import { median, sample, warmEach } from "../lib/stats.js";
import type { BenchContext } from "../lib/suite.js";
import { ensureNeo4jData } from "./neo4j-data.js";

const LIMIT = 100; // the endpoint's default page

/** The server modules an endpoint is built from: the compiled build `npm start` runs, or the TypeScript source. */
export interface ServerBuild {
  /** How this build was loaded, for the report ("tsc build", "TypeScript source through tsx"). */
  label: string;
  createApp: typeof createApp;
  silentLogger: Logger;
  createMemoryStore(): Promise<MemoryGraphStore>;
}

/**
 * Every row of the suite. The endpoint is built from `shipped` (and, for the memory rows, also from
 * `source`, so the report shows what running the server through tsx changes, in the same pass).
 */
export async function measureExpandApi(
  ctx: BenchContext,
  shipped: ServerBuild,
  source?: ServerBuild,
): Promise<BenchResult> {
  const rec = new Recorder("expand-api", "Expand API (GET /api/nodes/:id/neighbors)");
  const seconds = ctx.quick ? 1 : 10; // --quick: 1-second windows, to fit its 3-minute budget
  const hello = await listen(helloWorldApp());
  try {
    const memSets: DataSet[] = ctx.quick
      ? [{ kind: "ba", edges: 10_000 }]
      : [{ kind: "ba", edges: 1_000_000 }, { kind: "wordnet" }];
    for (const d of memSets) {
      rec.data.push(`memory: ${dataSetName(d)}`);
      const store = await memoryStore(shipped, d);
      const ids = sampleIds(d, 200);
      const alsoSource = source && { build: source, store: await memoryStore(source, d) };
      await measure(rec, shipped, "memory", store, d, ids, hello.url, seconds, {}, alsoSource);
      // The raw call: graphology's own neighbour walk with attribute reads, no BFS bookkeeping or copies.
      const graph = (store as unknown as { graph: MemoryGraph }).graph;
      const raw = await sample(
        (i) => graph.mapNeighbors(ids[i % ids.length]!, (_n, attrs) => attrs.name).slice(0, LIMIT),
        { count: 2_000 },
      );
      const p50 = rec.rows.find((r) => r.subject === `expand p50 (1 connection), memory, ${dataSetName(d)}`)!;
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
    else await measureNeo4j(rec, shipped, ctx.neo4j, ctx.quick, hello.url, seconds);
  } finally {
    await hello.close();
  }
  rec.note(
    "1-connection p50s: autocannon's per-response times, in 5 rounds alternating the endpoint, hello-world and (Neo4j) the raw statements and the store call; before 2026-11-22 they were fetch() timings (~0.7 ms of client cost each) taken one side after the other",
  );
  rec.note(
    `the endpoint runs the server's ${shipped.label} in a node process without tsx, as \`npm start\` does; before 2026-11-22 (fourth pass) it ran the TypeScript source through tsx (keepNames wrappers on every closure, source-mapped stacks), which the "through tsx" rows still measure`,
  );
  if (!ctx.quick)
    rec.note(
      "req/s (eleventh pass on, 2026-11-23): each endpoint warmed up for 2 s, then hello-world, the tsc build and (memory) the tsx source each driven in 2-second windows, 6 cycles with the order rotating every cycle; each side's rate is the mean of its windows. From the fourth to the tenth pass each endpoint had two 5-second windows (A B, hello-world, B A) between three hello-world windows",
    );
  return rec.finish();
}

/** A fresh memory store of `build` holding `d`: each build walks the graph with its own code. */
async function memoryStore(build: ServerBuild, d: DataSet): Promise<MemoryGraphStore> {
  const store = await build.createMemoryStore();
  await loadInto(store, d);
  await store.whenIndexed(); // steady state: depth-1 expansions read the expand index
  return store;
}

/**
 * The Neo4j rows: BA (and WordNet in full runs), endpoint vs a generic raw MATCH (the original baseline),
 * and vs the exact statement the store sends for this expand, run raw with the driver's one-call API,
 * executeQuery (the "raw driver query behind it", and the goal's baseline), and run raw the way the
 * store sends it since the tenth pass, auto-commit in one round trip; plus the store call alone against the
 * latter, so the HTTP share shows.
 */
async function measureNeo4j(
  rec: Recorder,
  build: ServerBuild,
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
    // with the store's parameters, routing and time limit: through executeQuery, and as an auto-commit
    // session.run like the store's (auto-commit-read.ts).
    const statement = neighborhoodDepth1("both");
    const params = (i: number) => ({
      id: id(i),
      offset: neo4j.int(0),
      limit: neo4j.int(LIMIT),
      relTypes: null,
      types: null,
    });
    const sides: Record<string, (i: number) => Promise<unknown>> = {
      raw: (i) =>
        driver.executeQuery("MATCH (a:Entity {id: $id})-[r]-(b:Entity) RETURN a, r, b LIMIT 100", {
          id: id(i),
        }),
      ownRaw: (i) =>
        driver.executeQuery(statement, params(i), {
          routing: neo4j.routing.READ,
          bookmarkManager: null,
          transactionConfig: { timeout: 10_000 },
        }),
      ownAutoCommit: async (i) => {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          return await session.run(statement, params(i), { timeout: 10_000 });
        } finally {
          await session.close();
        }
      },
      storeCall: (i) => store.neighbors(id(i), { depth: 1, limit: LIMIT, direction: "both" }),
    };
    // As in search-path: a freshly started Neo4j runs a statement several times slower until its JIT has
    // compiled it; each side runs until its p50 stops falling (the endpoint sends the store call's statement).
    const warmed = await warmEach(Object.entries(sides), quick);
    rec.note(`neo4j, ${dataSetName(d)}: JIT warm-up until each side's p50 stopped falling: ${warmed}`);
    const { raw, ownRaw, ownAutoCommit, storeCall } = await measure(
      rec,
      build,
      "neo4j",
      store,
      d,
      ids,
      helloUrl,
      seconds,
      sides,
    );
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
          baseline: "raw driver: the store's own depth-1 statement (executeQuery)",
          metric: "p50",
          unit: "ms",
          value: p50.value,
          baselineValue: median(ownRaw!),
        },
        { text: "≤ 1.3× raw driver p50", check: (c) => c.ratio <= 1.3 },
      ),
    );
    // No goal: the floor, the same statement sent as the store sends it; the ratio is the HTTP work's share.
    rec.add(
      compare({
        subject: p50.subject,
        baseline: "raw driver: the store's own depth-1 statement, auto-commit (as the store sends it)",
        metric: "p50",
        unit: "ms",
        value: p50.value,
        baselineValue: median(ownAutoCommit!),
      }),
    );
    rec.add(
      compare({
        subject: `expand p50, neo4j store call (no HTTP), ${dataSetName(d)}`,
        baseline: "raw driver: the store's own depth-1 statement, auto-commit (as the store sends it)",
        metric: "p50",
        unit: "ms",
        value: median(storeCall!),
        baselineValue: median(ownAutoCommit!),
      }),
    );
  }
}

async function measure(
  rec: Recorder,
  build: ServerBuild,
  kind: string,
  store: GraphStore,
  d: DataSet,
  ids: string[],
  helloUrl: string,
  seconds: number,
  alongside: Record<string, (i: number) => Promise<unknown>> = {},
  source?: { build: ServerBuild; store: GraphStore },
): Promise<Record<string, number[]>> {
  const appOf = (b: ServerBuild, s: GraphStore) =>
    listen(b.createApp({ store: s, config: { CLIENT_DIR: "/nonexistent" }, logger: b.silentLogger }));
  const app = await appOf(build, store);
  const sourceApp = source && (await appOf(source.build, source.store));
  try {
    const paths = ids.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?depth=1&limit=${LIMIT}`);
    // A short warm-up of each endpoint first: the first one driven would otherwise also pay for
    // compiling the Express and HTTP paths the second then finds ready.
    for (const warm of [app, sourceApp]) if (warm) await drive(warm.url, paths, Math.min(seconds, 2), 10);
    // Hello-world and the endpoint (and the source build's) in short windows, cycle after cycle with the order
    // rotating, so that a burst of the host's load or of this process's garbage collection falls on every side
    // alike (before the eleventh pass: one or two 5-second windows per side, and the row swung 0.45-0.83x).
    const sides: Side[] = [
      { name: "hello", url: helloUrl, paths: ["/hello"] },
      { name: "endpoint", url: app.url, paths },
      ...(sourceApp ? [{ name: "source", url: sourceApp.url, paths }] : []),
    ];
    const cycles = seconds >= 10 ? 6 : 1; // full runs: 6 cycles of 2-second windows; --quick: one cycle
    const runs = await interleavedLoads(sides, cycles, seconds >= 10 ? 2 : seconds);
    const helloReqPerSec = meanLoad(runs.hello!).reqPerSec;
    const endpoint = meanLoad(runs.endpoint!);
    const fromSource = runs.source && meanLoad(runs.source);
    if (cycles > 1) {
      const perCycle = runs.endpoint!.map((run, c) => run.reqPerSec / runs.hello![c]!.reqPerSec);
      rec.note(
        `${kind}, ${dataSetName(d)}: endpoint over hello-world req/s cycle by cycle ${perCycle.map((r) => r.toFixed(2)).join(", ")}`,
      );
    }
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
          baselineValue: helloReqPerSec,
        },
        goal,
      ),
    );
    if (fromSource)
      rec.add(
        compare({
          subject: `expand req/s (10 connections), ${kind}, ${dataSetName(d)}, server code through tsx`,
          baseline: "Express hello-world, same pass",
          metric: "req/s",
          unit: "req/s",
          value: fromSource.reqPerSec,
          baselineValue: helloReqPerSec,
        }),
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
    await sourceApp?.close();
  }
}

interface Side {
  name: string;
  url: string;
  paths: string[];
}

/**
 * Each side driven for `seconds` (10 connections) once per cycle, the sides' order rotated by one every cycle:
 * each side's windows, by name, in cycle order.
 */
async function interleavedLoads(
  sides: Side[],
  cycles: number,
  seconds: number,
): Promise<Record<string, Load[]>> {
  const runs: Record<string, Load[]> = Object.fromEntries(sides.map((side) => [side.name, []]));
  for (let cycle = 0; cycle < cycles; cycle++)
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(cycle + k) % sides.length]!;
      runs[side.name]!.push(await drive(side.url, side.paths, seconds, 10));
    }
  return runs;
}

/** Windows of the same side as one: their mean rate and p50, the worst p99, errors added up. */
function meanLoad(loads: Load[]): Load {
  const mean = (pick: (load: Load) => number) =>
    loads.reduce((sum, load) => sum + pick(load), 0) / loads.length;
  return {
    reqPerSec: mean((load) => load.reqPerSec),
    p50: mean((load) => load.p50),
    p99: Math.max(...loads.map((load) => load.p99)),
    errors: loads.reduce((sum, load) => sum + load.errors, 0),
    non2xx: loads.reduce((sum, load) => sum + load.non2xx, 0),
  };
}
