// The memory store's reads, behind one interface: served by graphology, or by a snapshot's columns while graphology fills.
import type {
  Counts,
  Degree,
  GraphEdge,
  GraphNode,
  NodeId,
  SchemaSummary,
  Source,
  Subgraph,
} from "../../domain/model.js";
import type { ExportPage, NeighborOptions, SubgraphOptions } from "../graph-store.js";

/**
 * The GraphStore reads that both a graphology graph and a ColumnarGraph answer, with the same answers in
 * the same order (test/server/store/memory/columnar-reads.test.ts compares them). Search and paths are
 * not here: each has its own index per phase (search-index.ts and columnar-search.ts; paths.ts with
 * path-adjacency.ts and columnar-paths.ts), handed over when the graph is full.
 */
export interface GraphReads {
  counts(): Counts;
  getNode(id: string): GraphNode | null;
  getEdge(id: string): GraphEdge | null;
  getNodes(ids: readonly string[]): GraphNode[];
  getEdges(ids: readonly string[]): GraphEdge[];
  degree(id: string): Degree | null;
  neighbors(id: string, options: NeighborOptions): Subgraph | null;
  subgraph(ids: readonly string[], options: SubgraphOptions): Subgraph;
  topByDegree(limit: number): NodeId[];
  schema(): SchemaSummary;
  /** Every node, by id. */
  allNodes(): GraphNode[];
  /** Every edge, by id. */
  allEdges(): GraphEdge[];
  exportStream(sources: () => Promise<Source[]>): AsyncIterable<ExportPage>;
}
