// Hover and highlight: which node is hovered, and how every node and edge should be emphasised around it.
import type { NodeId } from "../../../server/domain/model.js";
import type { AppState } from "./app-state.js";

export function hoverNode(state: AppState, id: NodeId | null): AppState {
  return state.hovered === id ? state : { ...state, hovered: id };
}

/** The neighbourhood that stays lit while a node is hovered. */
export interface Focus {
  center: NodeId;
  neighbours: ReadonlySet<NodeId>;
}

export type Emphasis = "normal" | "center" | "neighbour" | "dimmed";

export function createFocus(center: NodeId, neighbours: Iterable<NodeId>): Focus {
  return { center, neighbours: new Set(neighbours) };
}

/** With no focus everything is normal; with one, only the centre and its neighbours stay lit. */
export function nodeEmphasis(focus: Focus | null, id: NodeId): Emphasis {
  if (!focus) return "normal";
  if (id === focus.center) return "center";
  return focus.neighbours.has(id) ? "neighbour" : "dimmed";
}

/** An edge stays lit only when it touches the focused node. */
export function edgeEmphasis(focus: Focus | null, source: NodeId, target: NodeId): Emphasis {
  if (!focus) return "normal";
  return source === focus.center || target === focus.center ? "neighbour" : "dimmed";
}
