// Validates a console request body against the server's limits before anything reaches the database.
import { z } from "zod";
import { CYPHER_MODES, type CypherRequest } from "./cypher.js";
import { assertBoundedGrowth } from "./cypher-growth-guard.js";
import { InvalidArgumentError } from "./errors.js";

export interface CypherLimits {
  maxRows: number;
  maxQueryLength: number;
}

/** Parameter names as Cypher accepts them unquoted; values any JSON. */
const Params = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "parameter names are letters, digits and _"),
  z.unknown(),
);

function schema(limits: CypherLimits) {
  return z.object({
    query: z
      .string({ error: "query must be a string" })
      .refine((q) => q.trim().length > 0, "query is empty")
      .refine(
        (q) => q.length <= limits.maxQueryLength,
        `query is longer than ${limits.maxQueryLength} characters`,
      ),
    params: Params.optional(),
    limit: z.number().int().min(1).optional(),
    mode: z.enum(CYPHER_MODES).optional(),
  });
}

/**
 * Parse `{query, params?, limit?, mode?}`. `limit` above the server's row cap is lowered to it, not refused, so a
 * client can ask for "as many as allowed". Throws InvalidArgumentError naming the bad field.
 */
export function parseCypherRequest(body: unknown, limits: CypherLimits): CypherRequest {
  const parsed = schema(limits).safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "body";
    throw new InvalidArgumentError(`cypher console: ${field}: ${issue.message}`, { field });
  }
  const { query, params = {}, limit = limits.maxRows, mode = "read" } = parsed.data;
  assertBoundedGrowth(query);
  return { query, params, limit: Math.min(limit, limits.maxRows), mode };
}

/** The body of `POST /api/cypher/explain` and of a saved query run: query and params only. */
export function parseExplainRequest(
  body: unknown,
  limits: CypherLimits,
): { query: string; params: Record<string, unknown> } {
  const { query, params } = parseCypherRequest(
    { ...(body as object), limit: undefined, mode: undefined },
    limits,
  );
  return { query, params };
}

/** The body schema, for the API document (server/http/openapi/). */
export { schema as cypherRequestSchema };
