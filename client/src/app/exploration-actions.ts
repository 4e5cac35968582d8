// Filters, the as-of date with playback, and paths: pure state changes, painted by the sigma reducers.
import type { NodeId } from "../../../server/domain/model.js";
import { toProblem } from "../api/api-error.js";
import type { ExplorationApi } from "../api/exploration-api.js";
import type { ExplorerGraph } from "../graph/graph-data.js";
import { showProblem, type AppState } from "../state/app-state.js";
import type { ExplorationState } from "../state/exploration.js";
import {
  edgePasses,
  isFiltering,
  nodePasses,
  setAmountRange,
  toggleNodeType,
  toggleRelType,
  type Filters,
} from "../state/filters.js";
import type { ExplorationPaint } from "../state/filters-visibility.js";
import { activePathIds, receivePaths, setPathEnd } from "../state/paths.js";
import type { Store } from "../state/store.js";
import { factStart, histogram, nextStep, visibleAsOf } from "../state/time.js";
import type { CanvasActions } from "./canvas-actions.js";

/** How long playback shows each year. */
export const PLAY_STEP_MS = 1200;

export interface ExplorationActions {
  toggleNodeType(type: string): void;
  toggleRelType(type: string): void;
  setAmountRange(min: number | null, max: number | null): void;
  setFilters(filters: Filters): void;
  setAsOf(asOf: string | null): void;
  togglePlay(): void;
  /** Dated facts per year among the drawn edges: the slider's histogram and range. */
  timeline(): { year: number; count: number }[];
  setPathEnd(end: "from" | "to", id: NodeId | null): void;
  findPaths(): Promise<void>;
  choosePath(index: number | null): void;
  /** What the reducers should hide and highlight now. */
  paint(): ExplorationPaint | null;
}

export interface ExplorationDeps {
  graph: ExplorerGraph;
  app: Store<AppState>;
  exploration: Store<ExplorationState>;
  api: ExplorationApi;
  canvas: CanvasActions;
}

export function createExplorationActions({
  graph,
  app,
  exploration,
  api,
  canvas,
}: ExplorationDeps): ExplorationActions {
  const update = exploration.update;
  const published = (sourceId: string) => app.get().sources.get(sourceId)?.published;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function paint(): ExplorationPaint | null {
    const s = exploration.get();
    const path = activePathIds(s.paths);
    if (!isFiltering(s.filters) && s.asOf === null && !path) return null;
    const hiddenNodes = new Set<NodeId>();
    const hiddenEdges = new Set<string>();
    const outOfTime = new Set<string>();
    graph.forEachNode((id, a) => {
      if (!nodePasses(s.filters, a.nodeType)) hiddenNodes.add(id);
    });
    graph.forEachEdge((id, a) => {
      if (!visibleAsOf(a.data, s.asOf, published)) outOfTime.add(id);
      else if (!edgePasses(s.filters, a.relType, a.data.properties)) hiddenEdges.add(id);
    });
    // A node all of whose drawn facts lie after the as-of date was not yet part of the picture.
    if (s.asOf !== null) {
      graph.forEachNode((id) => {
        const edges = graph.edges(id);
        if (edges.length > 0 && edges.every((e) => outOfTime.has(e))) hiddenNodes.add(id);
      });
    }
    graph.forEachEdge((id, _a, source, target) => {
      if (outOfTime.has(id) || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(id);
    });
    return { hideNode: (id) => hiddenNodes.has(id), hideEdge: (id) => hiddenEdges.has(id), path };
  }

  function stop(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    update((s) => (s.playing ? { ...s, playing: false } : s));
  }

  function timeline() {
    return histogram(graph.mapEdges((_id, a) => factStart(a.data, published)));
  }

  function step(): void {
    const years = timeline();
    const first = years[0]?.year;
    const last = years[years.length - 1]?.year;
    if (first === undefined || last === undefined) return stop();
    const current = exploration.get().asOf;
    const next = nextStep(
      current !== null && Number(current.slice(0, 4)) >= last ? null : current,
      first,
      last,
    );
    if (next === null) return stop();
    update((s) => ({ ...s, asOf: next }));
    timer = setTimeout(() => (nextStep(next, first, last) === null ? stop() : step()), PLAY_STEP_MS);
  }

  return {
    toggleNodeType: (type) => update((s) => ({ ...s, filters: toggleNodeType(s.filters, type) })),
    toggleRelType: (type) => update((s) => ({ ...s, filters: toggleRelType(s.filters, type) })),
    setAmountRange: (min, max) => update((s) => ({ ...s, filters: setAmountRange(s.filters, min, max) })),
    setFilters: (filters) => update((s) => ({ ...s, filters })),
    setAsOf(asOf) {
      stop();
      update((s) => (s.asOf === asOf ? s : { ...s, asOf }));
    },
    togglePlay() {
      if (exploration.get().playing) return stop();
      update((s) => ({ ...s, playing: true }));
      step();
    },
    timeline,
    setPathEnd: (end, id) => update((s) => ({ ...s, paths: setPathEnd(s.paths, end, id) })),
    async findPaths() {
      const { from, to } = exploration.get().paths;
      if (!from || !to) return;
      try {
        const paths = await api.paths(from, to, { k: 3, maxHops: 6 });
        // Paths may run through nodes not drawn yet: add them, keeping everyone else where they are.
        for (const path of paths) canvas.add({ nodes: path.nodes, edges: path.edges }, from);
        update((s) => ({ ...s, paths: receivePaths(s.paths, paths) }));
        app.update((s) => ({
          ...s,
          notice:
            paths.length > 0
              ? `Found ${paths.length} path${paths.length === 1 ? "" : "s"}`
              : "No path within 6 hops",
        }));
      } catch (error) {
        app.update((s) => showProblem(s, toProblem(error)));
      }
    },
    choosePath: (index) => update((s) => ({ ...s, paths: { ...s.paths, active: index } })),
    paint,
  };
}
