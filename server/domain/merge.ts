// Merging two entities: rewire relationships, fold parallel duplicates, union aliases, keep all evidence; one atomic write.
import type { GraphStore } from "../store/graph-store.js";
import { newAuditEntry } from "./audit.js";
import { incidentEdges } from "./edit.js";
import { InvalidArgumentError, NotFoundError } from "./errors.js";
import type { Evidence, GraphEdge, GraphNode, Properties } from "./model.js";

/** A property both sides had with different values: `kept` stays, `discarded` is reported (and in the audit). */
export interface MergeConflict {
  on: string;
  key: string;
  kept: unknown;
  discarded: unknown;
}

export interface MergeResult {
  node: GraphNode;
  /** Relationships moved from the merged entity to the kept one. */
  rewired: string[];
  /** Rewired relationships folded into an existing one of the same type and ends (evidence joined). */
  folded: { from: string; into: string }[];
  /** Relationships between the two entities: they would become self-loops, so they are removed (kept in the audit). */
  droppedSelfLoops: string[];
  conflicts: MergeConflict[];
}

/**
 * Merge entity `mergeId` into `keepId`. The kept entity keeps its id, name and type; the merged name and aliases
 * become aliases; properties are united (on a conflict the kept value wins and the conflict is reported).
 * Every relationship of the merged entity is moved over; one that duplicates an existing relationship of the
 * same type between the same ends is folded into it, keeping all evidence. One applyChanges: all or nothing.
 * @throws NotFoundError for an unknown id; InvalidArgumentError when both ids are the same.
 */
export async function mergeEntities(
  store: GraphStore,
  keepId: string,
  mergeId: string,
  actor: string,
): Promise<MergeResult> {
  if (keepId === mergeId)
    throw new InvalidArgumentError(`POST /api/merge: keep and merge are both "${keepId}"`, {
      field: "merge",
    });
  const keep = await mustGet(store, keepId, "keep");
  const gone = await mustGet(store, mergeId, "merge");
  const conflicts: MergeConflict[] = [];
  if (keep.type !== gone.type)
    conflicts.push({ on: keepId, key: "type", kept: keep.type, discarded: gone.type });
  const node: GraphNode = {
    ...keep,
    aliases: [...new Set([...keep.aliases, gone.name, ...gone.aliases])].filter((a) => a !== keep.name),
    properties: unite(keep.properties, gone.properties, keepId, conflicts),
  };

  const keepEdges = await incidentEdges(store, keepId);
  const goneEdges = await incidentEdges(store, mergeId);
  const byShape = new Map<string, GraphEdge>();
  for (const edge of keepEdges)
    if (!byShape.has(shape(edge))) byShape.set(shape(edge), structuredClone(edge));

  const rewired: GraphEdge[] = [];
  const folded: MergeResult["folded"] = [];
  const droppedSelfLoops: string[] = [];
  const touched = new Map<string, GraphEdge>();
  for (const edge of goneEdges) {
    const moved = {
      ...edge,
      source: edge.source === mergeId ? keepId : edge.source,
      target: edge.target === mergeId ? keepId : edge.target,
    };
    if (moved.source === keepId && moved.target === keepId && edge.source !== edge.target) {
      droppedSelfLoops.push(edge.id);
      continue;
    }
    const existing = byShape.get(shape(moved));
    if (existing) {
      existing.evidence = uniteEvidence(existing.evidence, moved.evidence);
      existing.properties = unite(existing.properties, moved.properties, existing.id, conflicts);
      touched.set(existing.id, existing);
      folded.push({ from: edge.id, into: existing.id });
    } else rewired.push(moved);
  }

  const audit = newAuditEntry({
    actor,
    action: "merge",
    entityIds: [keepId, mergeId, ...goneEdges.map((e) => e.id), ...touched.keys()],
    summary: `merged "${gone.name}" (${mergeId}) into "${keep.name}" (${keepId})`,
    before: { keep, merge: gone, edges: goneEdges, foldedInto: keepEdges.filter((e) => touched.has(e.id)) },
    after: { node, edges: [...rewired, ...touched.values()], conflicts },
  });
  await store.applyChanges(
    { removeNodes: [mergeId], upsertNodes: [node], upsertEdges: [...rewired, ...touched.values()] },
    audit,
  );
  return { node, rewired: rewired.map((e) => e.id), folded, droppedSelfLoops, conflicts };
}

/** Relationships of one type between the same ends (direction matters) have the same shape. */
function shape(edge: GraphEdge): string {
  return `${edge.type}\u0000${edge.source}\u0000${edge.target}`;
}

function unite(kept: Properties, other: Properties, on: string, conflicts: MergeConflict[]): Properties {
  const out: Properties = { ...kept };
  for (const [key, value] of Object.entries(other)) {
    if (!(key in out)) out[key] = value;
    else if (JSON.stringify(out[key]) !== JSON.stringify(value))
      conflicts.push({ on, key, kept: out[key], discarded: value });
  }
  return out;
}

function uniteEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Set(a.map((e) => JSON.stringify([e.sourceId, e.locator, e.note])));
  return [...a, ...b.filter((e) => !seen.has(JSON.stringify([e.sourceId, e.locator, e.note])))];
}

async function mustGet(store: GraphStore, id: string, field: string): Promise<GraphNode> {
  const node = await store.getNode(id);
  if (!node) throw new NotFoundError(`POST /api/merge: ${field}: node "${id}" not found`, { field });
  return node;
}
