// The rows every export format is written from: domain records plus how each is drawn.
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";

export interface ExportNode {
  node: GraphNode;
  /** Graph coordinates (the layout's), not screen pixels. */
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExportEdge {
  edge: GraphEdge;
  size: number;
  color: string;
}

export interface ExportSet {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Attribute names an export format reserves for drawing; data properties that collide get a prefix. */
const RESERVED = new Set([
  "id",
  "label",
  "x",
  "y",
  "z",
  "size",
  "color",
  "thickness",
  "shape",
  "type",
  "source",
  "target",
]);

export type Flat = string | number | boolean;

/**
 * Flattens a property bag into scalar columns: arrays join with "; ", objects become JSON, and names
 * that clash with drawing attributes become `prop_<name>`. Numbers stay numbers so formats keep types.
 */
export function flattenProperties(properties: Readonly<Record<string, unknown>>): Record<string, Flat> {
  const out: Record<string, Flat> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    const name = RESERVED.has(key) ? `prop_${key}` : key;
    if (typeof value === "string" || typeof value === "boolean") out[name] = value;
    else if (typeof value === "number") {
      if (Number.isFinite(value)) out[name] = value;
    } else if (Array.isArray(value)) out[name] = value.map(String).join("; ");
    else out[name] = JSON.stringify(value);
  }
  return out;
}

/** A node's data columns: type, aliases and flattened properties. */
export function nodeColumns(node: GraphNode): Record<string, Flat> {
  return { nodeType: node.type, aliases: node.aliases.join("; "), ...flattenProperties(node.properties) };
}

/** An edge's data columns: type, evidence count and the cited sources, and flattened properties. */
export function edgeColumns(edge: GraphEdge): Record<string, Flat> {
  return {
    relType: edge.type,
    evidenceCount: edge.evidence.length,
    evidenceSources: [...new Set(edge.evidence.map((e) => e.sourceId))].join("; "),
    ...flattenProperties(edge.properties),
  };
}
