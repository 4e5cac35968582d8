// Streams a nodes CSV and a relationships CSV (csv-parse) into raw records, typing cells by their headers.
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { Evidence, Properties } from "../model.js";
import { convertCell, parseColumn, type Column, type ColumnRole } from "./csv-header.js";
import type { ImportIssue, RawEdge, RawGraph, RawNode } from "./import-types.js";

/** One CSV file to read: its name (for messages) and its bytes as a stream. */
export interface CsvInput {
  name: string;
  stream: Readable;
}

interface Row {
  line: number;
  cells: Map<Column, string>;
}

/** Parse both files; either may be absent (nodes only, or relationships between nodes already stored). */
export async function parseCsvGraph(nodesFile?: CsvInput, relsFile?: CsvInput): Promise<RawGraph> {
  const graph: RawGraph = { nodes: [], edges: [], sources: [], issues: [] };
  if (nodesFile) {
    await readRows(nodesFile, ["id"], graph.issues, (row) => {
      const node = toNode(nodesFile.name, row, graph.issues);
      if (node) graph.nodes.push(node);
    });
  }
  if (relsFile) {
    await readRows(relsFile, ["source", "target"], graph.issues, (row) => {
      const edge = toEdge(relsFile.name, row, graph.issues);
      if (edge) graph.edges.push(edge);
    });
  }
  return graph;
}

async function readRows(
  input: CsvInput,
  required: ColumnRole[],
  issues: ImportIssue[],
  onRow: (row: Row) => void,
): Promise<void> {
  const parser = input.stream.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: false }),
  );
  let columns: Column[] | null = null;
  try {
    for await (const entry of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = entry.info.lines;
      if (!columns) {
        columns = readHeader(input.name, entry.record, required, issues);
        if (!columns) return;
        continue;
      }
      if (entry.record.length !== columns.length) {
        issues.push({
          file: input.name,
          line,
          message: `expected ${columns.length} columns as in the header, got ${entry.record.length}`,
        });
        continue;
      }
      onRow({ line, cells: new Map(columns.map((c, i) => [c, entry.record[i]!])) });
    }
  } catch (error) {
    // csv-parse stops at a malformed quote; its error carries the line.
    const e = error as { lines?: number; message?: string };
    issues.push({ file: input.name, line: e.lines, message: `not valid CSV: ${e.message ?? String(error)}` });
  }
  if (!columns && !issues.some((i) => i.file === input.name))
    issues.push({ file: input.name, line: 1, message: "the file is empty: expected a header row" });
}

function readHeader(
  file: string,
  cells: string[],
  required: ColumnRole[],
  issues: ImportIssue[],
): Column[] | null {
  const columns: Column[] = [];
  let ok = true;
  for (const cell of cells) {
    const column = parseColumn(cell);
    if (typeof column === "string") {
      issues.push({ file, line: 1, field: cell, message: column });
      ok = false;
    } else columns.push(column);
  }
  for (const role of required) {
    if (!columns.some((c) => c.role === role)) {
      issues.push({ file, line: 1, field: role, message: `the header has no ${role} column` });
      ok = false;
    }
  }
  return ok ? columns : null;
}

/** Converts every cell of a row; null (with issues) when any cell does not fit its column's type. */
function convertRow(file: string, row: Row, issues: ImportIssue[]) {
  const byRole = new Map<ColumnRole, string>();
  const properties: Properties = {};
  let aliases: string[] = [];
  let ok = true;
  for (const [column, raw] of row.cells) {
    if (column.role === "ignore") continue;
    if (column.role !== "property" && column.role !== "aliases") {
      byRole.set(column.role, raw.trim());
      continue;
    }
    const { value, error } = convertCell(column, raw);
    if (error) {
      issues.push({ file, line: row.line, field: column.header, message: error });
      ok = false;
    } else if (column.role === "aliases") aliases = ((value as string[] | undefined) ?? []).map(String);
    else if (value !== undefined) properties[column.name] = value;
  }
  return ok ? { byRole, properties, aliases } : null;
}

function toNode(file: string, row: Row, issues: ImportIssue[]): RawNode | null {
  const converted = convertRow(file, row, issues);
  if (!converted) return null;
  const { byRole, properties, aliases } = converted;
  const id = byRole.get("id");
  if (!id) {
    issues.push({ file, line: row.line, field: "id", message: "the id is empty" });
    return null;
  }
  return {
    origin: { file, line: row.line },
    id,
    type: byRole.get("type") || undefined,
    name: byRole.get("name") || undefined,
    aliases,
    properties,
  };
}

function toEdge(file: string, row: Row, issues: ImportIssue[]): RawEdge | null {
  const converted = convertRow(file, row, issues);
  if (!converted) return null;
  const { byRole, properties } = converted;
  for (const end of ["source", "target"] as const) {
    if (!byRole.get(end)) {
      issues.push({ file, line: row.line, field: end, message: `the ${end} is empty` });
      return null;
    }
  }
  const evidence: Evidence[] = [];
  const sourceId = byRole.get("evidence.sourceId");
  if (sourceId)
    evidence.push({
      sourceId,
      locator: byRole.get("evidence.locator") ?? "",
      note: byRole.get("evidence.note") ?? "",
    });
  return {
    origin: { file, line: row.line },
    id: byRole.get("id") || undefined,
    type: byRole.get("type") || undefined,
    source: byRole.get("source")!,
    target: byRole.get("target")!,
    properties,
    evidence,
  };
}
