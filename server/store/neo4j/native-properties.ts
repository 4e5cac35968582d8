// Which free-form property values are also written as native Neo4j properties, so Cypher can filter on them.
import type { Properties, PropertyValue } from "../../domain/model.js";

/** A value Neo4j stores as a property: a scalar, or a list whose items are all strings, numbers or booleans. */
export type NativeValue = string | number | boolean | string[] | number[] | boolean[];

/**
 * Keys the store writes itself, on nodes and relationships alike. A free-form property with one of
 * these names stays only in propertiesJson: written natively it would overwrite (or, on an edge,
 * shadow) the store's own field, e.g. a property `name` replacing the node's display name.
 */
export const STORE_KEYS: ReadonlySet<string> = new Set([
  "id",
  "type",
  "name",
  "aliases",
  "searchText",
  "searchKey",
  "searchPrefix", // what searchKey replaced: on a database the back-fill has not rewritten yet
  "propertiesJson",
  "evidenceJson",
]);

function isScalar(value: unknown): value is string | number | boolean {
  // Non-finite numbers cannot come out of JSON, but the guard keeps this total.
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/** Lists are native only when every item is a scalar of one type; [] qualifies (Neo4j stores an empty list). */
function isNativeValue(value: PropertyValue): value is NativeValue {
  if (isScalar(value)) return true;
  if (!Array.isArray(value)) return false;
  const first: unknown = value[0];
  return value.every((item: unknown) => isScalar(item) && typeof item === typeof first);
}

/** Neo4j rejects an empty token name or one containing a null byte; such keys stay only in JSON. */
function isNativeKey(key: string): boolean {
  return key !== "" && !key.includes("\u0000") && !STORE_KEYS.has(key);
}

/**
 * The native copy of `properties`: every value Neo4j can hold under its own key. null, nested or
 * mixed-type lists (and anything else) are left out; propertiesJson keeps them, and stays the source
 * of truth when reading back. Keys go into a map parameter, never into Cypher text, so any name is safe.
 */
export function nativeProperties(properties: Properties): Record<string, NativeValue> {
  const out: Record<string, NativeValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (isNativeKey(key) && isNativeValue(value)) out[key] = value;
  }
  return out;
}
