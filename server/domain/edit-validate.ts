// Checks a ChangeSet before any store applies it: shapes and vocabulary (as a load), ids, edge ends after the change.
import { InvalidArgumentError } from "./errors.js";
import type { ChangeSet } from "../store/graph-store.js";
import { validateGraphExport } from "./validate-load.js";

/** A validated ChangeSet with every list present, and the node ids edges need that the change does not define. */
export interface CheckedChange {
  removeEdges: string[];
  removeNodes: string[];
  upsertNodes: NonNullable<ChangeSet["upsertNodes"]>;
  upsertEdges: NonNullable<ChangeSet["upsertEdges"]>;
  /** Edge ends not among upsertNodes: the store checks they exist (and are not being removed). */
  externalNodeIds: string[];
}

/**
 * Validate `change` like a load (shapes, vocabulary, unique ids) and reject an edge whose end is removed.
 * Returns clean copies (nothing shared with the input).
 * @throws InvalidArgumentError naming the bad item.
 */
export function validateChangeSet(change: ChangeSet): CheckedChange {
  const { data, externalNodeIds } = validateGraphExport({
    nodes: change.upsertNodes ?? [],
    edges: change.upsertEdges ?? [],
    sources: [],
  });
  const removeNodes = ids("removeNodes", change.removeNodes);
  const removeEdges = ids("removeEdges", change.removeEdges);
  const removed = new Set(removeNodes);
  for (const edge of data.edges) {
    for (const end of ["source", "target"] as const) {
      if (removed.has(edge[end]))
        throw new InvalidArgumentError(`edge "${edge.id}": its ${end} "${edge[end]}" is being removed`, {
          edge: edge.id,
        });
    }
  }
  return { removeEdges, removeNodes, upsertNodes: data.nodes, upsertEdges: data.edges, externalNodeIds };
}

/** Reject the first edge end that is neither upserted nor among `existing`. */
export function assertEndsExist(change: CheckedChange, existing: ReadonlySet<string>): void {
  const defined = new Set(change.upsertNodes.map((n) => n.id));
  for (const edge of change.upsertEdges) {
    for (const end of ["source", "target"] as const) {
      if (!defined.has(edge[end]) && !existing.has(edge[end]))
        throw new InvalidArgumentError(`edge "${edge.id}": ${end} node "${edge[end]}" does not exist`, {
          edge: edge.id,
          [end]: edge[end],
        });
    }
  }
}

function ids(name: string, list: unknown): string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.some((id) => typeof id !== "string" || id === ""))
    throw new InvalidArgumentError(`${name}: must be a list of non-empty ids`);
  return [...new Set(list as string[])];
}
