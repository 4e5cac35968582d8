// Runs ForceAtlas2 in a web worker for a fixed time, then stops: the page never blocks on layout.
import { inferSettings } from "graphology-layout-forceatlas2";
import fa2Worker from "graphology-layout-forceatlas2/worker.js";
import type { NodeId } from "../../../server/domain/model.js";
import { pinAllExcept, type ExplorerGraph } from "./graph-data.js";

// A CommonJS module: TypeScript (NodeNext) sees the class under `.default`, the bundler hands over the
// class itself. Accept both so neither the type check nor the build needs a cast elsewhere.
type SupervisorClass = typeof fa2Worker.default;
const FA2LayoutSupervisor: SupervisorClass =
  (fa2Worker as unknown as { default?: SupervisorClass }).default ??
  (fa2Worker as unknown as SupervisorClass);
type Supervisor = InstanceType<SupervisorClass>;

export interface LayoutRunner {
  /** Lays the whole graph out for `ms`; resolves when it stops (or is superseded). */
  run(ms: number): Promise<void>;
  /** Moves only `free` nodes for `ms`, everything else pinned: a nudge after an expansion. */
  nudge(free: ReadonlySet<NodeId>, ms: number): Promise<void>;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): void;
  kill(): void;
}

export function createLayoutRunner(graph: ExplorerGraph): LayoutRunner {
  let supervisor: Supervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let finish: (() => void) | null = null;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = (running: boolean) => listeners.forEach((l) => l(running));

  function stop(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    // Killing (not just stopping) frees the worker; a new supervisor is cheap for graphs this size.
    supervisor?.kill();
    supervisor = null;
    pinAllExcept(graph, null);
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
    const settings = { ...inferSettings(graph), scalingRatio: 30, outboundAttractionDistribution: true };
    supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
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
    kill: stop,
  };
}
