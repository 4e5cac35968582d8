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
    searchKey: string;
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

/**
 * Code points of searchText kept in searchKey, the property the RANGE index entity_search_key holds.
 * A RANGE key holds at most ~8 KB (8,167 bytes measured on 5.26); 1,000 code points are at most 4,000 bytes of
 * UTF-8, half of it, while searchText itself runs to ~100,000 characters (200 aliases of 500).
 */
export const SEARCH_PREFIX_LENGTH = 1_000;

/** Digits of the length that starts a single text's searchKey: every length below SEARCH_PREFIX_LENGTH fits. */
export const SEARCH_KEY_LENGTH_DIGITS = 3;

/** What starts the searchKey of every other text; sorts after the digits, so single keys are all below it. */
export const SEARCH_KEY_OTHER = "~";

/**
 * The first `length` code points of `text` (never a lone surrogate), as Cypher's left(text, length) counts
 * them: the back-fill (search-key-migration.ts) and the loader write the same value. For a query q of at
 * most `length` code points, prefix STARTS WITH q exactly when text STARTS WITH q.
 */
export function codePointPrefix(text: string, length = SEARCH_PREFIX_LENGTH): string {
  // At most `length` UTF-16 units is at most `length` code points: the common case needs no walk.
  if (text.length <= length) return text;
  let end = 0;
  for (let points = 0; points < length && end < text.length; points++)
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, end);
}

/**
 * searchKey: how search finds "the name starts with q" in a RANGE index, shortest names first.
 * - A single text (one part, no alias, under SEARCH_PREFIX_LENGTH code points, as most are): its length in
 *   code points, 3 digits, then the text ("013karitek 1234"). Its score for a prefix match is a function of
 *   that length, so search seeks length by length ("004kari", "005kari", …) and meets the best first.
 * - Any other text: "~" and its first SEARCH_PREFIX_LENGTH code points ("~kari | kar").
 * Cypher's size() counts code points as `[...text].length` does; search-key-migration.ts writes the same.
 */
export function searchKey(text: string): string {
  const prefix = codePointPrefix(text);
  if (prefix === text && !text.includes(SEARCH_TEXT_SEPARATOR)) {
    const points = [...text].length;
    if (points < SEARCH_PREFIX_LENGTH) return String(points).padStart(SEARCH_KEY_LENGTH_DIGITS, "0") + text;
  }
  return SEARCH_KEY_OTHER + prefix;
}

export function nodeRow(node: GraphNode): NodeRow {
  const text = searchText(node);
  return {
    id: node.id,
    props: {
      ...nativeProperties(node.properties),
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: node.aliases,
      searchText: text,
      searchKey: searchKey(text),
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
