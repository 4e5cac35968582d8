// Sigma's full `process()` split on request: the nodes now, the edges' indexing and writes a slice at a time later.
import type Sigma from "sigma";
import type { Extent } from "sigma/types";
import { zIndexOrdering } from "sigma/utils";
import type { ExplorerGraph } from "../graph/graph-data.js";

/** An edge program as `process()` uses it (sigma/src/rendering/program.ts). */
interface EdgeProgram {
  reallocate(capacity: number): void;
}

type RefreshOptions = Parameters<Sigma["refresh"]>[0];

/**
 * What `process()` sets for edges and what writing one edge needs, none of it public (sigma/src/sigma.ts, 3.0.3):
 * the process itself, the edge programs, the picking index (fingerprint → item), each edge's fingerprint, the
 * edges' display data and z extent, and the write of one edge into a program slot. Checked before use
 * (`internalsOf`), so a Sigma whose private state changed shape keeps its own process untouched.
 */
interface SigmaEdgeInternals {
  needToProcess: boolean;
  process(): unknown;
  refresh(options?: RefreshOptions): unknown;
  edgePrograms: Record<string, EdgeProgram>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  edgeIndices: Record<string, number>;
  edgeDataCache: Record<string, { type: string; zIndex: number } | undefined>;
  edgeZExtent: Extent;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

function internalsOf(sigma: Sigma): SigmaEdgeInternals | null {
  const s = sigma as unknown as Partial<SigmaEdgeInternals>;
  const isObject = (value: unknown) => typeof value === "object" && value !== null;
  const programs = isObject(s.edgePrograms) ? Object.values(s.edgePrograms!) : [];
  const shaped =
    typeof s.needToProcess === "boolean" &&
    typeof s.process === "function" &&
    typeof s.refresh === "function" &&
    typeof s.addEdgeToProgram === "function" &&
    programs.length > 0 &&
    programs.every((program) => typeof program.reallocate === "function") &&
    isObject(s.itemIDsIndex) &&
    isObject(s.edgeIndices) &&
    isObject(s.edgeDataCache) &&
    Array.isArray(s.edgeZExtent);
  return shaped ? (s as SigmaEdgeInternals) : null;
}

/** Sets `key` on `target` as an own property; the returned function puts back exactly what was there. */
function shadow<T extends object>(target: T, key: keyof T & string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete target[key];
  };
}

export interface ProcessHooks {
  /** Asked as each process starts: should this one leave its edges for later? */
  deferEdges(): boolean;
  /** After each process: how many edges it left for `writeNext` (0 when it did them all itself). */
  processed(deferred: number): void;
}

export interface EdgeWriter {
  /**
   * Indexes and writes the next `count` edges the last process left, as its edge half would have: the next
   * fingerprints and program slots in its order, each edge's display data written with its ends' current ones.
   * Returns how many are left. Writes nothing while Sigma has a process pending (the graph or its settings changed
   * since: that process starts over), and skips edges dropped since.
   */
  writeNext(count: number): number;
  /** Edges left by the last process, not yet written. */
  left(): number;
  /** Gives Sigma its own process and refresh back. */
  restore(): void;
}

/**
 * Wraps Sigma's `process()`. When `hooks.deferEdges()` says so, Sigma's process runs over the nodes only (it is
 * handed no edges: extent, normalisation, label grid, node programs and picking, all its own, and edge programs
 * emptied), the edge programs are re-allocated to the counts its edge half would give them, and `writeNext`
 * does the rest of that edge half in slices: the same order (z-index sort included), fingerprints, picking
 * entries, slots and writes. Until every edge is in, the edge programs hold zeros where edges are missing
 * (nothing drawn there). A partial refresh of edges that skips indexation needs their slots: it first writes
 * every edge left (`refresh` is wrapped for that). Null (nothing wrapped) when Sigma's private state is not shaped
 * as in 3.0.3.
 */
export function interceptProcess(sigma: Sigma, graph: ExplorerGraph, hooks: ProcessHooks): EdgeWriter | null {
  const internals = internalsOf(sigma);
  if (!internals) return null;
  const process = internals.process;
  const refresh = internals.refresh;
  /** The edges the last deferring process left, in its order, done up to `cursor`. */
  let queue: string[] = [];
  let cursor = 0;
  /** The next fingerprint, and each program's next slot, as the process's edge half would count them. */
  let fingerprint = 0;
  let slots: Record<string, number> = {};

  /** What the edge half of `process()` does before its loop: the order and the programs' sizes. */
  function allocateEdges(s: SigmaEdgeInternals): void {
    let edges = graph.edges();
    const perProgram: Record<string, number> = {};
    for (const edge of edges) {
      const type = s.edgeDataCache[edge]!.type;
      perProgram[type] = (perProgram[type] ?? 0) + 1;
    }
    if (sigma.getSetting("zIndex") && s.edgeZExtent[0] !== s.edgeZExtent[1])
      edges = zIndexOrdering(s.edgeZExtent, (edge) => s.edgeDataCache[edge]!.zIndex, edges);
    for (const type in s.edgePrograms) s.edgePrograms[type]!.reallocate(perProgram[type] ?? 0);
    queue = edges;
    cursor = 0;
    // Sigma numbers nodes from 1 in its process, then the edges after them.
    fingerprint = graph.order + 1;
    slots = {};
  }

  function writeNext(count: number): number {
    // A process is pending (the graph or the settings changed): it starts over, with other slots maybe.
    if (internals!.needToProcess) return queue.length - cursor;
    const end = Math.min(cursor + count, queue.length);
    for (; cursor < end; cursor++) {
      const edge = queue[cursor]!;
      const data = internals!.edgeDataCache[edge];
      if (!data) continue;
      const id = fingerprint++;
      internals!.edgeIndices[edge] = id;
      internals!.itemIDsIndex[id] = { type: "edge", id: edge };
      internals!.addEdgeToProgram(edge, id, (slots[data.type] = (slots[data.type] ?? -1) + 1));
    }
    return queue.length - cursor;
  }

  function deferringProcess(this: SigmaEdgeInternals): unknown {
    queue = [];
    cursor = 0;
    if (!hooks.deferEdges()) {
      const result = process.call(this);
      hooks.processed(0);
      return result;
    }
    // Sigma's process asks the graph for its edges once: this one time it gets none.
    const restoreEdges = shadow(graph, "edges", () => {
      restoreEdges();
      return [];
    });
    let result: unknown;
    try {
      result = process.call(this);
    } finally {
      restoreEdges();
    }
    allocateEdges(this);
    hooks.processed(queue.length);
    return result;
  }

  function refreshWithSlots(this: SigmaEdgeInternals, options?: RefreshOptions): unknown {
    // Sigma writes such edges into the slots they hold: give every edge left its slot first.
    if (options?.skipIndexation && options.partialGraph?.edges?.length) writeNext(Infinity);
    return refresh.call(this, options);
  }

  const restoreProcess = shadow(internals, "process", deferringProcess);
  const restoreRefresh = shadow(internals, "refresh", refreshWithSlots);
  return {
    writeNext,
    left: () => queue.length - cursor,
    restore() {
      restoreProcess();
      restoreRefresh();
    },
  };
}
