// Validates GET /api/overview's query: how many nodes and edges the initial view may hold.
import { z } from "zod";
import { InvalidArgumentError } from "../domain/errors.js";
import { OVERVIEW_EDGE_LIMIT, OVERVIEW_NODE_LIMIT, type OverviewOptions } from "../domain/overview.js";
import type { Query } from "./parse.js";

/** Upper bounds: past these a browser canvas is no overview any more (and the response gets large). */
export const MAX_OVERVIEW_NODES = 5000;
export const MAX_OVERVIEW_EDGES = 50_000;

function bounded(name: string, max: number, fallback: number) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const problem =
        typeof value !== "string"
          ? "must be given once, as a plain value"
          : /^\s*\d{1,9}\s*$/.test(value) && Number(value) >= 1 && Number(value) <= max
            ? null
            : `must be an integer between 1 and ${max}`;
      if (problem === null) return Number(value);
      ctx.addIssue({ code: "custom", message: `${name}: ${problem}, got ${JSON.stringify(value)}` });
      return z.NEVER;
    });
}

const overviewQuery = z.object({
  limit: bounded("limit", MAX_OVERVIEW_NODES, OVERVIEW_NODE_LIMIT),
  edgeLimit: bounded("edgeLimit", MAX_OVERVIEW_EDGES, OVERVIEW_EDGE_LIMIT),
});

/** `GET /api/overview?limit=1..5000 (2000)&edgeLimit=1..50000 (10000)`; every failure names the parameter. */
export function parseOverviewParams(query: Query): OverviewOptions {
  const parsed = overviewQuery.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = String(issue?.path[0] ?? "query");
    throw new InvalidArgumentError(issue?.message ?? `${parameter}: invalid`, { parameter });
  }
  return { nodeLimit: parsed.data.limit, edgeLimit: parsed.data.edgeLimit };
}
