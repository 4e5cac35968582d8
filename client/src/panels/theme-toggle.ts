// The dark-mode switch: follows prefers-color-scheme until the user chooses, then remembers the choice.
import { initialTheme, THEME_KEY, toggleTheme, type Theme } from "../state/theme.js";
import { h } from "./dom.js";

/** Storage that may be missing or throw (private mode, blocked cookies): the theme then lasts a visit. */
function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

function store(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not persisted; the toggle still works for this visit.
  }
}

/**
 * Mounts the toggle before `before`, sets `data-theme` on <html>, and calls `apply` now and on change.
 * Returns the current theme getter.
 */
export function mountThemeToggle(before: HTMLElement, apply: (theme: Theme) => void): () => Theme {
  const media = window.matchMedia?.("(prefers-color-scheme: dark)");
  let chosen = readStored() !== null;
  let theme = initialTheme(readStored(), media?.matches ?? false);
  const button = h("button", {
    className: "theme-toggle",
    attrs: { type: "button", id: "theme-toggle" },
    on: {
      click: () => {
        chosen = true;
        set(toggleTheme(theme));
        store(theme);
      },
    },
  });
  function set(next: Theme): void {
    theme = next;
    document.documentElement.dataset.theme = theme;
    button.setAttribute("aria-pressed", String(theme === "dark"));
    button.textContent = theme === "dark" ? "Light mode" : "Dark mode";
    button.title = theme === "dark" ? "Switch to the light theme" : "Switch to the dark theme";
    apply(theme);
  }
  media?.addEventListener?.("change", (e) => {
    if (!chosen) set(e.matches ? "dark" : "light");
  });
  before.before(button);
  set(theme);
  return () => theme;
}
