// Reads this project's JSON (what `GET /api/export?format=json` returns) into raw records, element by element.
import { parseDocument } from "yaml";
import type { Evidence, Properties } from "../model.js";
import type { RawEdge, RawGraph, RawNode } from "./import-types.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parse `text` as `{nodes, edges, sources}`. Syntax errors carry the line and column. */
export function parseJsonGraph(file: string, text: string): RawGraph {
  const graph: RawGraph = { nodes: [], edges: [], sources: [], issues: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    graph.issues.push({
      file,
      ...syntaxPosition(text, error),
      message: `not valid JSON: ${(error as Error).message}`,
    });
    return graph;
  }
  if (!isObj(data)) {
    graph.issues.push({ file, message: "expected an object {nodes, edges, sources}" });
    return graph;
  }
  for (const key of ["nodes", "edges"] as const) {
    if (!Array.isArray(data[key]))
      graph.issues.push({ file, field: key, message: `expected "${key}" to be an array` });
  }
  const issue = (element: string, field: string | undefined, message: string) =>
    graph.issues.push({ file, element, field, message });
  (Array.isArray(data.nodes) ? data.nodes : []).forEach((raw: unknown, i) => {
    const node = toNode(`nodes[${i}]`, raw, issue);
    if (node) graph.nodes.push({ ...node, origin: { file, element: node.origin.element } });
  });
  (Array.isArray(data.edges) ? data.edges : []).forEach((raw: unknown, i) => {
    const edge = toEdge(`edges[${i}]`, raw, issue);
    if (edge) graph.edges.push({ ...edge, origin: { file, element: edge.origin.element } });
  });
  if (data.sources !== undefined && !Array.isArray(data.sources))
    graph.issues.push({ file, field: "sources", message: `expected "sources" to be an array` });
  else graph.sources = (data.sources as unknown[] | undefined) ?? [];
  return graph;
}

type Report = (element: string, field: string | undefined, message: string) => void;

function text(raw: Obj, key: string, element: string, report: Report, optional = false): string | undefined {
  const v = raw[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== "string" || v === "") {
    report(element, key, `expected a non-empty string, got ${JSON.stringify(v) ?? "nothing"}`);
    return undefined;
  }
  return v;
}

function props(raw: Obj, element: string, report: Report): Properties | undefined {
  if (raw.properties === undefined) return {};
  if (!isObj(raw.properties)) {
    report(element, "properties", "expected an object");
    return undefined;
  }
  return raw.properties as Properties;
}

function label(element: string, raw: Obj): string {
  return typeof raw.id === "string" ? `${element} "${raw.id}"` : element;
}

function toNode(element: string, raw: unknown, report: Report): RawNode | null {
  if (!isObj(raw)) return (report(element, undefined, "expected an object"), null);
  const where = label(element, raw);
  const id = text(raw, "id", where, report);
  const type = text(raw, "type", where, report);
  const name = text(raw, "name", where, report);
  const aliases = raw.aliases ?? [];
  const aliasesOk = Array.isArray(aliases) && aliases.every((a) => typeof a === "string");
  if (!aliasesOk) report(where, "aliases", "expected a list of strings");
  const properties = props(raw, where, report);
  if (!id || !type || !name || !aliasesOk || !properties) return null;
  return { origin: { file: "", element: where }, id, type, name, aliases: aliases as string[], properties };
}

function toEdge(element: string, raw: unknown, report: Report): RawEdge | null {
  if (!isObj(raw)) return (report(element, undefined, "expected an object"), null);
  const where = label(element, raw);
  const id = text(raw, "id", where, report, true);
  const type = text(raw, "type", where, report);
  const source = text(raw, "source", where, report);
  const target = text(raw, "target", where, report);
  const properties = props(raw, where, report);
  const evidence = raw.evidence ?? [];
  const evidenceOk =
    Array.isArray(evidence) &&
    evidence.every((e) => isObj(e) && ["sourceId", "locator", "note"].every((k) => typeof e[k] === "string"));
  if (!evidenceOk) report(where, "evidence", "expected a list of {sourceId, locator, note} strings");
  if (!type || !source || !target || !properties || !evidenceOk) return null;
  return {
    origin: { file: "", element: where },
    id,
    type,
    source,
    target,
    properties,
    evidence: evidence as Evidence[],
  };
}

/** JSON.parse names a character position (or, on newer Node, a line and column): turn it into a line. */
function syntaxPosition(source: string, error: unknown): { line?: number } {
  const message = error instanceof Error ? error.message : "";
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return yamlPosition(source);
  const upTo = source.slice(0, Number(position[1]));
  return { line: upTo.split("\n").length };
}

/** Node 20's JSON.parse names no position: YAML (a superset of JSON) locates the same syntax errors. */
function yamlPosition(source: string): { line?: number } {
  const line = parseDocument(source).errors[0]?.linePos?.[0].line;
  return line === undefined ? {} : { line };
}
