// Domain shapes → the property maps the loader writes (the inverse of mappers.ts).
import type { GraphEdge, GraphNode, Source } from "../../domain/model.js";
import { normalizeText } from "../../domain/search-score.js";
import { nativeProperties, type NativeValue } from "./native-properties.js";

/*
 * Free-form properties and evidence are stored as JSON strings. Neo4j properties cannot hold null,
 * nested lists, mixed-type lists or maps, and would turn 3 into 3.0 on some paths; a JSON string
 * keeps every value exactly as loaded, so GET /api/export returns what was imported.
 * Every property Neo4j can hold is also written natively beside it (native-properties.ts), so the
 * Cypher console can say `WHERE f.amount > 1e11`. `props` is the complete property map: the loader
 * replaces with `SET n = row.props`, which also drops native copies of properties no longer present.
 */
type NativeCopies = Record<string, NativeValue>;

export interface NodeRow {
  id: string;
  props: NativeCopies & {
    id: string;
    type: string;
    name: string;
    aliases: string[];
    searchText: string;
    propertiesJson: string;
  };
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  props: NativeCopies & { id: string; propertiesJson: string; evidenceJson: string };
}

/** Separator of searchText parts: no normalised query can contain "|", so no match spans two parts. */
export const SEARCH_TEXT_SEPARATOR = " | ";

/** The normalised name and aliases, as the TEXT index sees them. */
export function searchText(node: Pick<GraphNode, "name" | "aliases">): string {
  return [node.name, ...node.aliases].map(normalizeText).join(SEARCH_TEXT_SEPARATOR);
}

export function nodeRow(node: GraphNode): NodeRow {
  return {
    id: node.id,
    props: {
      ...nativeProperties(node.properties),
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: node.aliases,
      searchText: searchText(node),
      propertiesJson: JSON.stringify(node.properties),
    },
  };
}

export function edgeRow(edge: GraphEdge): EdgeRow {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    props: {
      ...nativeProperties(edge.properties),
      id: edge.id,
      propertiesJson: JSON.stringify(edge.properties),
      evidenceJson: JSON.stringify(edge.evidence),
    },
  };
}

/** A Source as stored: optional fields only when present (Neo4j has no null-valued properties). */
export function sourceRow(source: Source): Record<string, string> {
  const row: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) if (typeof value === "string") row[key] = value;
  return row;
}
