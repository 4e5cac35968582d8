// Editing use cases: create, update and delete entities and relationships, each with its audit entry, atomically.
import type { GraphStore } from "../store/graph-store.js";
import { newAuditEntry, type AuditAction } from "./audit.js";
import type { EdgeCreate, EdgePatch, NodeCreate, NodePatch } from "./edit-input.js";
import { ConflictError, InvalidArgumentError, NotFoundError } from "./errors.js";
import type { Evidence, GraphEdge, GraphNode } from "./model.js";

/** Who is writing, and the server's evidence rule (REQUIRE_EVIDENCE). */
export interface EditContext {
  actor: string;
  requireEvidence: boolean;
}

/** A fresh id from a name: lower-case ASCII words joined by "-", made unique with a numeric suffix. */
export async function freshId(base: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  const slug =
    base
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "item";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

export async function createNode(store: GraphStore, input: NodeCreate, ctx: EditContext) {
  if (input.id && (await store.getNode(input.id)))
    throw new ConflictError(`POST /api/nodes: id "${input.id}" is already taken`, { field: "id" });
  const id = input.id ?? (await freshId(input.name, async (c) => (await store.getNode(c)) !== null));
  const node: GraphNode = {
    id,
    type: input.type,
    name: input.name,
    aliases: dedupe(input.aliases),
    properties: input.properties,
  };
  await write(store, ctx, "create_node", [id], `created ${node.type} "${node.name}"`, null, node, {
    upsertNodes: [node],
  });
  return { node };
}

export async function updateNode(store: GraphStore, id: string, patch: NodePatch, ctx: EditContext) {
  const before = await mustGetNode(store, id);
  const after: GraphNode = { ...before, ...defined(patch), id };
  after.aliases = dedupe(after.aliases.filter((a) => a !== after.name));
  await write(store, ctx, "update_node", [id], `updated "${after.name}"`, before, after, {
    upsertNodes: [after],
  });
  return { node: after };
}

/** Deletes the entity and every relationship it has; the answer says how many relationships went with it. */
export async function deleteNode(store: GraphStore, id: string, ctx: EditContext) {
  const node = await mustGetNode(store, id);
  const edges = await incidentEdges(store, id);
  const report = await write(
    store,
    ctx,
    "delete_node",
    [id, ...edges.map((e) => e.id)],
    `deleted "${node.name}" and its ${edges.length} relationship(s)`,
    { node, edges },
    null,
    { removeNodes: [id] },
  );
  return { deleted: { node: id, relationships: report.edges.removed } };
}

export async function createEdge(store: GraphStore, input: EdgeCreate, ctx: EditContext) {
  if (input.id && (await store.getEdge(input.id)))
    throw new ConflictError(`POST /api/edges: id "${input.id}" is already taken`, { field: "id" });
  const edge: GraphEdge = { ...input, id: input.id ?? "" };
  await checkEdge(store, edge, ctx, "POST /api/edges");
  edge.id =
    input.id ??
    (await freshId(
      `${edge.source}-${edge.type}-${edge.target}`,
      async (c) => (await store.getEdge(c)) !== null,
    ));
  await write(
    store,
    ctx,
    "create_edge",
    [edge.id, edge.source, edge.target],
    `created ${describe(edge)}`,
    null,
    edge,
    {
      upsertEdges: [edge],
    },
  );
  return { edge };
}

export async function updateEdge(store: GraphStore, id: string, patch: EdgePatch, ctx: EditContext) {
  const before = await mustGetEdge(store, id);
  const after: GraphEdge = { ...before, ...defined(patch), id };
  await checkEdge(store, after, ctx, "PATCH /api/edges/:id");
  const ids = [...new Set([id, before.source, before.target, after.source, after.target])];
  await write(store, ctx, "update_edge", ids, `updated ${describe(after)}`, before, after, {
    upsertEdges: [after],
  });
  return { edge: after };
}

export async function deleteEdge(store: GraphStore, id: string, ctx: EditContext) {
  const edge = await mustGetEdge(store, id);
  const ids = [id, edge.source, edge.target];
  await write(store, ctx, "delete_edge", ids, `deleted ${describe(edge)}`, edge, null, { removeEdges: [id] });
  return { deleted: { edge: id } };
}

/** Ends exist; evidence present when required, and citing known sources. */
async function checkEdge(store: GraphStore, edge: GraphEdge, ctx: EditContext, what: string): Promise<void> {
  for (const end of ["source", "target"] as const) {
    if (!(await store.getNode(edge[end])))
      throw new InvalidArgumentError(`${what}: ${end}: no entity has id "${edge[end]}"`, { field: end });
  }
  if (ctx.requireEvidence && edge.evidence.length === 0)
    throw new InvalidArgumentError(
      `${what}: evidence: a relationship needs at least one evidence item {sourceId, locator, note} (this server has REQUIRE_EVIDENCE on)`,
      { field: "evidence" },
    );
  await checkSources(store, edge.evidence, what);
}

/** Every evidence item must cite a source the store knows. */
export async function checkSources(store: GraphStore, evidence: Evidence[], what: string): Promise<void> {
  if (evidence.length === 0) return;
  const known = new Set((await store.sources()).map((s) => s.id));
  evidence.forEach((item, i) => {
    if (!known.has(item.sourceId))
      throw new InvalidArgumentError(
        `${what}: evidence.${i}.sourceId: unknown source "${item.sourceId}"; import the source first`,
        { field: `evidence.${i}.sourceId` },
      );
  });
}

/** The relationships of `id`, both directions (what a delete takes with it). */
export async function incidentEdges(store: GraphStore, id: string): Promise<GraphEdge[]> {
  const sub = await store.neighbors(id, { depth: 1, limit: 1_000_000, direction: "both" });
  return (sub?.edges ?? []).filter((e) => e.source === id || e.target === id);
}

async function write(
  store: GraphStore,
  ctx: EditContext,
  action: AuditAction,
  entityIds: string[],
  summary: string,
  before: unknown,
  after: unknown,
  change: Parameters<GraphStore["applyChanges"]>[0],
) {
  const audit = newAuditEntry({ actor: ctx.actor, action, entityIds, summary, before, after });
  return store.applyChanges(change, audit);
}

async function mustGetNode(store: GraphStore, id: string): Promise<GraphNode> {
  const node = await store.getNode(id);
  if (!node) throw new NotFoundError(`node "${id}" not found`, { id });
  return node;
}

async function mustGetEdge(store: GraphStore, id: string): Promise<GraphEdge> {
  const edge = await store.getEdge(id);
  if (!edge) throw new NotFoundError(`relationship "${id}" not found`, { id });
  return edge;
}

function describe(edge: GraphEdge): string {
  return `${edge.source} ${edge.type} ${edge.target}`;
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

/** The fields of a patch that are present (zod leaves absent optionals undefined). */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
