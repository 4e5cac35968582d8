// Parses the bodies of the editing endpoints: every failure names the field; types go through the vocabulary allow-list.
import { z } from "zod";
import { InvalidArgumentError } from "./errors.js";
import type { Evidence, Properties, PropertyValue } from "./model.js";
import { isNodeType, isRelType, nodeTypes, relTypes, type NodeType, type RelType } from "./vocabulary.js";

const MAX_TEXT = 500;
const id = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[^\s/?#]+$/, "must not contain spaces, /, ? or #");
const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
const propertyValue: z.ZodType<PropertyValue> = z.lazy(() =>
  z.union([z.string().max(10_000), z.number(), z.boolean(), z.null(), z.array(propertyValue).max(1_000)]),
);
const properties = z.record(z.string().min(1).max(100), propertyValue);
const nodeType = z
  .string()
  .refine(isNodeType, { error: () => `must be one of ${nodeTypes().join(", ")}` })
  .transform((t) => t as NodeType);
const relType = z
  .string()
  .refine(isRelType, { error: () => `must be one of ${relTypes().join(", ")}` })
  .transform((t) => t as RelType);
const evidence = z.object({
  sourceId: id,
  locator: z.string().trim().max(MAX_TEXT).default(""),
  note: text,
});
const aliases = z.array(z.string().trim().min(1, "must not be empty").max(MAX_TEXT)).max(200);

const nodeCreate = z.strictObject({
  id: id.optional(),
  type: nodeType,
  name: text,
  aliases: aliases.default([]),
  properties: properties.default({}),
});
const nodePatch = z.strictObject({
  type: nodeType.optional(),
  name: text.optional(),
  aliases: aliases.optional(),
  properties: properties.optional(),
});
const edgeCreate = z.strictObject({
  id: id.optional(),
  type: relType,
  source: id,
  target: id,
  properties: properties.default({}),
  evidence: z.array(evidence).max(200).default([]),
});
const edgePatch = z.strictObject({
  type: relType.optional(),
  source: id.optional(),
  target: id.optional(),
  properties: properties.optional(),
  evidence: z.array(evidence).max(200).optional(),
});

export type NodeCreate = z.infer<typeof nodeCreate>;
export type NodePatch = z.infer<typeof nodePatch>;
export type EdgeCreate = z.infer<typeof edgeCreate>;
export type EdgePatch = z.infer<typeof edgePatch>;
export type { Evidence, Properties };

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new InvalidArgumentError(`${what}: the body must be a JSON object`);
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join(".") || "body";
  const message =
    issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message;
  throw new InvalidArgumentError(`${what}: ${field}: ${message}`, { field });
}

export const parseNodeCreate = (body: unknown) => parse(nodeCreate, body, "POST /api/nodes");
export const parseNodePatch = (body: unknown) => parse(nodePatch, body, "PATCH /api/nodes/:id");
export const parseEdgeCreate = (body: unknown) => parse(edgeCreate, body, "POST /api/edges");
export const parseEdgePatch = (body: unknown) => parse(edgePatch, body, "PATCH /api/edges/:id");

/** `{keep, merge}` of POST /api/merge. */
export const parseMergeRequest = (body: unknown) =>
  parse(z.strictObject({ keep: id, merge: id }), body, "POST /api/merge");
