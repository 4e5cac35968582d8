// The exploration slice: filters, as-of date, paths, canvas history, expansions, open menus (plain state).
import type { NodeId } from "../../../server/domain/model.js";
import { noFilters, type Filters } from "./filters.js";
import { createHistory, type History } from "./history.js";
import { emptySnapshot, type CanvasSnapshot, type Expansion } from "./history-canvas.js";
import { noPaths, type PathsState } from "./paths.js";

export interface ContextMenuState {
  id: NodeId;
  /** Page coordinates the menu opens at. */
  x: number;
  y: number;
}

export interface ExplorationState {
  filters: Filters;
  /** YYYY-MM-DD, or null for "everything, whenever dated". */
  asOf: string | null;
  playing: boolean;
  paths: PathsState;
  history: History<CanvasSnapshot>;
  expansions: Readonly<Record<NodeId, Expansion>>;
  menu: ContextMenuState | null;
  shortcutsOpen: boolean;
  /** Visible after filters and time: shown in the panel and on the canvas element for tests. */
  visible: { nodes: number; edges: number };
}

export const initialExploration: ExplorationState = {
  filters: noFilters,
  asOf: null,
  playing: false,
  paths: noPaths,
  history: createHistory(emptySnapshot),
  expansions: {},
  menu: null,
  shortcutsOpen: false,
  visible: { nodes: 0, edges: 0 },
};
