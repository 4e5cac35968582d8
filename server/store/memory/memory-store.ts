// The embedded GraphStore: the whole graph in a graphology MultiDirectedGraph, in process memory.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type {
  Degree,
  GraphExport,
  GraphNode,
  GraphPath,
  ScoredNode,
  Source,
  Subgraph,
} from "../../domain/model.js";
import { compareIds, countByType } from "../../domain/ordering.js";
import { assertNoDanglingEdges, validateGraphExport } from "../../domain/validate-load.js";
import type { RelType } from "../../domain/vocabulary.js";
import type {
  GraphStore,
  LoadReport,
  NeighborOptions,
  PathOptions,
  SearchOptions,
  StoreInfo,
} from "../graph-store.js";
import { applyLoad } from "./apply-load.js";
import { createMemoryGraph, readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { neighborhood } from "./neighbors.js";
import { shortestPaths } from "./paths.js";
import { searchNodes } from "./search.js";

const GRAPHOLOGY_VERSION = readGraphologyVersion();

/**
 * GraphStore over graphology. Every method returns copies, so callers cannot change the store by
 * mutating a result. Semantics shared with the Neo4j store are documented on each helper
 * (search.ts, neighbors.ts, paths.ts) and enforced by test/server/store/graph-store-contract.ts.
 */
export class MemoryGraphStore implements GraphStore {
  readonly kind = "memory" as const;
  private readonly graph: MemoryGraph = createMemoryGraph();
  private readonly sourceTable = new Map<string, Source>();

  async info(): Promise<StoreInfo> {
    return {
      store: "memory",
      version: GRAPHOLOGY_VERSION && `graphology ${GRAPHOLOGY_VERSION}`,
      counts: { nodes: this.graph.order, relationships: this.graph.size },
    };
  }

  async search(query: string, options: SearchOptions): Promise<ScoredNode[]> {
    return searchNodes(this.graph, query, options);
  }

  async getNode(id: string): Promise<GraphNode | null> {
    return this.graph.hasNode(id) ? readNode(this.graph, id) : null;
  }

  /** Every incident relationship counted once, whatever its direction, also per relationship type. */
  async degree(id: string): Promise<Degree | null> {
    if (!this.graph.hasNode(id)) return null;
    const byType: Partial<Record<RelType, number>> = {};
    const edges = this.graph.edges(id);
    for (const edge of edges) {
      const type = this.graph.getEdgeAttribute(edge, "type");
      byType[type] = (byType[type] ?? 0) + 1;
    }
    return { total: edges.length, byType };
  }

  async neighbors(id: string, options: NeighborOptions): Promise<Subgraph | null> {
    return neighborhood(this.graph, id, options);
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[] | null> {
    return shortestPaths(this.graph, from, to, options);
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

  /**
   * Upsert by id. Everything is validated first (shapes, vocabulary, unique ids, edge ends present in
   * the data or the store), so a rejected load writes nothing.
   * @throws InvalidArgumentError naming the first bad item, e.g. the edge whose target is missing.
   */
  async load(data: GraphExport): Promise<LoadReport> {
    const { data: clean, externalNodeIds } = validateGraphExport(data);
    assertNoDanglingEdges(clean, new Set(externalNodeIds.filter((id) => this.graph.hasNode(id))));
    return applyLoad(this.graph, this.sourceTable, clean);
  }

  async clear(): Promise<void> {
    this.graph.clear();
    this.sourceTable.clear();
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
