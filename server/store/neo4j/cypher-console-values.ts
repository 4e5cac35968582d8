// Turns driver values in console results into JSON, and JSON parameters into driver values.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";
import type { Node, Path, Relationship } from "neo4j-driver";
import type { JsonValue } from "../../domain/cypher.js";
import type { GraphEdge, GraphNode } from "../../domain/model.js";

/** How a node or relationship is shown: supplied by the caller so rows and `graph` share one mapping. */
export interface EntityMapper {
  node(node: Node): GraphNode;
  edge(rel: Relationship): GraphEdge;
}

/**
 * JSON for any value a record may hold. Integers become numbers when safe and strings otherwise; temporal values
 * become ISO strings; points become {srid, x, y, z?}; nodes, relationships and paths become the API's Node, Edge and
 * Path ({nodes, edges}).
 */
export function toJson(value: unknown, map: EntityMapper): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map((v) => toJson(v, map));
  if (isNode(value)) return map.node(value) as unknown as JsonValue;
  if (isRelationship(value)) return map.edge(value) as unknown as JsonValue;
  if (isPath(value)) return pathToJson(value, map);
  if (isDuration(value)) return isoDuration(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value))
    return value.toString();
  if (isPoint(value)) {
    const point: Record<string, JsonValue> = { srid: toJson(value.srid, map), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (ArrayBuffer.isView(value))
    return Array.from(value as unknown as ArrayLike<number | bigint>, (v) => toJson(v, map));
  if (typeof value === "object") {
    // A vector exposes its numbers through asTypedArray(); a map is a plain object.
    const maybeVector = value as { asTypedArray?: () => ArrayLike<number | bigint> };
    if (typeof maybeVector.asTypedArray === "function")
      return Array.from(maybeVector.asTypedArray(), (v) => toJson(v, map));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, map)]));
  }
  return String(value);
}

/** The driver prints `duration('P1Y2M')` as "P1Y2MT", which ISO 8601 parsers reject; this prints "P1Y2M". */
export function isoDuration(d: {
  months: unknown;
  days: unknown;
  seconds: unknown;
  nanoseconds: unknown;
}): string {
  const n = (v: unknown) => (isInt(v) ? v.toNumber() : Number(v));
  const months = n(d.months);
  const days = n(d.days);
  const seconds = n(d.seconds) + n(d.nanoseconds) / 1e9;
  const date = [
    [Math.trunc(months / 12), "Y"],
    [months % 12, "M"],
    [days, "D"],
  ] as const;
  const datePart = date
    .filter(([v]) => v !== 0)
    .map(([v, u]) => `${v}${u}`)
    .join("");
  const h = Math.trunc(seconds / 3600);
  const m = Math.trunc((seconds % 3600) / 60);
  const s = Math.round((seconds % 60) * 1e9) / 1e9;
  const timePart = [
    [h, "H"],
    [m, "M"],
    [s, "S"],
  ]
    .filter(([v]) => v !== 0)
    .map(([v, u]) => `${v}${u}`)
    .join("");
  if (!datePart && !timePart) return "PT0S";
  return `P${datePart}${timePart ? `T${timePart}` : ""}`;
}

function pathToJson(path: Path, map: EntityMapper): JsonValue {
  const nodes = [map.node(path.start), ...path.segments.map((s) => map.node(s.end))];
  return { nodes, edges: path.segments.map((s) => map.edge(s.relationship)) } as unknown as JsonValue;
}

/** Every node and relationship anywhere in `value`, nested lists, maps and paths included. */
export function collectEntities(
  value: unknown,
  nodes: Map<string, Node>,
  rels: Map<string, Relationship>,
): void {
  if (value === null || typeof value !== "object" || isInt(value)) return;
  if (Array.isArray(value)) {
    for (const v of value) collectEntities(v, nodes, rels);
  } else if (isNode(value)) {
    nodes.set(value.elementId, value);
  } else if (isRelationship(value)) {
    rels.set(value.elementId, value);
  } else if (isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      nodes.set(s.end.elementId, s.end);
      rels.set(s.relationship.elementId, s.relationship);
    }
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collectEntities(v, nodes, rels);
  }
}

/**
 * JSON parameters → driver values. JSON has one number type and the driver sends every JS number as a float, so
 * whole numbers become Integers (`LIMIT $n`, `range(1, $n)` reject floats); other numbers stay floats.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}
