// Benchmark e: ms per iteration of ForceAtlas2 (main thread, web worker) vs d3-force and ngraph.forcelayout.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { MultiGraph } from "graphology";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import createNgraph from "ngraph.graph";
import createLayout from "ngraph.forcelayout";
import { mulberry32 } from "../data/random.js";
import { dataSetName, indexedEdges, type DataSet } from "../lib/graphs.js";
import { compare, Recorder } from "../lib/result.js";
import { now } from "../lib/stats.js";
import type { BenchContext, Suite } from "../lib/suite.js";
import { chromiumAvailable } from "../../test/helpers/browser.js";
import { generateBA } from "../data/ba-generator.js";
import { BA_SEED } from "../lib/graphs.js";
import { measureClientSettle, SETTLE_TAIL_MS } from "../lib/client-settle.js";
import { openRenderPage } from "../lib/render-page.js";
import { baScene } from "../lib/scenes.js";

// The package is CommonJS: under NodeNext its default import is the module object, whose .default may be unset.
type ForceAtlas2 = typeof forceAtlas2Module.default;
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ??
  (forceAtlas2Module as unknown as ForceAtlas2);

export const layoutSuite: Suite = {
  name: "layout",
  title:
    "Force layout, ms per iteration (d3-force and ngraph in Node, the FA2 web worker in Chromium; each beside FA2 on the same main thread)",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    const sizes = ctx.quick ? [10_000] : [10_000, 100_000];
    for (const edges of sizes) {
      const d: DataSet = { kind: "ba", edges };
      rec.data.push(dataSetName(d));
      const iterations = edges <= 10_000 ? (ctx.quick ? 10 : 30) : 5;
      const fa2 = fa2MainThread(d, iterations);
      const subject = `${iterations} iterations, ${dataSetName(d)}`;
      rec.add(
        compare({
          subject: `d3-force, ${subject}`,
          baseline: "graphology FA2, main thread (Barnes-Hut)",
          metric: "ms/iteration",
          unit: "ms/it",
          value: d3Force(d, iterations),
          baselineValue: fa2,
        }),
      );
      rec.add(
        compare({
          subject: `ngraph.forcelayout, ${subject}`,
          baseline: "graphology FA2, main thread (Barnes-Hut)",
          metric: "ms/iteration",
          unit: "ms/it",
          value: ngraphLayout(d, iterations),
          baselineValue: fa2,
        }),
      );
    }
    await fa2WorkerRows(rec, sizes, ctx.quick);
    await clientSettleRows(rec);
    rec.note(
      "a ratio below 1 means the alternative iterates faster than FA2; iterations are not equally effective across algorithms, so this is cost per step, not time to a readable layout",
    );
    return rec.finish();
  },
};

function positions(n: number): { x: Float64Array; y: Float64Array } {
  const rng = mulberry32(7);
  return {
    x: Float64Array.from({ length: n }, () => rng() * 1000),
    y: Float64Array.from({ length: n }, () => rng() * 1000),
  };
}

function fa2MainThread(d: DataSet, iterations: number): number {
  const { ids, sources, targets } = indexedEdges(d);
  const { x, y } = positions(ids.length);
  const graph = new MultiGraph();
  ids.forEach((id, i) => graph.addNode(id, { x: x[i], y: y[i] }));
  for (let e = 0; e < sources.length; e++) graph.addEdge(ids[sources[e]!]!, ids[targets[e]!]!);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  forceAtlas2(graph, { iterations: 1, settings }); // warm-up
  const t = now();
  forceAtlas2.assign(graph, { iterations, settings });
  return (now() - t) / iterations;
}

function d3Force(d: DataSet, iterations: number): number {
  const { ids, sources, targets } = indexedEdges(d);
  const { x, y } = positions(ids.length);
  const nodes: SimulationNodeDatum[] = ids.map((_, i) => ({ x: x[i], y: y[i] }));
  const links = Array.from(sources, (s, e) => ({ source: s, target: targets[e]! }));
  const sim = forceSimulation(nodes)
    .force("link", forceLink(links))
    .force("charge", forceManyBody())
    .force("center", forceCenter())
    .stop();
  sim.tick(1);
  const t = now();
  sim.tick(iterations);
  return (now() - t) / iterations;
}

function ngraphLayout(d: DataSet, iterations: number): number {
  const { ids, sources, targets } = indexedEdges(d);
  const graph = createNgraph();
  ids.forEach((id) => graph.addNode(id));
  for (let e = 0; e < sources.length; e++) graph.addLink(ids[sources[e]!]!, ids[targets[e]!]!);
  const layout = createLayout(graph);
  layout.step();
  const t = now();
  for (let i = 0; i < iterations; i++) layout.step();
  return (now() - t) / iterations;
}

/**
 * FA2 in a web worker vs FA2 on the page's main thread, both in headless Chromium on the same graph (the worker
 * is a browser API, so this half of the comparison runs where the client runs it).
 */
async function fa2WorkerRows(rec: Recorder, sizes: number[], quick: boolean): Promise<void> {
  if (!chromiumAvailable()) {
    rec.note("FA2 web worker: Chromium not found, not measured");
    return;
  }
  const renderPage = await openRenderPage();
  try {
    for (const edges of sizes) {
      const page = await renderPage.freshPage();
      const small = edges <= 10_000;
      const iterations = small ? (quick ? 10 : 30) : 5;
      const workerMs = small ? (quick ? 2_000 : 5_000) : 15_000;
      const m = await page.evaluate(
        ([scene, its, ms]) =>
          (window as unknown as { bench: { fa2(...args: unknown[]): Promise<Fa2Run> } }).bench.fa2(
            scene,
            its,
            ms,
          ),
        [baScene(edges), iterations, workerMs] as const,
      );
      rec.add(
        compare({
          subject: `FA2 in a web worker (graphology supervisor), ${m.workerIterations} iterations, BA ${edges / 1000}k, Chromium`,
          baseline: `graphology FA2, ${iterations} iterations on the page's main thread (Barnes-Hut), Chromium`,
          metric: "ms/iteration",
          unit: "ms/it",
          value: m.workerMsPerIt,
          baselineValue: m.mainMsPerIt,
        }),
      );
    }
    rec.note(
      "FA2 worker: ms per iteration in steady state, from its first position update to its last (one iteration per message; the supervisor writes the positions into the page's graph after each), so the worker's start and the graph's transfer are left out",
    );
  } finally {
    await renderPage.close();
  }
}

interface Fa2Run {
  workerMsPerIt: number;
  workerIterations: number;
  mainMsPerIt: number;
}

/** The goal "a visible subgraph of ≤ 10k edges settles without one main-thread task over 50 ms", in the real client. */
async function clientSettleRows(rec: Recorder): Promise<void> {
  if (!chromiumAvailable()) {
    rec.note("client settle: Chromium not found, not measured");
    return;
  }
  rec.data.push(
    "client settle: BA 10k edges (2,000 nodes) served whole by GET /api/overview to the built client",
  );
  const m = await measureClientSettle(generateBA({ edges: 10_000, seed: BA_SEED }));
  const goal = { text: "≤ 50 ms (no long task)", check: ({ value }: { value: number }) => value <= 50 };
  const row = (phase: string, value: number) =>
    rec.add(
      compare(
        {
          subject: `longest main-thread task, ${phase}, real client, ${m.edges} edges drawn`,
          baseline: "50 ms long-task budget",
          metric: "longest task",
          unit: "ms",
          value,
          baselineValue: 50,
        },
        goal,
      ),
    );
  row("overview arrival → layout start (JSON, sliced ingestion, first frames)", m.ingestMaxMs);
  row(`FA2 worker settle (${Math.round(m.settleMs)} ms)`, m.settleMaxMs);
  rec.note(
    `client settle: ${m.over50} tasks over 50 ms in both phases, longest from the layout's stop to its redraw ` +
      `${Math.round(m.stopMaxMs)} ms (PerformanceObserver longtask, SwiftShader WebGL; the settle phase runs ` +
      `${SETTLE_TAIL_MS / 1000} s past the layout's stop, so that redraw counts); ` +
      "wall-clock task lengths, so a loaded machine inflates them: read them beside the load average",
  );
}
