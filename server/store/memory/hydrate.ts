// Fills the memory store's graphology graph from a ColumnarGraph a slice at a time, so the event loop keeps answering meanwhile.
import type { ColumnarGraph, SparseColumn } from "./columnar-graph.js";
import { storedAliases, storedEvidence, storedProperties, type MemoryGraph } from "./graph-types.js";

/** How long one slice may run: short enough that a request waits at most about this long behind it. */
export const HYDRATION_SLICE_MS = 10;
/** Items added between two looks at the clock (a look costs about as much as a few additions). */
const ITEMS_PER_CLOCK_CHECK = 256;

/** Runs `turn` later; the default is the next turn of the event loop. Tests pass one that holds turns back. */
export type HydrationScheduler = (turn: () => void) => void;
export const nextTurn: HydrationScheduler = (turn) => void setImmediate(turn);

/**
 * The graph filled from `columns` (nodes, then edges, each in id order: fillGraph's result, snapshot-columns.ts)
 * in slices of about HYDRATION_SLICE_MS, each scheduled by `schedule`. `done` settles when the graph holds
 * everything (or rejects with graphology's error, which a ColumnarGraph's checks leave no cause for).
 */
export class Hydration {
  readonly done: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: unknown) => void };
  private finished = false;
  private paused = false;
  /** Someone waits for `done`: pausing would leave them waiting for ever. */
  private awaited = false;
  private readonly fill: (deadline: number) => boolean;

  constructor(
    graph: MemoryGraph,
    columns: ColumnarGraph,
    private readonly schedule: HydrationScheduler = nextTurn,
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.fill = filler(graph, columns);
    this.schedule(() => this.turn());
  }

  /**
   * Waits for the graph to be complete; a paused hydration finishes now, in one go, as someone needs it.
   * @example await hydration.wait(); graph.addNode(...) // a write never races the fill
   */
  wait(): Promise<void> {
    this.awaited = true;
    if (this.paused) this.run(Infinity);
    return this.done;
  }

  /**
   * Schedules no more slices (shutdown: a process with nothing else to do may exit), unless someone already
   * waits; a later `wait` finishes the fill in one go.
   */
  pause(): void {
    if (!this.awaited) this.paused = true;
  }

  private turn(): void {
    if (this.finished || this.paused) return;
    this.run(performance.now() + HYDRATION_SLICE_MS);
    if (!this.finished) this.schedule(() => this.turn());
  }

  private run(deadline: number): void {
    if (this.finished) return;
    try {
      if (!this.fill(deadline)) return;
      this.finished = true;
      this.settle.resolve();
    } catch (error) {
      this.finished = true;
      this.settle.reject(error);
    }
  }
}

/** A function that adds the next items until `deadline` (performance.now()) and says whether all are in. */
function filler(graph: MemoryGraph, columns: ColumnarGraph): (deadline: number) => boolean {
  const { nodeIds, names, edgeIds, sources, targets } = columns;
  const aliases = cursor(columns.aliases);
  const nodeProperties = cursor(columns.nodeProperties);
  const edgeProperties = cursor(columns.edgeProperties);
  const evidence = cursor(columns.evidence);
  let node = 0;
  let edge = 0;
  return (deadline) => {
    while (node < nodeIds.length) {
      const end = Math.min(nodeIds.length, node + ITEMS_PER_CLOCK_CHECK);
      for (; node < end; node++) {
        // The attribute objects are the parsed snapshot's, which nothing else holds (as fillGraph does).
        graph.addNode(nodeIds[node]!, {
          type: columns.nodeType(node),
          name: names[node]!,
          aliases: storedAliases(aliases(node)),
          properties: storedProperties(nodeProperties(node)),
        });
      }
      if (performance.now() >= deadline) return false;
    }
    while (edge < edgeIds.length) {
      const end = Math.min(edgeIds.length, edge + ITEMS_PER_CLOCK_CHECK);
      for (; edge < end; edge++) {
        graph.addEdgeWithKey(edgeIds[edge]!, nodeIds[sources[edge]!]!, nodeIds[targets[edge]!]!, {
          type: columns.edgeType(edge),
          properties: storedProperties(edgeProperties(edge)),
          evidence: storedEvidence(evidence(edge)),
        });
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
}

/** Reads a sparse column at ascending indices in one pass (its own indices ascend: ColumnarGraph checked). */
function cursor<T>(column: SparseColumn<T>): (index: number) => T | undefined {
  let next = 0;
  return (index) => {
    while (next < column.at.length && column.at[next]! < index) next++;
    return column.at[next] === index ? column.values[next] : undefined;
  };
}
