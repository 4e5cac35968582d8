// Driver values → domain shapes: Integer → number (or decimal string when unsafe); our `id`, never elementId.
import neo4j, { type Integer, type Node, type Relationship } from "neo4j-driver";
import type {
  Evidence,
  GraphEdge,
  GraphNode,
  Properties,
  PropertyValue,
  Source,
} from "../../domain/model.js";
import { isNodeType, isRelType } from "../../domain/vocabulary.js";
import { STORE_KEYS } from "./native-properties.js";

/**
 * Property keys the store writes itself on a node (native-properties.ts STORE_KEYS, but evidence, which only
 * edges hold); any other native property (e.g. set from the console) is surfaced.
 * The loader's native copies of free-form properties are surfaced too, but propertiesJson is spread
 * last and wins, so a value reads back exactly as loaded (3 stays 3, never the stored 3.0).
 */
const NODE_KEYS = new Set([...STORE_KEYS].filter((key) => key !== "evidenceJson"));
const EDGE_KEYS = new Set(["id", "propertiesJson", "evidenceJson"]);

/**
 * Any driver value → a JSON-safe domain value. 64-bit integers become numbers when they fit in a
 * double exactly (|n| ≤ 2^53 − 1) and decimal strings otherwise ("9007199254740993"), so no
 * precision is lost silently; temporal and spatial values become their ISO/WKT-like strings.
 */
export function toPropertyValue(value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return integerToDomain(value as Integer);
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toPropertyValue);
  return String(value);
}

export function integerToDomain(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

/** A count or other integer known to be small: Integer or number → number. */
export function toCount(value: unknown): number {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  return typeof value === "number" ? value : Number(value);
}

function parseJson<T>(text: unknown, fallback: T): T {
  return typeof text === "string" && text !== "" ? (JSON.parse(text) as T) : fallback;
}

function extras(props: Record<string, unknown>, reserved: ReadonlySet<string>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(props)) if (!reserved.has(key)) out[key] = toPropertyValue(value);
  return out;
}

/** An :Entity node → GraphNode. Free-form properties come from `propertiesJson` (lossless), plus native extras. */
export function toGraphNode(node: Node): GraphNode {
  const p = node.properties as Record<string, unknown>;
  const type = String(p.type);
  if (!isNodeType(type)) throw new Error(`neo4j.mappers: node "${String(p.id)}" has unknown type "${type}"`);
  return {
    id: String(p.id),
    type,
    name: String(p.name ?? ""),
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    properties: { ...extras(p, NODE_KEYS), ...parseJson<Properties>(p.propertiesJson, {}) },
  };
}

/** A relationship plus its ends' `id`s (not elementIds) → GraphEdge. */
export function toGraphEdge(rel: Relationship, source: unknown, target: unknown): GraphEdge {
  const p = rel.properties as Record<string, unknown>;
  if (!isRelType(rel.type))
    throw new Error(`neo4j.mappers: relationship "${String(p.id)}" has unknown type "${rel.type}"`);
  return {
    id: String(p.id),
    type: rel.type,
    source: String(source),
    target: String(target),
    properties: { ...extras(p, EDGE_KEYS), ...parseJson<Properties>(p.propertiesJson, {}) },
    evidence: parseJson<Evidence[]>(p.evidenceJson, []),
  };
}

/** A :Source node → Source; optional fields only when stored. */
export function toSource(node: Node): Source {
  const p = node.properties as Record<string, unknown>;
  const source: Source = {
    id: String(p.id),
    title: String(p.title ?? ""),
    publisher: String(p.publisher ?? ""),
    published: String(p.published ?? ""),
    datePrecision: String(p.datePrecision ?? "year") as Source["datePrecision"],
  };
  for (const key of ["url", "file", "description"] as const) {
    if (typeof p[key] === "string") source[key] = p[key];
  }
  return source;
}
