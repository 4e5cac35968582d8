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
import { compareIds, countByType } from "../../domain/ordering.js";
import { assertNoDanglingEdges, validateGraphExport } from "../../domain/validate-load.js";
import { assertNoReservedIds } from "./reserved-ids.js";
import type { RelType } from "../../domain/vocabulary.js";
import type { AuditEntry, AuditQuery } from "../../domain/audit.js";
import type {
  ChangeReport,
  ChangeSet,
  GraphStore,
  LoadReport,
  NeighborOptions,
  PathOptions,
  SearchOptions,
  StoreInfo,
  SubgraphOptions,
} from "../graph-store.js";
import type { ExportPage } from "../graph-store.js";
import { memoryExportStream } from "./export-stream.js";
import { applyChanges } from "./apply-changes.js";
import { applyLoad } from "./apply-load.js";
import { createMemoryGraph, readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { lookupEdges, lookupNodes } from "./lookup-many.js";
import { neighborhood } from "./neighbors.js";
import { neighborCounts } from "./neighbor-counts.js";
import { PathAdjacencyCache } from "./path-adjacency.js";
import { shortestPaths } from "./paths.js";
import { SearchIndex } from "./search-index.js";
import { searchNodes } from "./search.js";
import { fillGraph, type SnapshotColumns } from "./snapshot-columns.js";
import { inducedSubgraph } from "./subgraph.js";
import { topByDegree } from "./top-degree.js";

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

  async info(): Promise<StoreInfo> {
    return {
      store: "memory",
      version: GRAPHOLOGY_VERSION && `graphology ${GRAPHOLOGY_VERSION}`,
      counts: { nodes: this.graph.order, relationships: this.graph.size },
    };
  }

  async search(query: string, options: SearchOptions): Promise<ScoredNode[]> {
    return searchNodes(this.graph, this.searchIndex, query, options);
  }

  async getNode(id: string): Promise<GraphNode | null> {
    return this.graph.hasNode(id) ? readNode(this.graph, id) : null;
  }

  async getEdge(id: string): Promise<GraphEdge | null> {
    return this.graph.hasEdge(id) ? readEdge(this.graph, id) : null;
  }

  async getNodes(ids: string[]): Promise<GraphNode[]> {
    return lookupNodes(this.graph, ids);
  }

  async getEdges(ids: string[]): Promise<GraphEdge[]> {
    return lookupEdges(this.graph, ids);
  }

  /** Every incident relationship counted once, whatever its direction, also per type; and distinct neighbours. */
  async degree(id: string): Promise<Degree | null> {
    if (!this.graph.hasNode(id)) return null;
    const byType: Partial<Record<RelType, number>> = {};
    const edges = this.graph.edges(id);
    for (const edge of edges) {
      const type = this.graph.getEdgeAttribute(edge, "type");
      byType[type] = (byType[type] ?? 0) + 1;
    }
    return { total: edges.length, byType, neighbors: neighborCounts(this.graph, id) };
  }

  async neighbors(id: string, options: NeighborOptions): Promise<Subgraph | null> {
    return neighborhood(this.graph, id, options);
  }

  async subgraph(ids: string[], options: SubgraphOptions): Promise<Subgraph> {
    return inducedSubgraph(this.graph, ids, options);
  }

  async topByDegree(limit: number): Promise<string[]> {
    return topByDegree(this.graph, limit);
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[] | null> {
    return shortestPaths(this.graph, this.pathAdjacency, from, to, options);
  }

  /** Counts per type that occurs, most frequent first, then by type name. */
  async schema() {
    return {
      nodeTypes: countByType(this.graph.mapNodes((_id, attrs) => attrs.type)),
      relationshipTypes: countByType(this.graph.mapEdges((_id, attrs) => attrs.type)),
    };
  }

  /** All sources, by id. */
  async sources(): Promise<Source[]> {
    return structuredClone([...this.sourceTable.values()].sort((a, b) => compareIds(a.id, b.id)));
  }

  async exportAll(): Promise<GraphExport> {
    return {
      nodes: [...this.graph.nodes()].sort(compareIds).map((id) => readNode(this.graph, id)),
      edges: [...this.graph.edges()].sort(compareIds).map((id) => readEdge(this.graph, id)),
      sources: await this.sources(),
    };
  }

  exportStream(): AsyncIterable<ExportPage> {
    return memoryExportStream(this.graph, () => this.sources());
  }

  /**
   * Upsert by id. Everything is validated first (shapes, vocabulary, unique ids, edge ends present in
   * the data or the store), so a rejected load writes nothing.
   * @throws InvalidArgumentError naming the first bad item, e.g. the edge whose target is missing.
   */
  async load(data: GraphExport): Promise<LoadReport> {
    const { data: clean, externalNodeIds } = validateGraphExport(data);
    assertNoReservedIds(clean);
    assertNoDanglingEdges(clean, new Set(externalNodeIds.filter((id) => this.graph.hasNode(id))));
    const report = applyLoad(this.graph, this.sourceTable, clean);
    await this.afterChange();
    return report;
  }

  /** Validated whole before the first mutation (apply-changes.ts); the audit entry is appended with it. */
  async applyChanges(change: ChangeSet, audit?: AuditEntry): Promise<ChangeReport> {
    const report = applyChanges(this.graph, change);
    if (audit) this.auditLog.push(structuredClone(audit));
    await this.afterChange();
    return report;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
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
   * 2, checksummed, valid when written) are added in bulk without re-validation; a plain export is
   * validated and loaded item by item.
   * @throws Error when columns do not fit together; the store is then left empty.
   */
  async restoreState(state: {
    graph: GraphExport;
    audit: AuditEntry[];
    columns?: SnapshotColumns;
  }): Promise<void> {
    const data = state.columns ? null : validateGraphExport(state.graph).data;
    this.graph.clear();
    this.sourceTable.clear();
    if (state.columns) {
      try {
        fillGraph(this.graph, state.columns);
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

  /** Run `hook` after every change from now on (persist.ts). */
  onChange(hook: () => Promise<void>): void {
    this.afterChange = hook;
  }

  /** Empties the graph and sources; the audit log is append-only and stays. */
  async clear(): Promise<void> {
    this.graph.clear();
    this.sourceTable.clear();
    await this.afterChange();
  }

  async close(): Promise<void> {
    // Nothing to release; the store stays usable, as closing an in-memory map has no meaning.
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
