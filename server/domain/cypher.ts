// The Cypher console capability: what a store that speaks Cypher offers the console, in domain shapes only.
import type { GraphEdge, GraphNode } from "./model.js";

export const CYPHER_MODES = ["read", "write"] as const;
export type CypherMode = (typeof CYPHER_MODES)[number];

/** Any value a console row may hold once the driver's types are gone: JSON through and through. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface CypherRequest {
  query: string;
  params: Record<string, unknown>;
  /** Rows to return at most; more makes `truncated` true. Already capped by the server's CYPHER_MAX_ROWS. */
  limit: number;
  mode: CypherMode;
}

/** Neo4j's own query type: r(ead), w(rite), rw, s(chema). Only "r" passes the read-only check. */
export type CypherQueryType = "r" | "w" | "rw" | "s";

export interface CypherNotification {
  code: string;
  title: string;
  description: string;
  severity: string;
  /** 1-based, as editors count. */
  position?: { line: number; column: number; offset: number };
}

export interface CypherSummary {
  queryType: CypherQueryType;
  /** Only the non-zero update counters (nodesCreated, propertiesSet, …); {} for a read. */
  counters: Record<string, number>;
  resultAvailableAfterMs: number;
  notifications: CypherNotification[];
}

export interface CypherResult {
  columns: string[];
  /** One object per record, keyed by column. */
  rows: Record<string, JsonValue>[];
  /** Every node and relationship found anywhere in the rows (paths, lists and maps included), each once. */
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  summary: CypherSummary;
  /** True when the query had more rows than `limit`: the rest were never pulled from the database. */
  truncated: boolean;
}

/** One operator of an EXPLAIN plan, as a tree. */
export interface PlanNode {
  operator: string;
  details: string;
  identifiers: string[];
  estimatedRows: number;
  children: PlanNode[];
}

export interface CypherConsole {
  /** Run a console query. Read mode is checked twice: the plan (see cypher-guard.ts) and a READ transaction. */
  run(request: CypherRequest): Promise<CypherResult>;
  /** The query's plan without running it. Applies the same guard as `run` in read mode. */
  explain(query: string, params: Record<string, unknown>): Promise<PlanNode>;
}
