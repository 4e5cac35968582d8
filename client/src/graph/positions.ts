// Node positions as a plain map (for saved views and exports), and moving or pinning one node by hand.
import type { NodeId } from "../../../server/domain/model.js";
import type { ExplorerGraph } from "./graph-data.js";

export interface Position {
  x: number;
  y: number;
  /** Pinned nodes keep their place through ForceAtlas2 runs. */
  pinned?: boolean;
}

export type Positions = Record<NodeId, Position>;

/** Every drawn node's position (and pin), keyed by id: JSON-safe, for saved views. */
export function getPositions(graph: ExplorerGraph): Positions {
  const out: Positions = {};
  graph.forEachNode((id, a) => {
    out[id] = a.pinned ? { x: a.x, y: a.y, pinned: true } : { x: a.x, y: a.y };
  });
  return out;
}

/**
 * Moves nodes to the given positions; ids not drawn and non-finite coordinates are ignored, nodes
 * absent from the map keep theirs. Returns how many nodes moved.
 */
export function setPositions(graph: ExplorerGraph, positions: Readonly<Positions>): number {
  let moved = 0;
  // One bulk update without hints: the form sigma 3.0 re-indexes correctly (see graph-data.ts).
  graph.updateEachNodeAttributes((id, attrs) => {
    const p = positions[id];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return attrs;
    moved++;
    const pinned = p.pinned === true;
    return { ...attrs, x: p.x, y: p.y, pinned, fixed: pinned || attrs.fixed === true };
  });
  return moved;
}

/** Moves one node (a drag) and pins it there, so the next layout run leaves it alone. */
export function moveAndPin(graph: ExplorerGraph, id: NodeId, x: number, y: number): void {
  if (!graph.hasNode(id) || !Number.isFinite(x) || !Number.isFinite(y)) return;
  graph.mergeNodeAttributes(id, { x, y, pinned: true, fixed: true });
}

/** Frees every pinned node. Returns how many were pinned. */
export function unpinAll(graph: ExplorerGraph): number {
  let count = 0;
  graph.updateEachNodeAttributes((_id, attrs) => {
    if (!attrs.pinned) return attrs;
    count++;
    return { ...attrs, pinned: false, fixed: false };
  });
  return count;
}
