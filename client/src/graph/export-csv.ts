// CSV exports of nodes and edges (RFC 4180), with spreadsheet formula injection defused.
import { edgeColumns, nodeColumns, type ExportSet, type Flat } from "./export-data.js";

/**
 * One CSV field: quoted when it holds a comma, quote or line break. Text starting with = + - @ or a
 * tab gets a leading apostrophe, so a spreadsheet shows it instead of running it (OWASP's advice).
 */
export function csvField(value: Flat | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV with fixed leading columns, then every other column any row has, in first-seen order. */
export function toCsv(lead: string[], rows: Record<string, Flat>[]): string {
  const columns = [...lead];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function nodesCsv(set: ExportSet): string {
  return toCsv(
    ["id", "name", "nodeType", "x", "y"],
    set.nodes.map(({ node, x, y }) => ({ id: node.id, name: node.name, x, y, ...nodeColumns(node) })),
  );
}

export function edgesCsv(set: ExportSet): string {
  return toCsv(
    ["id", "source", "target", "relType"],
    set.edges.map(({ edge }) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...edgeColumns(edge),
    })),
  );
}
