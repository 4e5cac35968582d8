// Paths between two entities as readable sentences, hop by hop with their evidence, and the path picker's state (pure).
import type { GraphEdge, GraphPath, NodeId } from "../../../server/domain/model.js";
import { relTypeText } from "./relationship-labels.js";

/** One hop of a path, as read from its first node to its last. */
export interface PathHop {
  from: string;
  to: string;
  /** "pledges": the relationship type in words. */
  verb: string;
  /** True when the edge points against the reading direction (the sentence shows "←"). */
  reversed: boolean;
  edge: GraphEdge;
}

/** The path picker: its two ends and the paths last found (each a list of node and edge ids). */
export interface PathsState {
  from: NodeId | null;
  to: NodeId | null;
  paths: readonly GraphPath[];
  /** Which path is highlighted on the canvas, when any. */
  active: number | null;
}

export const noPaths: PathsState = { from: null, to: null, paths: [], active: null };

export function setPathEnd(state: PathsState, end: "from" | "to", id: NodeId | null): PathsState {
  return { ...state, [end]: id, paths: [], active: null };
}

export function receivePaths(state: PathsState, paths: readonly GraphPath[]): PathsState {
  return { ...state, paths, active: paths.length > 0 ? 0 : null };
}

/** The hops of a path in reading order, each edge oriented against its neighbours. */
export function pathHops(path: GraphPath): PathHop[] {
  return path.edges.map((edge, i) => {
    const from = path.nodes[i]?.name ?? "?";
    const to = path.nodes[i + 1]?.name ?? "?";
    const reversed = edge.source !== path.nodes[i]?.id;
    return { from, to, verb: relTypeText(edge.type), reversed, edge };
  });
}

/**
 * A path as one line.
 * @example pathSentence(p) // "Japan → pledges → $550bn package ← funds ← TSMC"
 */
export function pathSentence(path: GraphPath): string {
  const first = path.nodes[0]?.name ?? "";
  return pathHops(path).reduce(
    (text, hop) => `${text} ${hop.reversed ? "←" : "→"} ${hop.verb} ${hop.reversed ? "←" : "→"} ${hop.to}`,
    first,
  );
}

/** The node and edge ids of the highlighted path: what the canvas lights up. */
export function activePathIds(state: PathsState): { nodes: Set<NodeId>; edges: Set<string> } | null {
  const path = state.active === null ? undefined : state.paths[state.active];
  if (!path) return null;
  return { nodes: new Set(path.nodes.map((n) => n.id)), edges: new Set(path.edges.map((e) => e.id)) };
}
