// validate-load.ts's common case without zod: a GraphExport that is certainly valid, copied clean in one pass; else null.
import type { Evidence, GraphEdge, GraphExport, GraphNode, PropertyValue, Source } from "./model.js";
import { DATE_PRECISIONS, isNodeType, isRelType } from "./vocabulary.js";

/*
 * Why: zod's parse costs ~2–3 µs per node or edge, which a bulk load spends before its first write. This checks
 * the same schema by hand and builds the same clean copy: what `JSON.parse(JSON.stringify(schema.parse(data)))`
 * returns (unknown keys dropped, optional fields absent rather than undefined, -0 as 0), except that its strings
 * are the input's own (validate-load.ts passes it through JSON too, for flat strings of its own). It answers null for
 * anything it is not sure about (a failure, or an input no JSON text produces: a class instance, a symbol or
 * "__proto__" key), and the caller then runs zod, which also words the error. test/server/domain/
 * validate-load-fast.test.ts compares the two on generated valid and broken data.
 */

const MAX_ID_LENGTH = 200;

/** Never thrown out of this module: unwinds the copy when anything is not certainly valid. */
class NotSure extends Error {}
const notSure = new NotSure();

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null) throw notSure;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw notSure;
  return value as Record<string, unknown>;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw notSure;
  return value;
}

function text(value: unknown): string {
  if (typeof value !== "string") throw notSure;
  return value;
}

function id(value: unknown): string {
  const s = text(value);
  if (s.length < 1 || s.length > MAX_ID_LENGTH) throw notSure;
  return s;
}

function strings(value: unknown): string[] {
  const items = list(value);
  const out = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = text(items[i]);
  return out;
}

function propertyValue(value: unknown): PropertyValue {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw notSure;
      return value === 0 ? 0 : value; // JSON has no -0
    case "object": {
      if (value === null) return null;
      const items = list(value);
      const out = new Array<PropertyValue>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = propertyValue(items[i]);
      return out;
    }
    default:
      throw notSure;
  }
}

function properties(value: unknown): Record<string, PropertyValue> {
  const input = record(value);
  if (Object.getOwnPropertySymbols(input).length > 0 || Object.hasOwn(input, "__proto__")) throw notSure;
  const out: Record<string, PropertyValue> = {};
  for (const key of Object.keys(input)) out[key] = propertyValue(input[key]);
  return out;
}

function node(value: unknown): GraphNode {
  const n = record(value);
  const type = text(n["type"]);
  if (!isNodeType(type)) throw notSure;
  const name = text(n["name"]);
  if (name.length < 1) throw notSure;
  return {
    id: id(n["id"]),
    type,
    name,
    aliases: strings(n["aliases"]),
    properties: properties(n["properties"]),
  };
}

function evidence(value: unknown): Evidence {
  const e = record(value);
  return { sourceId: text(e["sourceId"]), locator: text(e["locator"]), note: text(e["note"]) };
}

function edge(value: unknown): GraphEdge {
  const e = record(value);
  const type = text(e["type"]);
  if (!isRelType(type)) throw notSure;
  const items = list(e["evidence"]);
  const proof = new Array<Evidence>(items.length);
  for (let i = 0; i < items.length; i++) proof[i] = evidence(items[i]);
  return {
    id: id(e["id"]),
    type,
    source: id(e["source"]),
    target: id(e["target"]),
    properties: properties(e["properties"]),
    evidence: proof,
  };
}

/** An optional string field: absent when undefined (as after JSON), else it must be a string. */
function optionalText(from: Record<string, unknown>, key: "url" | "file" | "description", to: Source): void {
  const value = from[key];
  if (value !== undefined) to[key] = text(value);
}

function source(value: unknown): Source {
  const s = record(value);
  const datePrecision = text(s["datePrecision"]);
  if (!(DATE_PRECISIONS as readonly string[]).includes(datePrecision)) throw notSure;
  const out: Source = {
    id: id(s["id"]),
    title: text(s["title"]),
    publisher: text(s["publisher"]),
    published: text(s["published"]),
    datePrecision: datePrecision as Source["datePrecision"],
  };
  optionalText(s, "url", out);
  optionalText(s, "file", out);
  optionalText(s, "description", out);
  return out;
}

function each<T>(value: unknown, item: (value: unknown) => T): T[] {
  const items = list(value);
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = item(items[i]);
  return out;
}

/** The clean copy of `data` when it certainly passes the load schema; null when zod must decide (and explain). */
export function cleanCopyIfValid(data: unknown): GraphExport | null {
  try {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
    const d = data as Record<string, unknown>;
    return {
      nodes: each(d["nodes"], node),
      edges: each(d["edges"], edge),
      sources: each(d["sources"], source),
    };
  } catch (error) {
    if (error === notSure) return null;
    throw error;
  }
}
