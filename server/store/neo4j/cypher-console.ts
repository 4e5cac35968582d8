// The Neo4j Cypher console: EXPLAIN-checked, READ-transaction, time- and row-capped queries typed by a person.
import neo4j from "neo4j-driver";
import type {
  Driver,
  Node,
  Record as Neo4jRecord,
  Relationship,
  ResultSummary,
  Session,
  Transaction,
} from "neo4j-driver";
import type { CypherConsole, CypherRequest, CypherResult, PlanNode } from "../../domain/cypher.js";
import { assertReadOnlyPlan } from "../../domain/cypher-guard.js";
import { DomainError } from "../../domain/errors.js";
import { endpointMapper, MISSING_ENDPOINTS } from "./cypher-console-entities.js";
import { toConsoleError } from "./cypher-console-errors.js";
import { toCounters, toNotifications, toPlanTree, toQueryType } from "./cypher-console-plan.js";
import { collectEntities, toDriverParams, toJson } from "./cypher-console-values.js";

export interface CypherConsoleOptions {
  database?: string;
  /** Server-side transaction timeout; the client gives up 1.5 s later if the server has not. */
  timeoutMs: number;
  /** The plan check (default assertReadOnlyPlan). Tests swap in a no-op to prove the READ transaction holds alone. */
  guard?: typeof assertReadOnlyPlan;
}

/** Grace past the server-side timeout before the console abandons the session itself. */
const CLIENT_GRACE_MS = 1_500;

export class Neo4jCypherConsole implements CypherConsole {
  constructor(
    private readonly driver: Driver,
    private readonly options: CypherConsoleOptions,
  ) {}

  async run(request: CypherRequest): Promise<CypherResult> {
    const params = toDriverParams(request.params) as Record<string, unknown>;
    const session = this.session(request.mode, request.limit);
    try {
      return await this.withDeadline(session, async () => {
        // Check 1: the plan. Check 2 follows: a READ transaction, where the database itself refuses writes.
        if (request.mode === "read") await this.explainAndGuard(session, request.query, params);
        return await this.execute(session, request, params);
      });
    } catch (err) {
      throw toConsoleError(err, this.options.timeoutMs);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async explain(query: string, params: Record<string, unknown>): Promise<PlanNode> {
    const session = this.session("read", 1);
    try {
      return await this.withDeadline(session, async () => {
        const summary = await this.explainSummary(
          session,
          query,
          toDriverParams(params) as Record<string, unknown>,
        );
        if (!summary.plan)
          throw new DomainError("invalid_argument", "cypher console: Neo4j returned no plan for this query");
        return toPlanTree(summary.plan);
      });
    } catch (err) {
      throw toConsoleError(err, this.options.timeoutMs);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private session(mode: CypherRequest["mode"], limit: number): Session {
    return this.driver.session({
      defaultAccessMode: mode === "write" ? neo4j.session.WRITE : neo4j.session.READ,
      // Pull no more than we may return (+1 to know whether more existed).
      fetchSize: Math.min(limit + 1, 1_000),
      ...(this.options.database ? { database: this.options.database } : {}),
    });
  }

  private txConfig() {
    return { timeout: this.options.timeoutMs };
  }

  /** EXPLAIN plans without executing; errors are mapped here so syntax positions point into the user's text. */
  private async explainSummary(
    session: Session,
    query: string,
    params: Record<string, unknown>,
  ): Promise<ResultSummary> {
    const prefix = "EXPLAIN ";
    try {
      return await session.run(prefix + query, params, this.txConfig()).summary();
    } catch (err) {
      throw toConsoleError(err, this.options.timeoutMs, prefix.length);
    }
  }

  private async explainAndGuard(
    session: Session,
    query: string,
    params: Record<string, unknown>,
  ): Promise<void> {
    const summary = await this.explainSummary(session, query, params);
    if (!summary.plan)
      throw new DomainError(
        "read_only",
        "cypher console: Neo4j returned no plan, so the query cannot be checked",
      );
    (this.options.guard ?? assertReadOnlyPlan)(toQueryType(summary.queryType), toPlanTree(summary.plan));
  }

  private async execute(
    session: Session,
    request: CypherRequest,
    params: Record<string, unknown>,
  ): Promise<CypherResult> {
    // An explicit transaction, never executeRead: a console query must not be retried behind the user's back.
    const tx = await session.beginTransaction(this.txConfig());
    try {
      const result = tx.run(request.query, params);
      const columns = [...(await result.keys())];
      const records: Neo4jRecord[] = [];
      let truncated = false;
      let summary: ResultSummary;
      const it = result[Symbol.asyncIterator]();
      for (;;) {
        const next = await it.next();
        if (next.done) {
          summary = next.value;
          break;
        }
        if (records.length === request.limit) {
          // Stop pulling: the driver discards the rest on the server instead of streaming it here.
          truncated = true;
          summary = (await it.return!()).value as ResultSummary;
          break;
        }
        records.push(next.value);
      }
      const out = await this.shape(tx, columns, records, summary, truncated);
      if (request.mode === "write") await tx.commit();
      else await tx.rollback();
      return out;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw err;
    }
  }

  private async shape(
    tx: Transaction,
    columns: string[],
    records: Neo4jRecord[],
    summary: ResultSummary,
    truncated: boolean,
  ): Promise<CypherResult> {
    const nodes = new Map<string, Node>();
    const rels = new Map<string, Relationship>();
    for (const record of records) collectEntities(record.toObject(), nodes, rels);
    // A relationship's ends may not be in the result; fetch them so every edge in `graph` can be drawn.
    const missing = new Set<string>();
    for (const r of rels.values()) {
      if (!nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    if (missing.size > 0) {
      const res = await tx.run(MISSING_ENDPOINTS, { ids: [...missing] });
      for (const rec of res.records) {
        const n = rec.get("n") as Node;
        nodes.set(n.elementId, n);
      }
    }
    const map = endpointMapper(nodes);
    return {
      columns,
      rows: records.map((rec) => Object.fromEntries(columns.map((c) => [c, toJson(rec.get(c), map)]))),
      graph: { nodes: [...nodes.values()].map(map.node), edges: [...rels.values()].map(map.edge) },
      summary: {
        queryType: toQueryType(summary.queryType),
        counters: toCounters(summary.counters),
        resultAvailableAfterMs: summary.resultAvailableAfter.toNumber(),
        notifications: toNotifications(summary.notifications),
      },
      truncated,
    };
  }

  /** The server stops a query at its timeout; this is the backstop if it does not (e.g. a stuck connection). */
  private async withDeadline<T>(session: Session, work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        session.close().catch(() => undefined);
        reject(
          new DomainError(
            "query_too_expensive",
            `cypher console: the query ran longer than ${this.options.timeoutMs} ms and was stopped`,
            { timeoutMs: this.options.timeoutMs },
          ),
        );
      }, this.options.timeoutMs + CLIENT_GRACE_MS);
    });
    try {
      return await Promise.race([work(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
