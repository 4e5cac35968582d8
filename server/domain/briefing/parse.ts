// Parses briefing requests (query string and POST body) into typed options; errors name the bad parameter.
import { InvalidArgumentError } from "../errors.js";
import type { NodeId } from "../model.js";
import { briefDate } from "./dates.js";
import type { BriefDate } from "./types.js";

export const BRIEFING_FORMATS = ["html", "md", "json", "pdf"] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

const MAX_FOCUS = 10;
const MAX_IDS = 50;
const MAX_ID_LENGTH = 200;
const QUERY_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

export interface BriefingRequestOptions {
  format: BriefingFormat;
  since: BriefDate | null;
  /** null: the default focal entities (the nearest countries). */
  focus: NodeId[] | null;
}

export interface QueryBriefingRequest {
  query: string;
  params: Record<string, unknown>;
}

export type BriefingTarget = { ids: NodeId[] } | QueryBriefingRequest;

/** `format`, `since` and `focus` from a query string (as Express hands it over: strings, arrays, objects). */
export function parseBriefingOptions(query: Record<string, unknown>): BriefingRequestOptions {
  const format = single(query.format, "format") ?? "html";
  if (!(BRIEFING_FORMATS as readonly string[]).includes(format)) {
    throw invalid("format", `must be one of ${BRIEFING_FORMATS.join(", ")}, not "${format}"`);
  }
  const sinceText = single(query.since, "since");
  const since = sinceText === undefined ? null : briefDate(sinceText);
  if (sinceText !== undefined && !since)
    throw invalid("since", `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${sinceText}"`);
  const focusText = single(query.focus, "focus");
  let focus: NodeId[] | null = null;
  if (focusText !== undefined) {
    focus = [...new Set(focusText.split(",").map((id) => id.trim()))];
    if (focus.some((id) => id.length === 0 || id.length > MAX_ID_LENGTH))
      throw invalid("focus", "must be a comma-separated list of entity ids");
    if (focus.length > MAX_FOCUS) throw invalid("focus", `names at most ${MAX_FOCUS} entities`);
  }
  return { format: format as BriefingFormat, since, focus };
}

/** The POST body: `{ ids: [...] }` or `{ query: "saved-query-name", params?: {...} }`. */
export function parseBriefingTarget(body: unknown): BriefingTarget {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw invalid("body", 'must be a JSON object with "ids" or "query"');
  }
  const { ids, query, params } = body as Record<string, unknown>;
  if (ids !== undefined && query !== undefined)
    throw invalid("body", 'give either "ids" or "query", not both');
  if (ids !== undefined) {
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IDS)
      throw invalid("ids", `must be an array of 1 to ${MAX_IDS} entity ids`);
    if (ids.some((id) => typeof id !== "string" || id.length === 0 || id.length > MAX_ID_LENGTH)) {
      throw invalid("ids", "must hold non-empty strings");
    }
    return { ids: [...new Set(ids as string[])] };
  }
  if (query !== undefined) {
    if (typeof query !== "string" || !QUERY_NAME.test(query))
      throw invalid("query", "must be the name of a saved query");
    if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
      throw invalid("params", "must be an object");
    }
    return { query, params: (params as Record<string, unknown> | undefined) ?? {} };
  }
  throw invalid("body", 'must hold "ids" (an array of entity ids) or "query" (a saved query name)');
}

function single(value: unknown, parameter: string): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") throw invalid(parameter, "must be given once, as a string");
  return value;
}

function invalid(parameter: string, problem: string): InvalidArgumentError {
  return new InvalidArgumentError(`${parameter}: ${problem}`, { parameter });
}
