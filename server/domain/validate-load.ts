// Checks a GraphExport before any store writes it: shapes, the closed vocabulary, unique ids, no dangling edges.
import { z } from "zod";
import { InvalidArgumentError } from "./errors.js";
import { indexSizeProblem } from "./index-limits.js";
import { cleanCopyIfValid } from "./validate-load-fast.js";
import type { GraphExport, PropertyValue } from "./model.js";
import { DATE_PRECISIONS, isNodeType, isRelType, nodeTypes, relTypes } from "./vocabulary.js";

const id = z.string().min(1).max(200);
const propertyValue: z.ZodType<PropertyValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(propertyValue)]),
);
const properties = z.record(z.string(), propertyValue);

const nodeSchema = z.object({
  id,
  // Through the allow-list (vocabulary.ts), so configured extra types pass too.
  type: z.string().refine(isNodeType, { error: () => `must be one of ${nodeTypes().join(", ")}` }),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  properties,
});
const edgeSchema = z.object({
  id,
  type: z.string().refine(isRelType, { error: () => `must be one of ${relTypes().join(", ")}` }),
  source: id,
  target: id,
  properties,
  evidence: z.array(z.object({ sourceId: z.string(), locator: z.string(), note: z.string() })),
});
const sourceSchema = z.object({
  id,
  title: z.string(),
  publisher: z.string(),
  published: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  url: z.string().optional(),
  file: z.string().optional(),
  description: z.string().optional(),
});
const exportSchema = z.object({
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  sources: z.array(sourceSchema),
});

/**
 * Validate the shape and vocabulary of `data`, the uniqueness of its ids, and that every node's name and
 * aliases fit the stores' indexes (index-limits.ts; `indexSizes: false` skips that for data a store already
 * holds, such as an old snapshot, which must restore as it was).
 * Returns a clean copy (unknown keys dropped, nothing shared with the input) and the ids that edges
 * reference but the batch does not define: the caller checks those exist in its store.
 * @throws InvalidArgumentError naming the first offending item.
 */
export function validateGraphExport(
  data: unknown,
  { indexSizes = true }: { indexSizes?: boolean } = {},
): { data: GraphExport; externalNodeIds: string[] } {
  const clean = flatCopy(cleanCopyIfValid(data)) ?? parseWithSchema(data);
  if (indexSizes) {
    clean.nodes.forEach((node, i) => {
      const problem = indexSizeProblem(node);
      if (!problem) return;
      const where = `nodes.${i}.${problem.field}`;
      throw new InvalidArgumentError(`load: ${where} (node "${node.id}"): ${problem.message}`, {
        path: where,
      });
    });
  }
  const { nodes, edges, sources } = clean;
  assertUnique("node", nodes);
  assertUnique("edge", edges);
  assertUnique("source", sources);
  const defined = new Set(nodes.map((n) => n.id));
  const external = new Set<string>();
  for (const edge of edges) {
    if (!defined.has(edge.source)) external.add(edge.source);
    if (!defined.has(edge.target)) external.add(edge.target);
  }
  return { data: clean, externalNodeIds: [...external].sort() };
}

/**
 * Through JSON: every string becomes a flat copy of its own. A caller's strings may be ropes or slices of a large
 * input (a generator's concatenations, a parser's substrings); kept as they are, the memory store held those
 * (one 1M-edge load answered expand 30% slower) and a slice would keep its whole input alive.
 */
function flatCopy(data: GraphExport | null): GraphExport | null {
  return data && (JSON.parse(JSON.stringify(data)) as GraphExport);
}

/** zod's verdict, for what validate-load-fast.ts is not sure of: its error names the first bad item (exported for its test). */
export function parseWithSchema(data: unknown): GraphExport {
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join("."); // String: a symbol key (no JSON has one) must not throw here
    throw new InvalidArgumentError(`load: ${where || "data"}: ${issue.message}`, { path: where });
  }
  // Through JSON so optional fields that are present but undefined vanish, and equal data compares equal.
  return JSON.parse(JSON.stringify(parsed.data)) as GraphExport;
}

/**
 * Reject the first edge whose source or target is neither in the batch nor among `existingNodeIds`.
 * @throws InvalidArgumentError naming the edge and the missing node.
 */
export function assertNoDanglingEdges(data: GraphExport, existingNodeIds: ReadonlySet<string>): void {
  const defined = new Set(data.nodes.map((n) => n.id));
  const exists = (nodeId: string) => defined.has(nodeId) || existingNodeIds.has(nodeId);
  for (const edge of data.edges) {
    for (const end of ["source", "target"] as const) {
      if (!exists(edge[end])) {
        throw new InvalidArgumentError(
          `load: edge "${edge.id}" has ${end} "${edge[end]}", a node that is neither in the data nor in the store`,
          { edge: edge.id, [end]: edge[end] },
        );
      }
    }
  }
}

function assertUnique(kind: string, items: { id: string }[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new InvalidArgumentError(`load: ${kind} id "${item.id}" appears twice`);
    seen.add(item.id);
  }
}
