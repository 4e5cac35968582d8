// Keyboard shortcuts wired to the explorer: what each key does to the selection, the canvas and the panels.
import type { NodeId } from "../../../server/domain/model.js";
import { mountShortcuts } from "../panels/shortcuts.js";
import type { AppState } from "../state/app-state.js";
import type { ExplorationState } from "../state/exploration.js";
import type { Store } from "../state/store.js";
import type { Actions } from "./actions.js";
import type { CanvasActions } from "./canvas-actions.js";
import type { ExplorationActions } from "./exploration-actions.js";

export interface ShortcutDeps {
  app: Store<AppState>;
  store: Store<ExplorationState>;
  actions: Pick<Actions, "clearSelection">;
  canvasActions: CanvasActions;
  explore: ExplorationActions;
  openMenu(id: NodeId, x: number, y: number): void;
  /** Where a node is drawn, in the canvas's pixels (null when it is not). */
  nodeViewport(id: NodeId): { x: number; y: number } | null;
  canvas: HTMLElement;
}

/** Listens for the shortcuts (see panels/shortcuts.ts for the list) and shows or hides their help. */
export function mountShortcutActions(deps: ShortcutDeps): void {
  const help = mountShortcuts({
    focusSearch() {
      const input = document.querySelector<HTMLInputElement>("#search input");
      input?.focus();
      input?.select(); // typing replaces the last search
    },
    escape() {
      const s = deps.store.get();
      if (s.shortcutsOpen) deps.store.update((x) => ({ ...x, shortcutsOpen: false }));
      else if (s.menu) deps.store.update((x) => ({ ...x, menu: null }));
      else if (s.paths.active !== null) deps.explore.choosePath(null);
      else deps.actions.clearSelection();
    },
    hideSelection() {
      const id = deps.app.get().selection?.id;
      if (id) deps.canvasActions.hide([id]);
    },
    expandSelection() {
      const id = deps.app.get().selection?.id;
      if (!id) return;
      if (deps.store.get().expansions[id]?.more) void deps.canvasActions.more(id);
      else void deps.canvasActions.expand(id);
    },
    openMenuOnSelection() {
      const id = deps.app.get().selection?.id;
      const at = id ? deps.nodeViewport(id) : null;
      if (!id || !at) return;
      const box = deps.canvas.getBoundingClientRect();
      deps.openMenu(id, box.left + at.x + 12, box.top + at.y + 12);
    },
    undo: () => deps.canvasActions.undo(),
    redo: () => deps.canvasActions.redo(),
    toggleHelp: () => deps.store.update((s) => ({ ...s, shortcutsOpen: !s.shortcutsOpen })),
  });
  deps.store.subscribe((s, prev) => {
    if (s.shortcutsOpen !== prev.shortcutsOpen) help.showHelp(s.shortcutsOpen);
  });
}
