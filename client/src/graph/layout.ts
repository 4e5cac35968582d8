// Runs ForceAtlas2 in a web worker for a fixed time, then stops: the page never blocks on layout.
import { inferSettings } from "graphology-layout-forceatlas2";
import type { NodeId } from "../../../server/domain/model.js";
import { FrameSupervisor, type Supervisor } from "./fa2-frame-supervisor.js";
import { pinAllExcept, type ExplorerGraph } from "./graph-data.js";

/** Above this many nodes ForceAtlas2 approximates repulsion (Barnes-Hut): O(n log n) instead of O(n²). */
export const BARNES_HUT_NODES = 500;

export interface LayoutRunner {
  /** Lays the whole graph out for `ms`; resolves when it stops (or is superseded). */
  run(ms: number): Promise<void>;
  /** Moves only `free` nodes for `ms`, everything else pinned: a nudge after an expansion. */
  nudge(free: ReadonlySet<NodeId>, ms: number): Promise<void>;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): void;
  /**
   * While it runs, positions are written into the graph silently, once per frame, and `listener` is told;
   * without frame listeners they arrive as ordinary graph updates. The last write is always an ordinary update.
   */
  onFrame(listener: () => void): void;
  /** Whether later runs write their frames silently for the `onFrame` listeners (large views), or as graph updates. */
  setQuietFrames(on: boolean): void;
  kill(): void;
}

export function createLayoutRunner(graph: ExplorerGraph): LayoutRunner {
  let supervisor: Supervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let finish: (() => void) | null = null;
  const listeners: ((running: boolean) => void)[] = [];
  const frameListeners: (() => void)[] = [];
  const notify = (running: boolean) => listeners.forEach((l) => l(running));
  const framed = () => frameListeners.forEach((l) => l());
  /** Only a nudge pins nodes; unpinning after a whole-graph run would be one more whole-graph update for nothing. */
  let pinned = false;
  /** Off by default: a small view keeps the plain per-frame graph updates every listener sees. */
  let quietFrames = false;

  function stop(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    // Killing (not just stopping) frees the worker; a new supervisor is cheap for graphs this size.
    supervisor?.kill();
    supervisor = null;
    if (pinned) pinAllExcept(graph, null);
    pinned = false;
    const done = finish;
    finish = null;
    if (done) {
      done();
      notify(false);
    }
  }

  function start(ms: number, free: ReadonlySet<NodeId> | null): Promise<void> {
    stop();
    if (graph.order < 2) return Promise.resolve();
    if (free) pinAllExcept(graph, free);
    pinned = free !== null;
    // inferSettings turns Barnes-Hut on only above 2,000 nodes; a 2,000-node overview then pays O(n²)
    // repulsion per iteration and barely leaves its starting circle in the run's few seconds.
    const settings = {
      ...inferSettings(graph),
      scalingRatio: 30,
      outboundAttractionDistribution: true,
      barnesHutOptimize: graph.order > BARNES_HUT_NODES,
    };
    // Positions reach the graph (and Sigma) once per frame, not once per worker iteration.
    supervisor = new FrameSupervisor(
      graph,
      { settings, getEdgeWeight: null },
      quietFrames && frameListeners.length > 0 ? framed : undefined,
    );
    supervisor.start();
    notify(true);
    return new Promise<void>((resolve) => {
      finish = resolve;
      timer = setTimeout(stop, ms);
    });
  }

  return {
    run: (ms) => start(ms, null),
    nudge: (free, ms) => start(ms, free),
    isRunning: () => supervisor !== null,
    onChange: (listener) => void listeners.push(listener),
    onFrame: (listener) => void frameListeners.push(listener),
    setQuietFrames: (on) => void (quietFrames = on),
    kill: stop,
  };
}
