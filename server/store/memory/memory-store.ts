// The embedded GraphStore: the whole graph in a graphology MultiDirectedGraph, in process memory.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type {
  Degree,
  GraphEdge,
  GraphExport,
  GraphNode,
  GraphPath,
  ScoredNode,
  Source,
  Subgraph,
} from "../../domain/model.js";
import { InvalidArgumentError } from "../../domain/errors.js";
import {
  addLoadReport,
  DEFAULT_LOAD_BATCH_SIZE,
  emptyLoadReport,
  loadBatchCount,
  loadBatches,
} from "../../domain/load-batches.js";
import { compareIds } from "../../domain/ordering.js";
import { assertNoDanglingEdges, validateGraphExport } from "../../domain/validate-load.js";
import { assertNoReservedIds } from "./reserved-ids.js";
import type { AuditEntry, AuditQuery } from "../../domain/audit.js";
import type {
  ChangeReport,
  ChangeSet,
  GraphStore,
  LoadOptions,
  LoadReport,
  NeighborOptions,
  PathOptions,
  SearchOptions,
  StoreInfo,
  SubgraphOptions,
} from "../graph-store.js";
import type { ExportPage } from "../graph-store.js";
import { applyChanges } from "./apply-changes.js";
import { applyLoad } from "./apply-load.js";
import { SpacedHook } from "./spaced-hook.js";
import { ColumnarGraph } from "./columnar-graph.js";
import { columnarReads } from "./columnar-reads.js";
import { ExpandIndexCache } from "./expand-index.js";
import { ColumnarSearchIndex } from "./columnar-search.js";
import type { GraphReads } from "./graph-reads.js";
import { graphologyReads } from "./graphology-reads.js";
import { createMemoryGraph, readNode, type MemoryGraph } from "./graph-types.js";
import { Hydration, type HydrationScheduler } from "./hydrate.js";
import { columnarPathGraph } from "./columnar-paths.js";
import { PathAdjacencyCache, pathAdjacencyFromColumns, type PathAdjacency } from "./path-adjacency.js";
import { graphologyPathGraph, shortestPaths } from "./paths.js";
import { SearchIndex } from "./search-index.js";
import { searchNodes } from "./search.js";
import { fillGraph, type SnapshotColumns } from "./snapshot-columns.js";

const GRAPHOLOGY_VERSION = readGraphologyVersion();

/**
 * GraphStore over graphology. Every method returns copies, so callers cannot change the store by
 * mutating a result. Semantics shared with the Neo4j store are documented on each helper
 * (search.ts, neighbors.ts, paths.ts) and enforced by test/server/store/graph-store-contract.ts.
 */
export class MemoryGraphStore implements GraphStore {
  readonly kind = "memory" as const;
  private readonly graph: MemoryGraph = createMemoryGraph();
  /** Kept in step with `graph` by its events, whatever writes it. */
  private readonly searchIndex = new SearchIndex(this.graph);
  private readonly pathAdjacency = new PathAdjacencyCache(this.graph);
  private readonly sourceTable = new Map<string, Source>();
  private readonly auditLog: AuditEntry[] = [];
  /** Called after every change (persist.ts writes the snapshot); a failure rejects the write's promise. */
  private afterChange: () => Promise<void> = async () => {};
  /**
   * What answers reads: the graph, or, just after a restore from columns, the columns (the "columns" phase)
   * while `hydration` fills the graph; then the graph again, and the columns are dropped.
   */
  /** Depth-1 expansions read this once it has caught up with the graph (rebuilt in the background after writes). */
  private readonly expandIndex = new ExpandIndexCache(this.graph);
  private reads: GraphReads = graphologyReads(this.graph, this.expandIndex);
  private hydration: Hydration | null = null;
  /** Search in the "columns" phase (null otherwise). */
  private columnarSearch: ColumnarSearchIndex | null = null;
  /** Paths in the "columns" phase: the columns, and their adjacency once a path search built it (else null). */
  private columnarPaths: { columns: ColumnarGraph; adjacency: PathAdjacency | null } | null = null;
  private readonly pathGraph = graphologyPathGraph(this.graph);

  /** "columns" while a restore's graph is being filled (reads come from the snapshot's columns), else "graph". */
  get phase(): "columns" | "graph" {
    return this.hydration ? "columns" : "graph";
  }

  /**
   * Resolves once the graph is complete (at once when it is). Writes wait for it themselves; the bench waits
   * so that its heap figures count the graph, not the columns.
   */
  async whenHydrated(): Promise<void> {
    if (this.hydration) await this.hydration.wait();
  }

  /**
   * Resolves once depth-1 expansions read the expand index (expand-index.ts): about a second after the last
   * write, plus the build. Until then they walk the graph, with the same answers. The bench waits for it.
   */
  async whenIndexed(): Promise<void> {
    await this.whenHydrated();
    await this.expandIndex.whenReady();
  }

  async info(): Promise<StoreInfo> {
    return {
      store: "memory",
      version: GRAPHOLOGY_VERSION && `graphology ${GRAPHOLOGY_VERSION}`,
      counts: this.reads.counts(),
    };
  }

  /** From the columns while the graph fills (the same texts, handed to the graph's index once it is full). */
  async search(query: string, options: SearchOptions): Promise<ScoredNode[]> {
    if (this.columnarSearch) {
      const reads = this.reads;
      return searchNodes((id) => reads.getNode(id)!, this.columnarSearch, query, options);
    }
    return searchNodes((id) => readNode(this.graph, id), this.searchIndex, query, options);
  }

  async getNode(id: string): Promise<GraphNode | null> {
    return this.reads.getNode(id);
  }

  async getEdge(id: string): Promise<GraphEdge | null> {
    return this.reads.getEdge(id);
  }

  async getNodes(ids: string[]): Promise<GraphNode[]> {
    return this.reads.getNodes(ids);
  }

  async getEdges(ids: string[]): Promise<GraphEdge[]> {
    return this.reads.getEdges(ids);
  }

  /** Every incident relationship counted once, whatever its direction, also per type; and distinct neighbours. */
  async degree(id: string): Promise<Degree | null> {
    return this.reads.degree(id);
  }

  async neighbors(id: string, options: NeighborOptions): Promise<Subgraph | null> {
    return this.reads.neighbors(id, options);
  }

  async subgraph(ids: string[], options: SubgraphOptions): Promise<Subgraph> {
    return this.reads.subgraph(ids, options);
  }

  async topByDegree(limit: number): Promise<string[]> {
    return this.reads.topByDegree(limit);
  }

  /** From the columns while the graph fills (the adjacency built from them is handed to the graph's cache). */
  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[] | null> {
    const columnar = this.columnarPaths;
    if (columnar) {
      const adjacency = () => (columnar.adjacency ??= pathAdjacencyFromColumns(columnar.columns));
      return shortestPaths(columnarPathGraph(columnar.columns), adjacency, from, to, options);
    }
    return shortestPaths(this.pathGraph, () => this.pathAdjacency.current(), from, to, options);
  }

  /** Counts per type that occurs, most frequent first, then by type name. */
  async schema() {
    return this.reads.schema();
  }

  /** All sources, by id. */
  async sources(): Promise<Source[]> {
    return structuredClone([...this.sourceTable.values()].sort((a, b) => compareIds(a.id, b.id)));
  }

  async exportAll(): Promise<GraphExport> {
    return { nodes: this.reads.allNodes(), edges: this.reads.allEdges(), sources: await this.sources() };
  }

  exportStream(): AsyncIterable<ExportPage> {
    return this.reads.exportStream(() => this.sources());
  }

  /**
   * Upsert by id. Everything is validated first (shapes, vocabulary, unique ids, edge ends present in
   * the data or the store), so a rejected load writes nothing. Without `options` it is written in one step;
   * with them, batch by batch, giving other requests (and a cancel) a turn of the event loop between batches.
   * The after-change hook (a DATA_DIR snapshot) runs between batches, spaced out (SpacedHook), and always once
   * more before the load settles: the load resolves with everything it wrote on disk, though its progress may
   * run a few batches ahead of the disk meanwhile.
   * @throws InvalidArgumentError naming the first bad item, e.g. the edge whose target is missing.
   */
  async load(data: GraphExport, options?: LoadOptions): Promise<LoadReport> {
    if (this.hydration) await this.hydration.wait();
    const { data: clean, externalNodeIds } = validateGraphExport(data);
    assertNoReservedIds(clean);
    assertNoDanglingEdges(clean, new Set(externalNodeIds.filter((id) => this.graph.hasNode(id))));
    if (!options) {
      const report = applyLoad(this.graph, this.sourceTable, clean);
      await this.afterChange();
      return report;
    }
    const batchSize = options.batchSize ?? DEFAULT_LOAD_BATCH_SIZE;
    const total = loadBatchCount(clean, batchSize);
    const report = emptyLoadReport();
    const hook = new SpacedHook(() => this.afterChange());
    let done = 0;
    try {
      for (const batch of loadBatches(clean, batchSize)) {
        if (done > 0) await nextTurn();
        if (options.signal?.aborted) break;
        // A write between batches may have removed an end checked above: refuse this batch whole.
        assertEndsStored(this.graph, batch);
        addLoadReport(report, applyLoad(this.graph, this.sourceTable, batch));
        await hook.maybe();
        options.onProgress?.({ done: ++done, total });
      }
    } finally {
      await hook.flush(); // what was written is persisted before the load settles, refused or not
    }
    return report;
  }

  /** Validated whole before the first mutation (apply-changes.ts); the audit entry is appended with it. */
  async applyChanges(change: ChangeSet, audit?: AuditEntry): Promise<ChangeReport> {
    if (this.hydration) await this.hydration.wait();
    const report = applyChanges(this.graph, change);
    if (audit) this.auditLog.push(structuredClone(audit));
    await this.afterChange();
    return report;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    if (this.hydration) await this.hydration.wait(); // in order with the writes waiting for it
    this.auditLog.push(structuredClone(entry));
    await this.afterChange();
  }

  /** Newest first: the log is kept in append order. */
  async readAudit(query: AuditQuery): Promise<AuditEntry[]> {
    const matching = query.entity
      ? this.auditLog.filter((e) => e.entityIds.includes(query.entity!))
      : this.auditLog;
    return structuredClone(matching.slice(-query.limit).reverse());
  }

  /** Everything persist.ts snapshots: the graph and the audit log. */
  async exportState(): Promise<{ graph: GraphExport; audit: AuditEntry[] }> {
    return { graph: await this.exportAll(), audit: structuredClone(this.auditLog) };
  }

  /**
   * Replace everything with a snapshot's state, without triggering `afterChange`. Columns (snapshot format
   * 2, checksummed, valid when written) are taken without re-validation: reads are answered from them at
   * once (the "columns" phase) while the graph fills in the background, a slice per turn of the event loop
   * (hydrate.ts), search and paths too (columnar-search.ts, columnar-paths.ts); writes wait for the graph.
   * A plain export (format 1), or columns whose ids are not sorted, are loaded into the graph before this
   * resolves, as before.
   * @param schedule when the fill's slices run (tests hold them back to read in the "columns" phase).
   * @throws Error when columns do not fit together; the store is then left empty.
   */
  async restoreState(
    state: { graph: GraphExport; audit: AuditEntry[]; columns?: SnapshotColumns },
    schedule?: HydrationScheduler,
  ): Promise<void> {
    if (this.hydration) await this.hydration.wait(); // a restore is a write: it replaces a finished graph
    // What a store already holds restores as it was, even beyond today's index limits.
    const data = state.columns ? null : validateGraphExport(state.graph, { indexSizes: false }).data;
    this.graph.clear();
    this.sourceTable.clear();
    if (state.columns) {
      try {
        const columnar = ColumnarGraph.from(state.columns);
        if (columnar) this.hydrateFrom(columnar, schedule);
        else fillGraph(this.graph, state.columns);
      } catch (error) {
        this.graph.clear();
        throw error;
      }
      for (const source of state.columns.sources) this.sourceTable.set(source.id, source);
    } else applyLoad(this.graph, this.sourceTable, data!);
    // Not splice(...spread): a long audit log would overflow the call stack.
    this.auditLog.length = 0;
    for (const entry of structuredClone(state.audit)) this.auditLog.push(entry);
  }

  /** Reads from `columnar` until the graph holds it all, then from the graph; the columns are then dropped. */
  private hydrateFrom(columnar: ColumnarGraph, schedule?: HydrationScheduler): void {
    const hydration = new Hydration(this.graph, columnar, schedule);
    this.hydration = hydration;
    this.reads = columnarReads(columnar);
    this.columnarSearch = new ColumnarSearchIndex(columnar);
    this.columnarPaths = { columns: columnar, adjacency: null };
    // Registered before any waiter's, so every write waiting for the graph runs after the switch.
    hydration.done.then(
      () => {
        this.hydration = null;
        this.reads = graphologyReads(this.graph, this.expandIndex);
        const texts = this.columnarSearch?.built();
        if (texts) this.searchIndex.adopt(texts);
        const adjacency = this.columnarPaths?.adjacency;
        if (adjacency) this.pathAdjacency.adopt(adjacency);
        this.columnarSearch = null;
        this.columnarPaths = null;
      },
      // Not expected (ColumnarGraph checked what graphology would refuse): the columns keep answering
      // reads, and writes reject with graphology's error rather than write into a half-filled graph.
      () => undefined,
    );
  }

  /** Run `hook` after every change from now on (persist.ts). */
  onChange(hook: () => Promise<void>): void {
    this.afterChange = hook;
  }

  /** Empties the graph and sources; the audit log is append-only and stays. */
  async clear(): Promise<void> {
    if (this.hydration) await this.hydration.wait();
    this.graph.clear();
    this.sourceTable.clear();
    await this.afterChange();
  }

  async close(): Promise<void> {
    // Nothing to release; the store stays usable, as closing an in-memory map has no meaning. A hydration
    // under way stops scheduling slices, so a shutting-down process need not fill a graph it will drop;
    // a later write or search finishes it first.
    this.hydration?.pause();
  }
}

/** graphology's "exports" hide its package.json, so find it next to the resolved entry point (dist/). */
function readGraphologyVersion(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve("graphology");
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : undefined;
  } catch {
    return undefined; // the version is informative only
  }
}

/** A memory store, loaded with `data` when given (validated like any load). */
export async function createMemoryStore(data?: GraphExport): Promise<MemoryGraphStore> {
  const store = new MemoryGraphStore();
  if (data) await store.load(data);
  return store;
}

/** One turn of the event loop: pending I/O (other requests, a client going away) runs first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Every edge of `batch` has both ends in `graph` (its nodes were written by earlier batches or before the load). */
function assertEndsStored(graph: MemoryGraph, batch: GraphExport): void {
  for (const edge of batch.edges)
    for (const end of ["source", "target"] as const)
      if (!graph.hasNode(edge[end]))
        throw new InvalidArgumentError(
          `load: edge "${edge.id}" has ${end} "${edge[end]}", a node removed from the store while the load ran`,
          { edge: edge.id, [end]: edge[end] },
        );
}
