// The shapes an import passes through: formats, the mapping for generic graphs, located records and issues.
import type { Evidence, GraphEdge, GraphNode, Properties } from "../model.js";

/** The file formats `POST /api/import` and `npm run import` read. */
export const IMPORT_FORMATS = ["json", "csv", "gexf", "graphml"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How a generic graph (GEXF, GraphML, untyped CSV) maps onto the vocabulary. */
export interface ImportMapping {
  /** The node attribute holding the entity type; absent → every node gets `defaultType`. */
  typeAttr?: string;
  /** The node attribute holding the display name (default "label"; the id when missing). */
  nameAttr?: string;
  /** The edge attribute holding the relationship type (default "type"; RELATED_TO when missing). */
  edgeTypeAttr?: string;
  /** Prepended to every node and edge id, so two files numbered from 0 do not collide. */
  idPrefix?: string;
}

/** Where a record came from: the file and a line ("line 12") or an element ("node n3", "nodes[4]"). */
export interface Origin {
  file: string;
  line?: number;
  element?: string;
}

/** One problem with the input. `field` names the column, attribute or key at fault. */
export interface ImportIssue extends Origin {
  field?: string;
  message: string;
}

/** A node as a parser read it, before the vocabulary is applied. */
export interface RawNode {
  origin: Origin;
  id: string;
  type?: string;
  name?: string;
  aliases: string[];
  properties: Properties;
}

/** An edge as a parser read it. `id` is absent when the file has none (a stable one is derived). */
export interface RawEdge {
  origin: Origin;
  id?: string;
  type?: string;
  source: string;
  target: string;
  properties: Properties;
  evidence: Evidence[];
}

/** What a parser hands on: records in file order, and the problems it met on the way. */
export interface RawGraph {
  nodes: RawNode[];
  edges: RawEdge[];
  /** Sources carried by the file itself (this project's JSON format only). */
  sources: unknown[];
  issues: ImportIssue[];
}

/** A node or edge ready for the store, with the place in the file it came from. */
export interface Located<T extends GraphNode | GraphEdge> {
  item: T;
  origin: Origin;
}

/** Counts per kind, as `LoadReport` has them. */
export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

/** An evidence locator for an origin: the element when the file has them (`edge "e7"`), else "line 12". */
export function describeOrigin(origin: Origin): string {
  if (origin.element !== undefined) return origin.element;
  return origin.line !== undefined ? `line ${origin.line}` : "file";
}
