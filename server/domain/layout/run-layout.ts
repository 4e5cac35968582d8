// Runs ForceAtlas2 (Barnes-Hut) over a whole graph in a worker thread, so the server keeps answering meanwhile.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The graph as the layout needs it: node count and edge ends as node indexes. */
export interface LayoutInput {
  nodeCount: number;
  sources: Int32Array;
  targets: Int32Array;
}

export interface LayoutOptions {
  /** FA2 iterations after the seeded start (bounded: a whole-graph layout never "runs until settled"). */
  iterations: number;
  /** Seed of the start positions: the same graph and seed give the same layout. */
  seed?: number;
}

/*
 * The worker is plain JavaScript evaluated from this string, calling graphology-layout-forceatlas2's own
 * `iterate` on flat matrices (no graphology graph is built: half the memory). A string, not a file, because
 * the server runs from .ts sources (tsx, vitest) and from compiled .js alike, and a worker file would need
 * a loader in the first case and a build step in the second. The module path is resolved here and passed in.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const iterate = require(workerData.iteratePath);
const { nodeCount, sources, targets, iterations, seed } = workerData;
const PPN = 10, PPE = 3;
let state = seed >>> 0 || 1;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const nodes = new Float32Array(nodeCount * PPN);
const radius = Math.sqrt(nodeCount) * 10;
for (let i = 0; i < nodeCount; i++) {
  const a = random() * 2 * Math.PI, r = radius * Math.sqrt(random());
  const j = i * PPN;
  nodes[j] = r * Math.cos(a); nodes[j + 1] = r * Math.sin(a);
  nodes[j + 6] = 1; nodes[j + 7] = 1; nodes[j + 8] = 1;
}
const edges = new Float32Array(sources.length * PPE);
for (let e = 0; e < sources.length; e++) {
  const s = sources[e] * PPN, t = targets[e] * PPN;
  nodes[s + 6] += 1; nodes[t + 6] += 1;
  edges[e * PPE] = s; edges[e * PPE + 1] = t; edges[e * PPE + 2] = 1;
}
const settings = {
  linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1,
  scalingRatio: 10, strongGravityMode: true, gravity: 0.05, slowDown: 1 + Math.log(nodeCount),
  barnesHutOptimize: true, barnesHutTheta: 0.5,
};
for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
const xy = new Float32Array(nodeCount * 2);
for (let i = 0; i < nodeCount; i++) { xy[2 * i] = nodes[i * PPN]; xy[2 * i + 1] = nodes[i * PPN + 1]; }
parentPort.postMessage(xy, [xy.buffer]);
`;

/**
 * x, y of node i at [2i], [2i + 1]. The settings are FA2's inferred ones for a graph this size (as the
 * client uses), with Barnes-Hut always on. Edge ends travel as Float32 matrix offsets inside FA2, exact up to
 * 2^24 / 10 ≈ 1.6 M nodes.
 * @throws Error when the worker fails or the graph is beyond that size.
 */
export function runLayout(input: LayoutInput, options: LayoutOptions): Promise<Float32Array> {
  if (input.nodeCount * 10 > 2 ** 24)
    return Promise.reject(new Error(`layout: ${input.nodeCount} nodes exceed FA2's float32 matrix index`));
  const iteratePath = createRequire(import.meta.url).resolve("graphology-layout-forceatlas2/iterate.js");
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...input, iterations: options.iterations, seed: options.seed ?? 1, iteratePath },
    });
    worker.once("message", (xy: Float32Array) => {
      resolve(xy);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`layout: the worker exited with code ${code}`));
    });
  });
}
