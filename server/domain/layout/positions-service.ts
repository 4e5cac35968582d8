// Whole-graph positions for large graphs: computed once per graph in a worker, cached, redone after writes.
import type { Logger } from "../../logger.js";
import type { GraphStore } from "../../store/graph-store.js";
import { readStructure, type GraphStructure } from "./graph-structure.js";
import { readCachedLayout, writeCachedLayout } from "./positions-cache.js";
import { runLayout } from "./run-layout.js";

export type PositionsStatus = "ready" | "computing" | "none";

export interface PositionsAnswer {
  status: PositionsStatus;
  /** Only for "ready": [x, y] of each requested id the layout knows. */
  positions: Record<string, [number, number]>;
}

export interface PositionsOptions {
  /** Graphs with more edges than this get server-side positions (POSITIONS_MIN_EDGES, default 100,000). */
  minEdges: number;
  /** FA2 iterations of a whole-graph layout (default 100). */
  iterations?: number;
  /** Where to keep layouts across restarts (DATA_DIR); memory only when absent. */
  dataDir?: string;
  logger: Pick<Logger, "info" | "error">;
}

interface Layout {
  ids: string[];
  xy: Float32Array;
}

/** What the service knows about one version of the graph (its write generation and counts). */
interface Entry {
  key: string;
  status: PositionsStatus;
  layout?: Layout;
}

/**
 * Answers `positions(ids)` without ever blocking on a layout: the first request for a graph version starts
 * the work (structure read, cache lookup, else a worker layout) and answers "computing"; later ones answer
 * "ready" once done. The version is the store's write generation (bumped by `invalidate`, see write-watch.ts)
 * plus its counts, so writes made behind the server's back that change the counts are noticed too.
 */
export class PositionsService {
  private generation = 0;
  private current: Entry | undefined;
  /** Structure reads and layouts started (tests check that a cached answer starts none). */
  computations = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly options: PositionsOptions,
  ) {}

  /** A write happened: the next request recomputes (or finds the same structure's layout in the cache). */
  invalidate(): void {
    this.generation++;
  }

  async positions(ids: readonly string[]): Promise<PositionsAnswer> {
    const { counts } = await this.store.info();
    if (counts.relationships <= this.options.minEdges) return { status: "none", positions: {} };
    const key = `${this.generation}:${counts.nodes}:${counts.relationships}`;
    if (this.current?.key !== key) this.start(key);
    const entry = this.current!;
    if (entry.status !== "ready" || !entry.layout) return { status: entry.status, positions: {} };
    const positions = pick(entry.layout, ids);
    return Object.keys(positions).length > 0
      ? { status: "ready", positions }
      : { status: "none", positions: {} };
  }

  private start(key: string): void {
    const entry: Entry = { key, status: "computing" };
    this.current = entry;
    this.computations++;
    this.compute()
      .then((layout) => {
        entry.layout = layout;
        entry.status = "ready";
      })
      .catch((err: unknown) => {
        // The client falls back to its own layout on "none"; the next write (new key) tries again.
        entry.status = "none";
        this.options.logger.error("positions: the whole-graph layout failed", {
          error: err instanceof Error ? err.message : String(err),
        });
      });
  }

  private async compute(): Promise<Layout> {
    const started = Date.now();
    const structure = await readStructure(this.store);
    const { dataDir } = this.options;
    const cached = dataDir && (await readCachedLayout(dataDir, structure.hash, structure.nodeCount));
    if (cached) {
      this.options.logger.info("positions: layout read from DATA_DIR", { nodes: structure.nodeCount });
      return sortedLayout(structure.ids, cached);
    }
    const xy = await runLayout(structure, { iterations: this.options.iterations ?? 100 });
    this.options.logger.info("positions: whole-graph layout computed", {
      nodes: structure.nodeCount,
      edges: structure.sources.length,
      ms: Date.now() - started,
    });
    if (dataDir) await saveQuietly(dataDir, structure, xy, this.options.logger);
    return sortedLayout(structure.ids, xy);
  }
}

/**
 * Export order is id order, but a database's string order may differ from JavaScript's for rare characters
 * (code points vs UTF-16 units); `pick` needs JavaScript's, so re-sort in that case.
 */
function sortedLayout(ids: string[], xy: Float32Array): Layout {
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
  if (sorted) return { ids, xy };
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const out = new Float32Array(xy.length);
  order.forEach((from, to) => {
    out[2 * to] = xy[2 * from]!;
    out[2 * to + 1] = xy[2 * from + 1]!;
  });
  return { ids: order.map((i) => ids[i]!), xy: out };
}

/** A cache that cannot be written costs a recompute after a restart, not this answer. */
async function saveQuietly(dir: string, s: GraphStructure, xy: Float32Array, logger: Pick<Logger, "error">) {
  try {
    await writeCachedLayout(dir, s.hash, xy);
  } catch (err) {
    logger.error("positions: could not write the layout in DATA_DIR", {
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

/** ids are sorted (export order), so each lookup is a binary search: no second index of a million keys. */
function pick(layout: Layout, ids: readonly string[]): Record<string, [number, number]> {
  // No prototype: an id such as "__proto__" is then an ordinary key.
  const out: Record<string, [number, number]> = Object.create(null);
  for (const id of ids) {
    let lo = 0;
    let hi = layout.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = layout.ids[mid]!;
      if (at === id) {
        out[id] = [layout.xy[2 * mid]!, layout.xy[2 * mid + 1]!];
        break;
      }
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return out;
}
