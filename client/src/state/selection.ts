// Pure producers for the selected node: select, receive its detail (unless the user moved on), clear.
import type { NodeId } from "../../../server/domain/model.js";
import type { AppState, NodeDetail, Problem } from "./app-state.js";

/** Selects a node; its detail starts loading. Re-selecting the same node keeps what is loaded. */
export function selectNode(state: AppState, id: NodeId): AppState {
  if (state.selection?.id === id && state.selection.status !== "error") return state;
  return { ...state, selection: { id, status: "loading", detail: null, problem: null } };
}

export function clearSelection(state: AppState): AppState {
  return state.selection ? { ...state, selection: null } : state;
}

/** The detail for `id` arrived; ignored when another node was selected meanwhile. */
export function receiveDetail(state: AppState, id: NodeId, detail: NodeDetail): AppState {
  if (state.selection?.id !== id) return state;
  return { ...state, selection: { id, status: "ready", detail, problem: null } };
}

export function detailFailed(state: AppState, id: NodeId, problem: Problem): AppState {
  if (state.selection?.id !== id) return state;
  return { ...state, selection: { id, status: "error", detail: null, problem } };
}
