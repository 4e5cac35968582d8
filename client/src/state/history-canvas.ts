// What undo/redo restores: the set of nodes and edges on the canvas, and the expansion bookkeeping (pure).
import type { NodeId } from "../../../server/domain/model.js";

/** One step of canvas history: which nodes and edges are drawn (positions live in the graph). */
export interface CanvasSnapshot {
  readonly nodes: readonly NodeId[];
  readonly edges: readonly string[];
}

export const emptySnapshot: CanvasSnapshot = { nodes: [], edges: [] };

/** Sorted ids, so two snapshots of the same canvas compare equal whatever the insertion order. */
export function snapshotOf(nodes: Iterable<NodeId>, edges: Iterable<string>): CanvasSnapshot {
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

export function sameSnapshot(a: CanvasSnapshot, b: CanvasSnapshot): boolean {
  return (
    a.nodes.length === b.nodes.length &&
    a.edges.length === b.edges.length &&
    a.nodes.every((id, i) => id === b.nodes[i]) &&
    a.edges.every((id, i) => id === b.edges[i])
  );
}

/** How one node was expanded: by which type and direction, how far the paging got, and what it added. */
export interface Expansion {
  relType: string | null;
  direction: "both" | "out" | "in";
  limit: number;
  /** Where the next page starts. */
  nextOffset: number;
  /** More neighbours exist beyond `nextOffset`. */
  more: boolean;
  /** Nodes the expansion put on the canvas (what "Collapse" takes away). */
  added: readonly NodeId[];
}

/** Records a fetched page: a new expansion when the type or direction changed, else the next page of it. */
export function recordPage(
  previous: Expansion | undefined,
  page: { relType: string | null; direction: Expansion["direction"]; limit: number; offset: number },
  received: number,
  more: boolean,
  added: readonly NodeId[],
): Expansion {
  const same = previous && previous.relType === page.relType && previous.direction === page.direction;
  return {
    relType: page.relType,
    direction: page.direction,
    limit: page.limit,
    nextOffset: page.offset + received,
    more,
    added: [...(same ? previous.added : []), ...added],
  };
}

/** The nodes collapsing `anchor` removes: what its expansion added, except the anchor and nodes still needed by `keep`. */
export function collapseTargets(
  expansion: Expansion | undefined,
  anchor: NodeId,
  keep: ReadonlySet<NodeId>,
): NodeId[] {
  return (expansion?.added ?? []).filter((id) => id !== anchor && !keep.has(id));
}
