// Validates the body of POST /api/subgraph: a bounded list of node ids and optional relationship types.
import { InvalidArgumentError } from "../domain/errors.js";
import { REL_TYPES, type RelType } from "../domain/vocabulary.js";
import type { SubgraphOptions } from "../store/graph-store.js";
import { parseNodeId } from "./parse.js";

/** The most ids one request may ask about: a canvas far larger than this is not drawable anyway. */
export const MAX_SUBGRAPH_IDS = 2000;

function fail(field: string, problem: string): never {
  throw new InvalidArgumentError(`${field}: ${problem}`, { field });
}

/** `{ids: string[] (1..2000), relTypes?: RelType[]}`; every failure names the field (and index). */
export function parseSubgraphBody(body: unknown): { ids: string[] } & SubgraphOptions {
  if (typeof body !== "object" || body === null || Array.isArray(body)) fail("body", "must be a JSON object");
  const { ids, relTypes } = body as Record<string, unknown>;
  if (!Array.isArray(ids) || ids.length === 0) fail("ids", "is required: a non-empty array of node ids");
  if (ids.length > MAX_SUBGRAPH_IDS)
    fail("ids", `must hold at most ${MAX_SUBGRAPH_IDS} ids, got ${ids.length}`);
  const parsed = ids.map((id, i) => parseNodeId(id, `ids[${i}]`));
  if (relTypes === undefined) return { ids: parsed };
  if (!Array.isArray(relTypes)) fail("relTypes", "must be an array of relationship types");
  for (const type of relTypes) {
    if (!(REL_TYPES as readonly unknown[]).includes(type)) {
      fail(
        "relTypes",
        `unknown relationship type ${JSON.stringify(type)}; expected any of ${REL_TYPES.join(", ")}`,
      );
    }
  }
  return { ids: parsed, relTypes: relTypes as RelType[] };
}
