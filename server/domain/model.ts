// The domain's shapes: what every store returns and every route sends. No driver or graphology types.
import type { DatePrecision, NodeType, RelType } from "./vocabulary.js";

export type NodeId = string;
export type EdgeId = string;

/** A property value as the API carries it: JSON scalars and lists of them. */
export type PropertyValue = string | number | boolean | null | PropertyValue[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: NodeId;
  type: NodeType;
  name: string;
  aliases: string[];
  properties: Properties;
}

/** One piece of evidence: the source, where in it (e.g. "para 9"), and the claim in our words. */
export interface Evidence {
  sourceId: string;
  locator: string;
  note: string;
}

export interface GraphEdge {
  id: EdgeId;
  type: RelType;
  source: NodeId;
  target: NodeId;
  /** amount, currency, amountUsd, date, datePrecision, validFrom, validTo, … */
  properties: Properties;
  evidence: Evidence[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** ISO date at honest precision: "2022-11". */
  published: string;
  datePrecision: DatePrecision;
  /** Optional extras: url, file, description. */
  url?: string;
  file?: string;
  description?: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export type ScoredNode = GraphNode & { score: number };

export interface Degree {
  total: number;
  byType: Partial<Record<RelType, number>>;
  /** Distinct neighbour nodes, which is what neighbour paging counts (parallel edges count once). */
  neighbors?: NeighborCounts;
}

/** Distinct neighbours reached both ways, by outgoing and by incoming relationships; also per relationship type. */
export interface DirectionCounts {
  both: number;
  out: number;
  in: number;
}
export type NeighborCounts = DirectionCounts & { byType: Partial<Record<RelType, DirectionCounts>> };

export interface Counts {
  nodes: number;
  relationships: number;
}

export interface SchemaSummary {
  nodeTypes: { type: NodeType; count: number }[];
  relationshipTypes: { type: RelType; count: number }[];
}

/** The whole graph, as `GET /api/export?format=json` returns it and the loader reads it. */
export interface GraphExport {
  nodes: GraphNode[];
  edges: GraphEdge[];
  sources: Source[];
}
