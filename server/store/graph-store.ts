// The contract every store implements (memory/graphology, neo4j/driver). Tested by test/server/store/graph-store-contract.ts.
import type {
  Counts,
  Degree,
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
  /** Only neighbours of these node types. */
  types?: NodeType[];
  /** Only traverse relationships of these types. */
  relTypes?: RelType[];
  direction: Direction;
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

export interface GraphStore {
  readonly kind: "memory" | "neo4j";

  /** The Cypher console, on stores that speak Cypher (Neo4j); absent on the embedded store. */
  readonly cypher?: CypherConsole;

  /** Store kind, version and counts. Throws StoreUnavailableError when the database cannot be reached. */
  info(): Promise<StoreInfo>;

  /** Name and alias matches, case- and accent-insensitive, prefix and substring, best first (see domain/search-score.ts). */
  search(query: string, options: SearchOptions): Promise<ScoredNode[]>;

  getNode(id: NodeId): Promise<GraphNode | null>;

  /** null when the node does not exist. */
  degree(id: NodeId): Promise<Degree | null>;

  /** The start node, its neighbourhood and every edge among the returned nodes. null when the start node does not exist. */
  neighbors(id: NodeId, options: NeighborOptions): Promise<Subgraph | null>;

  /** Up to k shortest simple paths, shortest first; [] when none within maxHops; null when either end does not exist. */
  paths(from: NodeId, to: NodeId, options: PathOptions): Promise<GraphPath[] | null>;

  schema(): Promise<SchemaSummary>;

  sources(): Promise<Source[]>;

  /** The whole graph, nodes and edges sorted by id, sources sorted by id. */
  exportAll(): Promise<GraphExport>;

  /** Upsert a graph (idempotent: loading the same data twice changes nothing). Used by seed and import. */
  load(data: GraphExport): Promise<LoadReport>;

  /** Remove everything (tests and `seed --reset`). */
  clear(): Promise<void>;

  close(): Promise<void>;
}
