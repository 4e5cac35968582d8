// The contract every store implements (memory/graphology, neo4j/driver). Tested by test/server/store/graph-store-contract.ts.
import type {
  Counts,
  Degree,
  EdgeId,
  GraphEdge,
  GraphExport,
  GraphNode,
  GraphPath,
  NodeId,
  SchemaSummary,
  ScoredNode,
  Source,
  Subgraph,
} from "../domain/model.js";
import type { Direction, NodeType, RelType } from "../domain/vocabulary.js";
import type { CypherConsole } from "../domain/cypher.js";
import type { AuditEntry, AuditQuery } from "../domain/audit.js";

export interface SearchOptions {
  /** 1..500 */
  limit: number;
  /** Only these node types; empty or undefined means all. */
  types?: NodeType[];
}

export interface NeighborOptions {
  /** 1..3 hops from the start node. */
  depth: number;
  /** At most this many neighbour nodes (the start node is not counted). `truncated` says when more existed. */
  limit: number;
  /** Skip this many neighbours, in the (distance, id) order, before taking `limit`: pages of a large neighbourhood. Default 0. */
  offset?: number;
  /** Only neighbours of these node types. */
  types?: NodeType[];
  /** Only traverse relationships of these types. */
  relTypes?: RelType[];
  direction: Direction;
}

export interface SubgraphOptions {
  /** Only edges of these types; all when empty or undefined. */
  relTypes?: RelType[];
}

export interface PathOptions {
  /** 1..8 */
  maxHops: number;
  /** Up to k paths, shortest first. */
  k: number;
  /** Only traverse relationships of these types. Paths ignore direction. */
  relTypes?: RelType[];
}

export interface StoreInfo {
  store: "memory" | "neo4j";
  /** The server version for Neo4j ("5.26.x"); the graphology version for memory. */
  version?: string;
  counts: Counts;
}

export interface LoadReport {
  nodes: { created: number; updated: number; unchanged: number };
  edges: { created: number; updated: number; unchanged: number };
  sources: { created: number; updated: number; unchanged: number };
}

/** Write batches done of total, after each batch a load writes. */
export interface LoadProgress {
  done: number;
  total: number;
}

/**
 * How a load writes in batches (domain/load-batches.ts cuts them: nodes, then sources, then edges). Each batch is
 * atomic; one that is written stays.
 */
export interface LoadOptions {
  /** Rows per write batch; default: the store's own. */
  batchSize?: number;
  /** Called after each batch is written, in order. */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Checked before each batch: once it aborts no further batch starts, and the load resolves with what it
   * wrote (fewer batches done than total; nothing is half-written).
   */
  signal?: AbortSignal;
  /**
   * The caller has just checked that no id of the load is stored (an import's plan): the store may write without
   * reading first. Neo4j then creates plainly; a node or source id that turns out stored after all is caught by
   * its uniqueness constraint and that batch and the rest are upserted, but a relationship id stored meanwhile
   * under another type is not (ids are unique per type).
   */
  idsAreNew?: boolean;
}

/**
 * One atomic curation write: removals first (a removed node takes its relationships with it), then upserts
 * (whole replacement by id, as in `load`). Edge ends must exist once the change is applied.
 */
export interface ChangeSet {
  removeEdges?: EdgeId[];
  removeNodes?: NodeId[];
  upsertNodes?: GraphNode[];
  upsertEdges?: GraphEdge[];
}

/** What `applyChanges` did; `edges.removed` counts the relationships removed nodes took with them too. */
export interface ChangeReport {
  nodes: { upserted: number; removed: number };
  edges: { upserted: number; removed: number };
}

/** One item of a streamed export (`GraphStore.exportStream`). */
export type ExportItem =
  { kind: "node"; value: GraphNode } | { kind: "edge"; value: GraphEdge } | { kind: "source"; value: Source };

/** One page of a streamed export: a non-empty run of items in exportAll's order. */
export type ExportPage = readonly ExportItem[];

export interface GraphStore {
  readonly kind: "memory" | "neo4j";

  /** The Cypher console, on stores that speak Cypher (Neo4j); absent on the embedded store. */
  readonly cypher?: CypherConsole;

  /** Store kind, version and counts. Throws StoreUnavailableError when the database cannot be reached. */
  info(): Promise<StoreInfo>;

  /** Name and alias matches, case- and accent-insensitive, prefix and substring, best first (see domain/search-score.ts). */
  search(query: string, options: SearchOptions): Promise<ScoredNode[]>;

  getNode(id: NodeId): Promise<GraphNode | null>;

  /** One relationship by id; null when none has it. */
  getEdge(id: EdgeId): Promise<GraphEdge | null>;

  /** The nodes among `ids` that exist, each once, sorted by id; unknown ids are left out, not an error. */
  getNodes(ids: NodeId[]): Promise<GraphNode[]>;

  /** The relationships among `ids` that exist, each once, sorted by id; unknown ids are left out. */
  getEdges(ids: EdgeId[]): Promise<GraphEdge[]>;

  /** null when the node does not exist. */
  degree(id: NodeId): Promise<Degree | null>;

  /** The start node, its neighbourhood and every edge among the returned nodes. null when the start node does not exist. */
  neighbors(id: NodeId, options: NeighborOptions): Promise<Subgraph | null>;

  /**
   * The nodes among `ids` that exist (sorted by id) and every edge joining two of them (of `relTypes`, when
   * given; sorted by id): "reveal the links between what is drawn". Unknown ids are left out, not an error.
   */
  subgraph(ids: NodeId[], options: SubgraphOptions): Promise<Subgraph>;

  /** Up to `limit` node ids, highest degree first (as `degree` counts it), ties by id: a large graph's overview. */
  topByDegree(limit: number): Promise<NodeId[]>;

  /** Up to k shortest simple paths, shortest first; [] when none within maxHops; null when either end does not exist. */
  paths(from: NodeId, to: NodeId, options: PathOptions): Promise<GraphPath[] | null>;

  schema(): Promise<SchemaSummary>;

  sources(): Promise<Source[]>;

  /** The whole graph, nodes and edges sorted by id, sources sorted by id. */
  exportAll(): Promise<GraphExport>;

  /**
   * The same items as `exportAll`, in the same order (nodes, then edges, then sources, each by id), a page at
   * a time: each page is a non-empty array of at most a few thousand items, so a consumer holds one page, not
   * the graph, and loops over a page synchronously (an await per item would cost more than the items' JSON).
   * `return()` on the iterator (a `break`) stops the reading. Not a snapshot: an item written during the
   * iteration may or may not appear; one present throughout appears once.
   */
  exportStream(): AsyncIterable<ExportPage>;

  /**
   * Upsert a graph (idempotent: loading the same data twice changes nothing). Used by seed and import. The whole
   * of `data` is validated before the first write; then it is written batch by batch (`options`), so an import
   * shows progress and can be cancelled between batches.
   */
  load(data: GraphExport, options?: LoadOptions): Promise<LoadReport>;

  /**
   * Apply `change` and append `audit` (when given) all-or-nothing: validated first (shapes, vocabulary, edge ends),
   * then written in one transaction. Unknown ids to remove are ignored (not counted).
   * @throws InvalidArgumentError naming the bad item; nothing is written then.
   */
  applyChanges(change: ChangeSet, audit?: AuditEntry): Promise<ChangeReport>;

  /** Append one entry to the audit log (never edited or removed; `clear` keeps it). */
  appendAudit(entry: AuditEntry): Promise<void>;

  /** Audit entries, newest first, optionally only those touching one node or edge id. */
  readAudit(query: AuditQuery): Promise<AuditEntry[]>;

  /** Remove everything (tests and `seed --reset`). */
  clear(): Promise<void>;

  close(): Promise<void>;
}
