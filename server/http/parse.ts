// Turns query strings and path parameters into validated options; every failure names the parameter and the value.
import { InvalidArgumentError } from "../domain/errors.js";
import {
  DIRECTIONS,
  nodeTypes,
  relTypes,
  type Direction,
  type NodeType,
  type RelType,
} from "../domain/vocabulary.js";
import type { NeighborOptions, PathOptions, SearchOptions } from "../store/graph-store.js";

/** A query as Express 5's simple parser gives it: strings, or arrays of them when a name repeats. */
export type Query = Record<string, unknown>;

const MAX_ID_LENGTH = 200;
const MAX_QUERY_LENGTH = 200;
/** An optional sign and 1–9 digits, after trimming: what `Number` turns into an exact integer. */
const INTEGER_TEXT = /^[+-]?\d{1,9}$/;

function fail(parameter: string, problem: string, value?: unknown): never {
  const got = value === undefined ? "" : `, got ${JSON.stringify(value)}`;
  throw new InvalidArgumentError(`${parameter}: ${problem}${got}`, { parameter });
}

/** The single string value of `name`; undefined when absent or empty. */
function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") fail(name, "must be given once, as a plain value", value);
  return value;
}

/**
 * `name` as an integer in [min, max], or `fallback` when absent. Checked by hand rather than with a zod
 * schema: this runs on every expand, search and path request, and the same three checks cost a fraction.
 */
function integer(query: Query, name: string, min: number, max: number, fallback: number): number {
  const raw = single(query, name);
  if (raw === undefined) return fallback;
  const text = raw.trim();
  const value = INTEGER_TEXT.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) fail(name, `must be an integer between ${min} and ${max}`, raw);
  return value;
}

function requiredText(query: Query, name: string, maxLength: number): string {
  const raw = single(query, name)?.trim();
  if (!raw) fail(name, "is required and must not be empty");
  if (raw.length > maxLength) fail(name, `must be at most ${maxLength} characters, got ${raw.length}`);
  return raw;
}

/** A comma-separated list (or the parameter repeated), each item one of `allowed`; undefined when empty. */
function list<T extends string>(
  query: Query,
  name: string,
  allowed: readonly T[],
  what: string,
): T[] | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((part) =>
    typeof part === "string" ? part.split(",") : fail(name, "must be a comma-separated list", value),
  );
  const items = parts.map((part) => part.trim()).filter((part) => part !== "");
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      fail(name, `unknown ${what} ${JSON.stringify(item)}; expected any of ${allowed.join(", ")}`);
    }
  }
  return items.length > 0 ? [...new Set(items as T[])] : undefined;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[], fallback: T): T {
  const raw = single(query, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) fail(name, `must be one of ${allowed.join(", ")}`, raw);
  return raw as T;
}

/** A node id from the path or the query: non-empty, at most 200 characters. */
export function parseNodeId(value: unknown, name = "id"): string {
  if (typeof value !== "string" || value.trim() === "") fail(name, "is required and must not be empty");
  if (value.length > MAX_ID_LENGTH)
    fail(name, `must be at most ${MAX_ID_LENGTH} characters, got ${value.length}`);
  return value;
}

export const nodeTypesParam = (query: Query): NodeType[] | undefined =>
  list(query, "types", nodeTypes(), "node type");
export const relTypesParam = (query: Query): RelType[] | undefined =>
  list(query, "relTypes", relTypes(), "relationship type");

/** `GET /api/search?q=&limit=1..500 (20)&types=` */
export function parseSearchParams(query: Query): { q: string } & SearchOptions {
  return {
    q: requiredText(query, "q", MAX_QUERY_LENGTH),
    limit: integer(query, "limit", 1, 500, 20),
    types: nodeTypesParam(query),
  };
}

/** `GET /api/nodes/:id/neighbors?depth=1..3 (1)&limit=1..500 (100)&offset=0.. (0)&types=&relTypes=&direction=out|in|both (both)` */
export function parseNeighborParams(query: Query): NeighborOptions {
  return {
    depth: integer(query, "depth", 1, 3, 1),
    limit: integer(query, "limit", 1, 500, 100),
    offset: integer(query, "offset", 0, 100_000, 0),
    types: nodeTypesParam(query),
    relTypes: relTypesParam(query),
    direction: oneOf<Direction>(query, "direction", DIRECTIONS, "both"),
  };
}

/** `GET /api/paths?from=&to=&maxHops=1..8 (4)&k=1..10 (3)&relTypes=` */
export function parsePathParams(query: Query): { from: string; to: string } & PathOptions {
  return {
    from: parseNodeId(single(query, "from"), "from"),
    to: parseNodeId(single(query, "to"), "to"),
    maxHops: integer(query, "maxHops", 1, 8, 4),
    k: integer(query, "k", 1, 10, 3),
    relTypes: relTypesParam(query),
  };
}

export const EXPORT_FORMATS = ["json"] as const;

/** `GET /api/export?format=json` — the only format so far. */
export function parseExportParams(query: Query): { format: (typeof EXPORT_FORMATS)[number] } {
  return { format: oneOf(query, "format", EXPORT_FORMATS, "json") };
}
