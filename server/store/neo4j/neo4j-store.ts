// The GraphStore over Neo4j 5.26: reads in READ transactions, loads through the batched loader, 503 while unreachable.
import neo4j, { type Driver, type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import type {
  Degree,
  GraphEdge,
  GraphExport,
  GraphNode,
  GraphPath,
  SchemaSummary,
  ScoredNode,
  Source,
  Subgraph,
} from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
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
import { applyChangesInTx, createAuditEntry, readAuditInTx } from "./apply-changes.js";
import { Neo4jConnection, type ConnectionOptions } from "./connection.js";
import { Neo4jCypherConsole } from "./cypher-console.js";
import { loadGraph } from "./loader.js";
import { toCount, toGraphEdge, toGraphNode, toSource } from "./mappers.js";
import { neighborhood } from "./neighbors.js";
import { shortestPaths } from "./paths.js";
import * as Q from "./queries.js";
import { searchNodes } from "./search.js";
import { inducedSubgraph } from "./subgraph.js";

export interface Neo4jStoreOptions extends ConnectionOptions {
  /** Rows per write transaction when loading (default 1000). */
  batchSize?: number;
  /** Server-side time limit of one read transaction and of a console query (default 10 s); beyond it → "timeout". */
  queryTimeoutMs?: number;
}

/**
 * GraphStore backed by Neo4j. Owns its driver (closed by `close()`). Every call first checks the
 * connection state, so an unreachable database answers StoreUnavailableError at once instead of
 * hanging, and driver errors are translated to domain errors (see errors.ts).
 */
export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  readonly connection: Neo4jConnection;
  /** The Cypher console (server/store/neo4j/cypher-console.ts), on the same driver and time limit. */
  readonly cypher: Neo4jCypherConsole;

  constructor(
    driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.connection = new Neo4jConnection(driver, options);
    this.cypher = new Neo4jCypherConsole(driver, {
      database: options.database,
      timeoutMs: options.queryTimeoutMs ?? 10_000,
    });
  }

  /** Resolves once connected and the schema is applied; StoreUnavailableError after `timeoutMs`. */
  waitUntilReady(timeoutMs = 30_000): Promise<void> {
    return this.connection.waitUntilReady(timeoutMs);
  }

  async info(): Promise<StoreInfo> {
    return this.read("Neo4jStore.info", async (tx) => {
      const nodes = await tx.run(Q.COUNT_ENTITIES);
      const rels = await tx.run(Q.COUNT_RELATIONSHIPS);
      const version = this.connection.serverVersion;
      return {
        store: "neo4j",
        ...(version ? { version } : {}),
        counts: {
          nodes: toCount(nodes.records[0]?.get("count")),
          relationships: toCount(rels.records[0]?.get("count")),
        },
      };
    });
  }

  search(query: string, options: SearchOptions): Promise<ScoredNode[]> {
    return this.read("Neo4jStore.search", (tx) => searchNodes(tx, query, options));
  }

  getNode(id: string): Promise<GraphNode | null> {
    return this.read("Neo4jStore.getNode", async (tx) => {
      const result = await tx.run(Q.GET_NODE, { id });
      const record = result.records[0];
      return record ? toGraphNode(record.get("n") as Node) : null;
    });
  }

  /** Through existingEdges(): one index seek per relationship type on its id constraint. */
  getEdge(id: string): Promise<GraphEdge | null> {
    return this.read("Neo4jStore.getEdge", async (tx) => {
      const record = (await tx.run(Q.existingEdges(), { ids: [id] })).records[0];
      return record
        ? toGraphEdge(record.get("r") as Relationship, record.get("source"), record.get("target"))
        : null;
    });
  }

  /** Every incident relationship counted once, whatever its direction, also per type. */
  degree(id: string): Promise<Degree | null> {
    return this.read("Neo4jStore.degree", async (tx) => {
      const record = (await tx.run(Q.DEGREE, { id })).records[0];
      if (!record) return null;
      const seen = new Map<string, RelType>();
      for (const rel of record.get("rels") as { key: string; type: RelType }[]) seen.set(rel.key, rel.type);
      const byType: Partial<Record<RelType, number>> = {};
      for (const type of seen.values()) byType[type] = (byType[type] ?? 0) + 1;
      return { total: seen.size, byType };
    });
  }

  neighbors(id: string, options: NeighborOptions): Promise<Subgraph | null> {
    return this.read("Neo4jStore.neighbors", (tx) => neighborhood(tx, id, options));
  }

  subgraph(ids: string[], options: SubgraphOptions): Promise<Subgraph> {
    return this.read("Neo4jStore.subgraph", (tx) => inducedSubgraph(tx, ids, options));
  }

  paths(from: string, to: string, options: PathOptions): Promise<GraphPath[] | null> {
    return this.read("Neo4jStore.paths", (tx) => shortestPaths(tx, from, to, options));
  }

  /** Counts per type that occurs, most frequent first, then by type name. */
  schema(): Promise<SchemaSummary> {
    return this.read("Neo4jStore.schema", async (tx) => {
      const order = (a: { type: string; count: number }, b: { type: string; count: number }) =>
        b.count - a.count || compareIds(a.type, b.type);
      const nodes = await tx.run(Q.NODE_TYPE_COUNTS);
      const rels = await tx.run(Q.REL_TYPE_COUNTS);
      return {
        nodeTypes: nodes.records
          .map((r) => ({ type: r.get("type") as NodeType, count: toCount(r.get("count")) }))
          .sort(order),
        relationshipTypes: rels.records
          .map((r) => ({ type: r.get("type") as RelType, count: toCount(r.get("count")) }))
          .sort(order),
      };
    });
  }

  sources(): Promise<Source[]> {
    return this.read("Neo4jStore.sources", (tx) => readSources(tx));
  }

  /** The whole graph in one read transaction (a consistent snapshot), everything sorted by id. */
  exportAll(): Promise<GraphExport> {
    return this.read("Neo4jStore.exportAll", async (tx) => {
      const nodes = (await tx.run(Q.ALL_NODES)).records.map((r) => toGraphNode(r.get("n") as Node));
      const edges = (await tx.run(Q.ALL_EDGES)).records.map((r) =>
        toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target")),
      );
      return {
        nodes: nodes.sort((a, b) => compareIds(a.id, b.id)),
        edges: edges.sort((a, b) => compareIds(a.id, b.id)),
        sources: await readSources(tx),
      };
    });
  }

  /** See loader.ts: validated first, then batched idempotent upserts, one write transaction per batch. */
  load(data: GraphExport): Promise<LoadReport> {
    return this.guard("Neo4jStore.load", () =>
      loadGraph(this.connection.driver, data, {
        database: this.options.database,
        batchSize: this.options.batchSize,
      }),
    );
  }

  /** The change and its :AuditEntry in one write transaction (apply-changes.ts): both happen or neither. */
  applyChanges(change: ChangeSet, audit?: AuditEntry): Promise<ChangeReport> {
    return this.write("Neo4jStore.applyChanges", (tx) => applyChangesInTx(tx, change, audit));
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.write("Neo4jStore.appendAudit", (tx) => createAuditEntry(tx, entry));
  }

  readAudit(query: AuditQuery): Promise<AuditEntry[]> {
    return this.read("Neo4jStore.readAudit", (tx) => readAuditInTx(tx, query));
  }

  /** Deletes our nodes (:Entity, :Source) and their relationships, in batches; constraints and indexes stay. */
  clear(): Promise<void> {
    return this.guard("Neo4jStore.clear", async () => {
      const session = this.session(neo4j.session.WRITE);
      try {
        for (;;) {
          const deleted = await session.executeWrite(async (tx) => {
            const result = await tx.run(Q.CLEAR_BATCH, { batch: neo4j.int(10_000) });
            return toCount(result.records[0]?.get("deleted"));
          });
          if (deleted === 0) return;
        }
      } finally {
        await session.close();
      }
    });
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    return this.connection.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.guard(operation, async () => {
      const session = this.session(neo4j.session.READ);
      try {
        return await session.executeRead(work, { timeout: this.options.queryTimeoutMs ?? 10_000 });
      } finally {
        await session.close();
      }
    });
  }

  private write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.guard(operation, async () => {
      const session = this.session(neo4j.session.WRITE);
      try {
        return await session.executeWrite(work, { timeout: this.options.queryTimeoutMs ?? 10_000 });
      } finally {
        await session.close();
      }
    });
  }

  private async guard<T>(operation: string, work: () => Promise<T>): Promise<T> {
    this.connection.assertReady(operation);
    try {
      return await work();
    } catch (err) {
      throw this.connection.fail(operation, err);
    }
  }
}

async function readSources(tx: ManagedTransaction): Promise<Source[]> {
  const result = await tx.run(Q.ALL_SOURCES);
  return result.records.map((r) => toSource(r.get("s") as Node)).sort((a, b) => compareIds(a.id, b.id));
}
