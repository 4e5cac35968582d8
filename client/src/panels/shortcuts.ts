// Keyboard shortcuts for the canvas, and the "?" list of them. Ignored while typing, except Escape.
import { h, setChildren } from "./dom.js";

export interface ShortcutHandlers {
  focusSearch(): void;
  /** Closes the innermost open thing: help, menu, path highlight, then the selection. */
  escape(): void;
  hideSelection(): void;
  expandSelection(): void;
  openMenuOnSelection(): void;
  undo(): void;
  redo(): void;
  toggleHelp(): void;
}

/** The list shown by "?"; also the README's. */
export const SHORTCUTS: readonly [string, string][] = [
  ["/", "Search"],
  ["Esc", "Close the menu or dialog, clear the path highlight, then the selection"],
  ["Delete", "Hide the selected node"],
  ["E", "Expand the selected node (next page when already expanded)"],
  ["M or Shift+F10", "Open the context menu on the selected node"],
  ["Z or Ctrl/⌘+Z", "Undo"],
  ["Shift+Ctrl/⌘+Z or Ctrl+Y", "Redo"],
  ["?", "Show or hide this list"],
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Maps a key press to a handler; returns whether it was a shortcut (then the default is prevented). */
export function handleShortcut(event: KeyboardEvent, on: ShortcutHandlers): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (typing(event.target)) {
    // The field handles Escape itself (the search box closes its suggestions); leaving it comes next.
    if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
    return false;
  }
  if (event.key === "Escape") {
    on.escape();
    return true;
  }
  const key = event.key.toLowerCase();
  if (mod && key === "z") {
    if (event.shiftKey) on.redo();
    else on.undo();
  } else if (mod && key === "y") on.redo();
  else if (mod || event.altKey) return false;
  else if (event.key === "/") on.focusSearch();
  else if (event.key === "?") on.toggleHelp();
  else if (event.key === "Delete" || event.key === "Backspace") on.hideSelection();
  else if (key === "e") on.expandSelection();
  else if (key === "m" || event.key === "ContextMenu" || (event.shiftKey && event.key === "F10"))
    on.openMenuOnSelection();
  else if (key === "z") on.undo();
  else return false;
  return true;
}

/** Listens on the document and mounts the help dialog; `helpOpen` follows the state. */
export function mountShortcuts(on: ShortcutHandlers): { showHelp(open: boolean): void } {
  const dialog = h("div", {
    className: "shortcuts-dialog",
    attrs: { role: "dialog", "aria-modal": "true", "aria-label": "Keyboard shortcuts", tabindex: "-1" },
  });
  dialog.hidden = true;
  const close = h(
    "button",
    {
      className: "close",
      attrs: { type: "button", "aria-label": "Close" },
      on: { click: () => on.toggleHelp() },
    },
    "×",
  );
  setChildren(
    dialog,
    close,
    h("h2", {}, "Keyboard shortcuts"),
    h("dl", {}, ...SHORTCUTS.flatMap(([keys, what]) => [h("dt", {}, h("kbd", {}, keys)), h("dd", {}, what)])),
  );
  document.body.append(dialog);
  document.addEventListener("keydown", (event) => {
    if (handleShortcut(event, on)) event.preventDefault();
  });
  return {
    showHelp(open) {
      dialog.hidden = !open;
      if (open) dialog.focus();
    },
  };
}
