// The table view's pure logic: rows of the visible graph, sorting, and keyboard focus movement.
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";

export type TableTab = "nodes" | "edges";

export interface NodeRow {
  id: string;
  name: string;
  type: string;
  degree: number;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  evidence: number;
}

const byText = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/** Node rows, most connected first, then by name: the hubs a reader looks for come first. */
export function nodeRows(nodes: readonly GraphNode[], degree: (id: string) => number): NodeRow[] {
  return nodes
    .map((n) => ({ id: n.id, name: n.name, type: n.type, degree: degree(n.id) }))
    .sort((a, b) => b.degree - a.degree || byText(a.name, b.name));
}

/** Edge rows by relationship type, then source and target names. */
export function edgeRows(edges: readonly GraphEdge[], nameOf: (id: string) => string): EdgeRow[] {
  return edges
    .map((e) => ({
      id: e.id,
      type: e.type,
      source: e.source,
      sourceName: nameOf(e.source),
      target: e.target,
      targetName: nameOf(e.target),
      evidence: e.evidence.length,
    }))
    .sort(
      (a, b) =>
        byText(a.type, b.type) || byText(a.sourceName, b.sourceName) || byText(a.targetName, b.targetName),
    );
}

/**
 * The row index a key moves focus to, or null for keys the grid does not handle. ArrowUp/Down move one
 * row, PageUp/Down ten, Home/End to the ends; the index is clamped to the rows.
 */
export function moveFocus(index: number, key: string, count: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.min(Math.max(i, 0), count - 1);
  switch (key) {
    case "ArrowDown":
      return clamp(index + 1);
    case "ArrowUp":
      return clamp(index - 1);
    case "PageDown":
      return clamp(index + 10);
    case "PageUp":
      return clamp(index - 10);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
