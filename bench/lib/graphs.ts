// Benchmark data sets, built once per run and shared by the suites: BA sizes and WordNet, as memory stores.
import type { GraphExport } from "../../server/domain/model.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import { createMemoryStore, type MemoryGraphStore } from "../../server/store/memory/memory-store.js";
import { baChunks, baEdgeList } from "../data/ba-generator.js";
import { loadWordnet } from "../data/wordnet.js";

export const BA_SEED = 42;
export type DataSet = { kind: "ba"; edges: number } | { kind: "wordnet" };

export function dataSetName(d: DataSet): string {
  return d.kind === "wordnet"
    ? "WordNet 3.0"
    : `BA ${d.edges >= 1e6 ? `${d.edges / 1e6}M` : `${d.edges / 1e3}k`}`;
}

let wordnet: GraphExport | undefined;
/** WordNet, parsed once. */
export function wordnetGraph(): GraphExport {
  return (wordnet ??= loadWordnet());
}

/** The data set in load-sized chunks (nodes first, so every chunk's edge ends exist). */
export function* chunksOf(d: DataSet, chunkSize = 50_000): Generator<GraphExport> {
  if (d.kind === "ba") {
    yield* baChunks({ edges: d.edges, seed: BA_SEED }, chunkSize);
    return;
  }
  const g = wordnetGraph();
  for (let i = 0; i < g.nodes.length; i += chunkSize)
    yield { nodes: g.nodes.slice(i, i + chunkSize), edges: [], sources: [] };
  for (let i = 0; i < g.edges.length; i += chunkSize)
    yield { nodes: [], edges: g.edges.slice(i, i + chunkSize), sources: [] };
}

/** Loads `d` into `store` chunk by chunk, so the whole export never sits in memory at once. */
export async function loadInto(store: GraphStore, d: DataSet, chunkSize = 50_000): Promise<void> {
  for (const chunk of chunksOf(d, chunkSize)) await store.load(chunk);
}

const memoryStores = new Map<string, Promise<MemoryGraphStore>>();
/** A memory store holding `d`, built once per run (1M edges take a while on a busy machine). */
export function memoryStoreFor(d: DataSet): Promise<MemoryGraphStore> {
  const key = dataSetName(d);
  let store = memoryStores.get(key);
  if (!store) {
    store = (async () => {
      const s = await createMemoryStore();
      await loadInto(s, d);
      // Steady state: the expand index is built (so heap figures count it, and no build runs under a measurement).
      await s.whenIndexed();
      return s;
    })();
    memoryStores.set(key, store);
  }
  return store;
}

/** Forget cached stores (frees the memory between suites). */
export function dropMemoryStores(): void {
  memoryStores.clear();
}

/** `count` node ids spread over the data set, deterministic. */
export function sampleIds(d: DataSet, count: number): string[] {
  if (d.kind === "ba") {
    const n = Math.ceil(d.edges / 5);
    return Array.from(
      { length: count },
      (_, i) => `n${Math.floor(((i * 7919) % count) * (n / count)) + (i % 3)}`,
    );
  }
  const nodes = wordnetGraph().nodes;
  return Array.from({ length: count }, (_, i) => nodes[Math.floor((i * nodes.length) / count)]!.id);
}

/** The data set's edge list as node indices (for CSR and plain graphology baselines), with the ids. */
export function indexedEdges(d: DataSet): { ids: string[]; sources: Int32Array; targets: Int32Array } {
  if (d.kind === "ba") {
    const list = baEdgeList({ edges: d.edges, seed: BA_SEED });
    return {
      ids: Array.from({ length: list.nodes }, (_, i) => `n${i}`),
      sources: list.sources,
      targets: list.targets,
    };
  }
  const g = wordnetGraph();
  const ids = g.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    ids,
    sources: Int32Array.from(g.edges, (e) => index.get(e.source)!),
    targets: Int32Array.from(g.edges, (e) => index.get(e.target)!),
  };
}
