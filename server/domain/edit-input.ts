// Parses the bodies of the editing endpoints: every failure names the field; types go through the vocabulary allow-list.
import { z } from "zod";
import { MAX_ITEMS, MAX_TEXT } from "./edit-limits.js";
import { InvalidArgumentError } from "./errors.js";
import type { Evidence, Properties, PropertyValue } from "./model.js";
import { isNodeType, isRelType, nodeTypes, relTypes, type NodeType, type RelType } from "./vocabulary.js";

const id = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[^\s/?#]+$/, "must not contain spaces, /, ? or #");
/** A new id must also be addressable as a URL path segment: clients resolve "." and ".." away (RFC 3986 §5.2.4). */
const newId = id.refine((value) => value !== "." && value !== "..", 'must not be "." or ".."');
// The embedded store (graphology) keeps a node's neighbours in plain objects and fails on these names.
const newNodeId = newId.refine(
  (value) => !(value in Object.prototype),
  "is a reserved name (a JavaScript object property)",
);
const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
const propertyValue: z.ZodType<PropertyValue> = z.lazy(() =>
  z.union([z.string().max(10_000), z.number(), z.boolean(), z.null(), z.array(propertyValue).max(1_000)]),
);
const properties = z.record(z.string().min(1).max(100), propertyValue);
export const nodeType = z
  .string()
  .refine(isNodeType, { error: () => `must be one of ${nodeTypes().join(", ")}` })
  .transform((t) => t as NodeType);
export const relType = z
  .string()
  .refine(isRelType, { error: () => `must be one of ${relTypes().join(", ")}` })
  .transform((t) => t as RelType);
const evidence = z.object({
  sourceId: id,
  locator: z.string().trim().max(MAX_TEXT).default(""),
  note: text,
});
const aliases = z.array(z.string().trim().min(1, "must not be empty").max(MAX_TEXT)).max(MAX_ITEMS);

export const nodeCreate = z.strictObject({
  id: newNodeId.optional(),
  type: nodeType,
  name: text,
  aliases: aliases.default([]),
  properties: properties.default({}),
});
export const nodePatch = z.strictObject({
  type: nodeType.optional(),
  name: text.optional(),
  aliases: aliases.optional(),
  properties: properties.optional(),
});
export const edgeCreate = z.strictObject({
  id: newId.optional(),
  type: relType,
  source: id,
  target: id,
  properties: properties.default({}),
  evidence: z.array(evidence).max(MAX_ITEMS).default([]),
});
export const edgePatch = z.strictObject({
  type: relType.optional(),
  source: id.optional(),
  target: id.optional(),
  properties: properties.optional(),
  evidence: z.array(evidence).max(MAX_ITEMS).optional(),
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
export const mergeRequest = z.strictObject({ keep: id, merge: id });
export const parseMergeRequest = (body: unknown) => parse(mergeRequest, body, "POST /api/merge");
