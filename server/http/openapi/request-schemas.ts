// zod schemas of query strings, path parameters and bodies as the API document shows them.
// Bodies are the very schemas the routes validate with (edit-input.ts, cypher-request.ts). Query strings are
// parsed by hand in parse.ts (Express hands over strings, repeated names as arrays); the schemas here state
// the same rules, and test/properties/query-params.property.test.ts checks that both agree.
import { z } from "zod";
import { BRIEFING_FORMATS } from "../../domain/briefing/parse.js";
import { cypherRequestSchema } from "../../domain/cypher-request.js";
import {
  edgeCreate,
  edgePatch,
  mergeRequest,
  nodeCreate,
  nodePatch,
  nodeType,
  relType,
} from "../../domain/edit-input.js";
import { IMPORT_FORMATS } from "../../domain/import/import-types.js";
import { DIRECTIONS, REL_TYPES, nodeTypes, relTypes } from "../../domain/vocabulary.js";
import { OVERVIEW_EDGE_LIMIT, OVERVIEW_NODE_LIMIT } from "../../domain/overview.js";
import { EXPORT_FORMATS } from "../parse.js";
import { IMPORT_MAX_BATCH_SIZE } from "../routes/import-params.js";
import { MAX_POSITION_IDS } from "../routes/positions.js";
import { withEnum } from "./json-schema.js";
import { MAX_OVERVIEW_EDGES, MAX_OVERVIEW_NODES } from "../parse-overview.js";

/** One parameter of an operation: where it goes, its schema (optional ⇒ not required) and what it means. */
export interface ParamSpec {
  in: "path" | "query";
  schema: z.ZodType;
  description: string;
}

const int = (min: number, max: number, fallback: number) =>
  z.int().min(min).max(max).default(fallback).optional();
const nodeId = z.string().min(1).max(200).regex(/\S/);
const typeList = () => z.array(z.enum(nodeTypes() as [string, ...string[]])).optional();
const relTypeList = () => z.array(z.enum(relTypes() as [string, ...string[]])).optional();

export const idParam = (what: string): ParamSpec => ({
  in: "path",
  schema: nodeId,
  description: `The ${what}'s id (1–200 characters, not blank).`,
});

export const searchParams = (): Record<string, ParamSpec> => ({
  q: {
    in: "query",
    schema: z.string().max(200).regex(/\S/),
    description: "Text to find in names and aliases (1–200 characters once trimmed).",
  },
  limit: { in: "query", schema: int(1, 500, 20), description: "Most results to return." },
  types: {
    in: "query",
    schema: typeList(),
    description: "Only these entity types; comma-separated or repeated.",
  },
});

export const neighborParams = (): Record<string, ParamSpec> => ({
  id: idParam("node"),
  depth: { in: "query", schema: int(1, 3, 1), description: "How many hops out." },
  limit: { in: "query", schema: int(1, 500, 100), description: "Most neighbours to return." },
  offset: { in: "query", schema: int(0, 100_000, 0), description: "Neighbours to skip (paging)." },
  types: { in: "query", schema: typeList(), description: "Only neighbours of these entity types." },
  relTypes: { in: "query", schema: relTypeList(), description: "Only these relationship types." },
  direction: {
    in: "query",
    schema: z.enum(DIRECTIONS).default("both").optional(),
    description: "Follow relationships out of the node, into it, or both.",
  },
});

export const pathParams = (): Record<string, ParamSpec> => ({
  from: { in: "query", schema: nodeId, description: "Start node id." },
  to: { in: "query", schema: nodeId, description: "End node id." },
  maxHops: { in: "query", schema: int(1, 8, 4), description: "Longest path, in relationships." },
  k: { in: "query", schema: int(1, 10, 3), description: "How many shortest paths." },
  relTypes: { in: "query", schema: relTypeList(), description: "Only these relationship types." },
});

export const overviewParams = (): Record<string, ParamSpec> => ({
  limit: {
    in: "query",
    schema: int(1, MAX_OVERVIEW_NODES, OVERVIEW_NODE_LIMIT),
    description: "Most nodes to draw.",
  },
  edgeLimit: {
    in: "query",
    schema: int(1, MAX_OVERVIEW_EDGES, OVERVIEW_EDGE_LIMIT),
    description: "Most edges to draw.",
  },
});

export const exportParams = (): Record<string, ParamSpec> => ({
  format: {
    in: "query",
    schema: z.enum(EXPORT_FORMATS).default("json").optional(),
    description: "json (the only format so far).",
  },
});

export const limitParam = (fallback: number): Record<string, ParamSpec> => ({
  limit: { in: "query", schema: int(1, 1000, fallback), description: "Most entries to return." },
});

export const auditParams = (): Record<string, ParamSpec> => ({
  entity: {
    in: "query",
    schema: z.string().max(200).optional(),
    description: "Only entries touching this node or edge id.",
  },
  ...limitParam(50),
});

export const briefingParams = (): Record<string, ParamSpec> => ({
  format: {
    in: "query",
    schema: z.enum(BRIEFING_FORMATS).default("html").optional(),
    description: "html, md (Markdown), json or pdf (needs Chromium on the server).",
  },
  since: {
    in: "query",
    schema: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
    description: "Only changes after this date: YYYY, YYYY-MM or YYYY-MM-DD.",
  },
  focus: {
    in: "query",
    // The server takes 10 ids of 200 characters; documented shorter so that any documented value, %-encoded,
    // fits Node's 16 KB request head (schemathesis found the 431 a 2,000-character value can cause).
    schema: z.string().max(1_000).optional(),
    description: "Comma-separated ids (at most 10) of the entities paths are drawn to.",
  },
});

export const importParams = (): Record<string, ParamSpec> => ({
  dryRun: {
    in: "query",
    schema: z.enum(["true", "false"]).default("false").optional(),
    description: "true: check and report, write nothing.",
  },
  format: {
    in: "query",
    schema: z.enum(IMPORT_FORMATS).optional(),
    description: "The file format; inferred from the Content-Type or the file name when absent.",
  },
  batchSize: {
    in: "query",
    schema: int(1, IMPORT_MAX_BATCH_SIZE, 5_000),
    description: "Records per write batch (each batch atomic, progress after each).",
  },
  typeAttr: {
    in: "query",
    schema: z.string().max(200).optional(),
    description: "Node attribute with the type.",
  },
  nameAttr: {
    in: "query",
    schema: z.string().max(200).optional(),
    description: "Node attribute with the name.",
  },
  edgeTypeAttr: {
    in: "query",
    schema: z.string().max(200).optional(),
    description: "Edge attribute with the relationship type.",
  },
  idPrefix: { in: "query", schema: z.string().max(200).optional(), description: "Prepended to every id." },
  filename: {
    in: "query",
    schema: z.string().max(200).optional(),
    description: "A raw body's file name (for messages).",
  },
});

withEnum(nodeType, nodeTypes);
withEnum(relType, relTypes);

export const bodies = {
  nodeCreate,
  nodePatch,
  edgeCreate,
  edgePatch,
  merge: mergeRequest,
  // Mirrors the body schema in routes/positions.ts (module-private there).
  positions: () => z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(MAX_POSITION_IDS) }),
  subgraph: () =>
    z.object({
      ids: z.array(nodeId).min(1).max(2000),
      relTypes: z.array(z.enum(REL_TYPES)).optional(),
    }),
  cypher: () => cypherRequestSchema({ maxRows: 1_000, maxQueryLength: 10_000 }),
  explain: z.object({ query: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() }),
  savedQueryRun: z.object({
    params: z.record(z.string(), z.unknown()).optional(),
    limit: z.int().min(1).optional(),
  }),
  briefing: z.union([
    z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(50) }),
    z.object({
      query: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/),
      params: z.record(z.string(), z.unknown()).optional(),
    }),
  ]),
  multipartImport: z.object({
    file: z.string().optional().describe("The graph file (JSON, GEXF, GraphML or one CSV)."),
    nodes: z.string().optional().describe("CSV: the nodes file."),
    relationships: z.string().optional().describe("CSV: the relationships file."),
  }),
};
