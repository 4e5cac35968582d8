// The colour theme: an explicit choice persisted in localStorage, else the system's prefers-color-scheme.

export type Theme = "light" | "dark";

export const THEME_KEY = "chipgraph.theme";

/** The theme to start with: a stored choice wins; otherwise the system preference. */
export function initialTheme(stored: string | null, prefersDark: boolean): Theme {
  if (stored === "light" || stored === "dark") return stored;
  return prefersDark ? "dark" : "light";
}

export function toggleTheme(theme: Theme): Theme {
  return theme === "dark" ? "light" : "dark";
}

/** Canvas colours per theme: the background exports paint and the label colour the SVG uses. */
export const THEME_COLORS: Record<Theme, { background: string; label: string }> = {
  light: { background: "#f6f6f3", label: "#1f2430" },
  dark: { background: "#14171d", label: "#e6e8ee" },
};
