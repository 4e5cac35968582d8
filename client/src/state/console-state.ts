// The console's state and its pure producers: parameters, views, errors with positions, table cells.
import type { CypherResult, JsonValue, PlanNode } from "../../../server/domain/cypher.js";

export const CONSOLE_VIEWS = ["graph", "table", "json", "plan"] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

export interface ConsoleProblem {
  code: string;
  message: string;
  /** 1-based, from the server's cypher_syntax details. */
  line?: number;
  column?: number;
}

export interface ConsoleState {
  running: boolean;
  view: ConsoleView;
  result: CypherResult | null;
  plan: PlanNode | null;
  problem: ConsoleProblem | null;
}

export const initialConsoleState: ConsoleState = {
  running: false,
  view: "table",
  result: null,
  plan: null,
  problem: null,
};

export type ParsedParams = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** The parameters editor's text → an object; empty text means no parameters. */
export function parseParams(text: string): ParsedParams {
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return { ok: false, message: 'Parameters must be a JSON object, e.g. {"id": "japan"}' };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (err) {
    return {
      ok: false,
      message: `Parameters are not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** A server error → a problem, keeping the position of a syntax error. */
export function toConsoleProblem(error: {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}): ConsoleProblem {
  const { line, column } = error.details ?? {};
  return {
    code: error.code,
    message: error.message,
    ...(typeof line === "number" && typeof column === "number" ? { line, column } : {}),
  };
}

/** 1-based line/column → an offset into `text`, clamped inside it (the editor underlines from there). */
export function positionToOffset(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  const l = Math.min(Math.max(line, 1), lines.length);
  let offset = 0;
  for (let i = 0; i < l - 1; i++) offset += lines[i]!.length + 1;
  return Math.min(offset + Math.max(column, 1) - 1, text.length);
}

/** One table cell as text: scalars as they are, nodes by name, edges by type, the rest as compact JSON. */
export function cellText(value: JsonValue): string {
  if (value === null) return "null";
  if (typeof value !== "object") return String(value);
  if (!Array.isArray(value)) {
    if (typeof value.name === "string" && typeof value.type === "string" && "aliases" in value)
      return `(${value.name}:${value.type})`;
    if (typeof value.type === "string" && "source" in value && "target" in value)
      return `[:${value.type} ${String(value.source)}→${String(value.target)}]`;
    if (Array.isArray(value.nodes) && Array.isArray(value.edges)) return pathText(value.nodes, value.edges);
  }
  return JSON.stringify(value);
}

/** A path as `(TSMC)-[:HALTED_SUPPLY_TO]->(Alibaba)`, arrows following each relationship's own direction. */
function pathText(nodes: JsonValue[], edges: JsonValue[]): string {
  const node = (n: JsonValue | undefined) => (n && typeof n === "object" && !Array.isArray(n) ? n : {});
  let out = `(${String(node(nodes[0]).name ?? "?")})`;
  edges.forEach((e, i) => {
    const edge = node(e);
    const from = node(nodes[i]);
    const forward = edge.source === from.id;
    out += `${forward ? "-" : "<-"}[:${String(edge.type)}]${forward ? "->" : "-"}(${String(node(nodes[i + 1]).name ?? "?")})`;
  });
  return out;
}

/** A one-line summary of a result, for the status line under the editor. */
export function resultSummary(result: CypherResult): string {
  const rows = `${result.rows.length}${result.truncated ? "+" : ""} row${result.rows.length === 1 ? "" : "s"}`;
  const graph = `${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships`;
  const cut = result.truncated ? " · truncated at the row limit" : "";
  return `${rows} · ${graph} · ${result.summary.resultAvailableAfterMs} ms${cut}`;
}

/** The view to show after a run: the graph when there is one to draw, else the table. */
export function defaultView(result: CypherResult): ConsoleView {
  return result.graph.nodes.length > 0 ? "graph" : "table";
}
