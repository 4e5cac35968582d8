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

/** After a single key's length: the node's name is plain (SEARCH_KEY_PLAIN_NAME) and its id low. */
export const SEARCH_KEY_PLAIN = "p";

/** After a single key's length: any other node. */
export const SEARCH_KEY_NOT_PLAIN = "x";

/** Between a plain key's text, case mask and id: below every character a text, mask or plain id holds. */
export const SEARCH_KEY_JOIN = "\u0001";

/**
 * A plain name: ASCII letters and digits in words of one space. Its searchText is its lower case, and ordering
 * by that then by name descending is JavaScript's localeCompare(…, "en") (search-queries.ts PLAIN_NAME).
 * The Cypher of search-key-migration.ts tests the same pattern (Java matches the whole string).
 */
export const SEARCH_KEY_PLAIN_NAME = "[A-Za-z0-9]+( [A-Za-z0-9]+)*";

/** A plain id: at most 200 characters, all below the surrogates, where code point and UTF-16 order agree. */
export const SEARCH_KEY_PLAIN_ID_MAX = 200;

const PLAIN_NAME = new RegExp(`^${SEARCH_KEY_PLAIN_NAME}$`);
const PLAIN_ID = new RegExp(`^[\\u0000-\\uD7FF]{0,${SEARCH_KEY_PLAIN_ID_MAX}}$`);

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
 *   code points, 3 digits, then "p" or "x", then the text. Its score for a prefix match is a function of that
 *   length, so search seeks length by length ("004pkari", "004xkari", "005pkari", …) and meets the best first.
 * - "p" (a plain name and id) is followed by the text, its case mask (1 for each upper-case letter of the name,
 *   else 0) and the id, joined by SEARCH_KEY_JOIN: among the plain names of one length, key order is then the
 *   search's tie order (lower-cased name, then name descending, then id), which the index hands back in order.
 * - Any other text: "~" and its first SEARCH_PREFIX_LENGTH code points ("~kari | kar").
 * Cypher's size() counts code points as `[...text].length` does; search-key-migration.ts writes the same.
 */
export function searchKey(node: Pick<GraphNode, "id" | "name">, text: string): string {
  const prefix = codePointPrefix(text);
  if (prefix === text && !text.includes(SEARCH_TEXT_SEPARATOR)) {
    const points = [...text].length;
    if (points < SEARCH_PREFIX_LENGTH) {
      const length = String(points).padStart(SEARCH_KEY_LENGTH_DIGITS, "0");
      if (!PLAIN_NAME.test(node.name) || !PLAIN_ID.test(node.id))
        return `${length}${SEARCH_KEY_NOT_PLAIN}${text}`;
      const mask = [...node.name].map((c) => (c === c.toLowerCase() ? "0" : "1")).join("");
      return [`${length}${SEARCH_KEY_PLAIN}${text}`, mask, node.id].join(SEARCH_KEY_JOIN);
    }
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
      searchKey: searchKey(node, text),
      propertiesJson: JSON.stringify(node.properties),
    },
  };
}

/*
 * The fresh-load path (create-queries.ts) sends rows as lists, not maps: a map repeats its seven keys in every
 * row, which the driver encodes one by one and the server decodes again. As lists, a BA 100k load took 38% less
 * client CPU and wrote 5–19% more rows/s (bench/changes/tenth-pass-reads-and-loader.md). The same values as
 * nodeRow / edgeRow, by position; the native copies stay a map (their keys are the data's own).
 */

/** [id, type, name, aliases, searchText, searchKey, propertiesJson, native copies]: see NODE_COLUMNS. */
export type NodeCreateRow = [string, string, string, string[], string, string, string, NativeCopies];

/** [source, target, id, propertiesJson, evidenceJson, native copies]: see EDGE_COLUMNS. */
export type EdgeCreateRow = [string, string, string, string, string, NativeCopies];

/** Where each stored property sits in a NodeCreateRow (create-queries.ts builds its Cypher from these). */
export const NODE_COLUMNS = {
  id: 0,
  type: 1,
  name: 2,
  aliases: 3,
  searchText: 4,
  searchKey: 5,
  propertiesJson: 6,
  native: 7,
} as const;

/** Where each value sits in an EdgeCreateRow. */
export const EDGE_COLUMNS = {
  source: 0,
  target: 1,
  id: 2,
  propertiesJson: 3,
  evidenceJson: 4,
  native: 5,
} as const;

export function nodeCreateRow(node: GraphNode): NodeCreateRow {
  const text = searchText(node);
  return [
    node.id,
    node.type,
    node.name,
    node.aliases,
    text,
    searchKey(node, text),
    JSON.stringify(node.properties),
    nativeProperties(node.properties),
  ];
}

export function edgeCreateRow(edge: GraphEdge): EdgeCreateRow {
  return [
    edge.source,
    edge.target,
    edge.id,
    JSON.stringify(edge.properties),
    JSON.stringify(edge.evidence),
    nativeProperties(edge.properties),
  ];
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
