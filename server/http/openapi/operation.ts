// What the API document says about one route: the registry's entry type and the error sets routes share.
import type { z } from "zod";
import type { ErrorCode } from "../../domain/errors.js";
import type { ParamSpec } from "./request-schemas.js";

/** Codes the error middleware answers besides the domain's: body-parser's bad JSON and the generic 500. */
export type AnswerCode = ErrorCode | "invalid_json";

export interface Operation {
  method: "get" | "post" | "patch" | "delete";
  /** As Express writes it, under /api: "/nodes/:id". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: Record<string, ParamSpec>;
  /** Request bodies by media type; a null schema means "any bytes" (a raw upload). */
  body?: { required: boolean; content: Record<string, z.ZodType | null>; description?: string };
  /** The success answer: status, and schema by media type (null: not JSON, e.g. a PDF). */
  ok: { status: number; description: string; content: Record<string, z.ZodType | null> };
  errors: readonly AnswerCode[];
  /** Behind write access (server/http/write-access.ts): a bearer token when the server has API_TOKEN. */
  write?: boolean;
}

/** Every route may be over a rate limit (when configured) and gets a 400 for a malformed URL. */
const ANY: AnswerCode[] = ["invalid_argument", "too_many_requests"];
/** Routes that ask the store: Neo4j may be down or slow. */
export const STORE: readonly AnswerCode[] = [...ANY, "store_unavailable", "timeout"];
/** Routes whose body goes through express.json. */
export const JSON_BODY: readonly AnswerCode[] = [
  "invalid_json",
  "payload_too_large",
  "unsupported_media_type",
];
/** Routes behind write access. */
export const WRITE: readonly AnswerCode[] = ["unauthorized", "forbidden", "unsupported_media_type"];

export const json = (schema: z.ZodType): Record<string, z.ZodType> => ({ "application/json": schema });

/** Deduplicated codes, in the order given. */
export function codes(...sets: (readonly AnswerCode[])[]): AnswerCode[] {
  return [...new Set(sets.flat())];
}
