// The GraphStore over Neo4j 5.26: reads in READ transactions, loads through the batched loader, 503 while unreachable.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
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
import type { RelType } from "../../domain/vocabulary.js";
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
import { clearGraph } from "./clear-graph.js";
import { autoCommitReader } from "./auto-commit-read.js";
import { applyChangesInTx, createAuditEntry, readAuditInTx } from "./apply-changes.js";
import { Neo4jConnection, type ConnectionOptions } from "./connection.js";
import { Neo4jCypherConsole } from "./cypher-console.js";
import type { ExportPage } from "../graph-store.js";
import { neo4jExportStream } from "./export-stream.js";
import { DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS } from "./driver.js";
import { loadGraph } from "./loader.js";
import { depthOne, neighborhood } from "./neighbors.js";
import { neighborCounts } from "./neighbor-counts.js";
import { firstShortestPath, shortestPaths } from "./paths.js";
import * as Q from "./queries.js";
import type { RunStatement } from "./run-statement.js";
import { readEdges, readExport, readInfo, readNodes, readSchema, readSources } from "./store-reads.js";
import { searchNodes } from "./search.js";
import { inducedSubgraph } from "./subgraph.js";
import { topByDegree } from "./top-degree.js";

export interface Neo4jStoreOptions extends ConnectionOptions {
  /** Rows per write transaction when loading (default 10000, loader.ts DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Server-side time limit of one read transaction and of a console query (default 10 s); beyond it → "timeout". */
  queryTimeoutMs?: number;
  /** How long one-statement reads retry a transient failure (default 5 s, as the driver's managed transactions). */
  maxTransactionRetryTimeMs?: number;
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
  /** One-statement reads (readStatement). */
  private readonly autoCommitRead: RunStatement;

  constructor(
    driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.connection = new Neo4jConnection(driver, options);
    this.autoCommitRead = autoCommitReader({
      openSession: () => this.session(neo4j.session.READ),
      timeoutMs: options.queryTimeoutMs ?? 10_000,
      retryWithinMs: options.maxTransactionRetryTimeMs ?? DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS,
    });
    this.cypher = new Neo4jCypherConsole(driver, {
      database: options.database,
      timeoutMs: options.queryTimeoutMs ?? 10_000,
    });
  }

  /** Resolves once connected and the schema is applied; StoreUnavailableError after `timeoutMs`. */
  waitUntilReady(timeoutMs = 30_000): Promise<void> {
    return this.connection.waitUntilReady(timeoutMs);
  }

  info(): Promise<StoreInfo> {
    return this.read("Neo4jStore.info", (tx) => readInfo(tx, this.connection.serverVersion));
  }

  /** One statement (readStatement): search is the store's most frequent call. */
  search(query: string, options: SearchOptions): Promise<ScoredNode[]> {
    return this.readStatement("Neo4jStore.search", (run) => searchNodes(run, query, options));
  }

  /** One statement (readStatement): an inspector's first read. */
  getNode(id: string): Promise<GraphNode | null> {
    return this.readStatement("Neo4jStore.getNode", async (run) => (await readNodes(run, [id]))[0] ?? null);
  }

  /** Through existingEdges(): one index seek per relationship type on its id constraint, one statement. */
  getEdge(id: string): Promise<GraphEdge | null> {
    return this.readStatement("Neo4jStore.getEdge", async (run) => (await readEdges(run, [id]))[0] ?? null);
  }

  getNodes(ids: string[]): Promise<GraphNode[]> {
    return this.readStatement("Neo4jStore.getNodes", (run) => readNodes(run, ids));
  }

  getEdges(ids: string[]): Promise<GraphEdge[]> {
    return this.readStatement("Neo4jStore.getEdges", (run) => readEdges(run, ids));
  }

  /** Every incident relationship counted once, whatever its direction, also per type; and distinct neighbours. */
  degree(id: string): Promise<Degree | null> {
    return this.read("Neo4jStore.degree", async (tx) => {
      const record = (await tx.run(Q.DEGREE, { id })).records[0];
      if (!record) return null;
      const seen = new Map<string, RelType>();
      for (const rel of record.get("rels") as { key: string; type: RelType }[]) seen.set(rel.key, rel.type);
      const byType: Partial<Record<RelType, number>> = {};
      for (const type of seen.values()) byType[type] = (byType[type] ?? 0) + 1;
      return { total: seen.size, byType, neighbors: await neighborCounts(tx, id) };
    });
  }

  neighbors(id: string, options: NeighborOptions): Promise<Subgraph | null> {
    if (options.depth === 1)
      return this.readStatement("Neo4jStore.neighbors", (run) => depthOne(run, id, options));
    return this.read("Neo4jStore.neighbors", (tx) => neighborhood(tx, id, options));
  }

  subgraph(ids: string[], options: SubgraphOptions): Promise<Subgraph> {
    return this.read("Neo4jStore.subgraph", (tx) => inducedSubgraph(tx, ids, options));
  }

  topByDegree(limit: number): Promise<string[]> {
    return this.read("Neo4jStore.topByDegree", (tx) => topByDegree(tx, limit));
  }

  paths(from: string, to: string, options: PathOptions): Promise<GraphPath[] | null> {
    if (options.k === 1)
      return this.readStatement("Neo4jStore.paths", (run) => firstShortestPath(run, from, to, options));
    return this.read("Neo4jStore.paths", (tx) => shortestPaths(tx, from, to, options));
  }

  /** Counts per type that occurs, most frequent first, then by type name. */
  schema(): Promise<SchemaSummary> {
    return this.read("Neo4jStore.schema", (tx) => readSchema(tx));
  }

  sources(): Promise<Source[]> {
    return this.readStatement("Neo4jStore.sources", (run) => readSources(run));
  }

  /** The whole graph in one read transaction (a consistent snapshot), everything sorted by id. */
  exportAll(): Promise<GraphExport> {
    return this.read("Neo4jStore.exportAll", (tx) => readExport(tx));
  }

  /** Keyset pages in short READ transactions (export-stream.ts): exportAll's items without holding the graph. */
  exportStream(): AsyncIterable<ExportPage> {
    return neo4jExportStream((operation, work) => this.read(operation, work));
  }

  /** See loader.ts: validated first, then batched idempotent upserts, one write transaction per batch. */
  load(data: GraphExport, options: LoadOptions = {}): Promise<LoadReport> {
    return this.guard("Neo4jStore.load", () =>
      loadGraph(this.connection.driver, data, {
        database: this.options.database,
        batchSize: options.batchSize ?? this.options.batchSize,
        onProgress: options.onProgress,
        signal: options.signal,
        mode: options.idsAreNew ? "fresh" : "auto",
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
        await clearGraph(session);
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

  /**
   * A read that is one statement, in an auto-commit transaction (auto-commit-read.ts): one round trip where
   * a transaction around it (`read`, `executeQuery`) takes more; same READ routing and time limit, and transient failures retried as
   * `read`'s are. No bookmark manager, like the sessions `read` opens.
   */
  private readStatement<T>(operation: string, work: (run: RunStatement) => Promise<T>): Promise<T> {
    return this.guard(operation, () => work(this.autoCommitRead));
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
