// Performance mode: when the drawn graph is large enough for the large-graph Sigma settings (pure, with hysteresis).

/** "auto" follows the drawn edge count; "on" / "off" are the user's override, remembered across visits. */
export type PerformanceOverride = "auto" | "on" | "off";

export interface PerformanceMode {
  override: PerformanceOverride;
  /** The large-graph settings are applied now. */
  active: boolean;
}

/**
 * Drawn edges at which "auto" switches performance mode on. The render benchmark measured the large-graph
 * settings at ≈4× the default's drag fps on 10k edges; below a few thousand edges the default draws
 * smoothly and its arrows and edge labels are worth keeping.
 */
export const PERFORMANCE_EDGE_THRESHOLD = 5000;
/** "auto" switches off again only below threshold − hysteresis, so an expand/collapse at the edge does not flicker. */
export const PERFORMANCE_EDGE_HYSTERESIS = 1000;

export const PERFORMANCE_KEY = "chipgraph.performanceMode";

export const initialPerformance: PerformanceMode = { override: "auto", active: false };

/** Whether performance mode is on for `edges` drawn edges, given whether it was on before. */
export function performanceActive(wasActive: boolean, edges: number, override: PerformanceOverride): boolean {
  if (override !== "auto") return override === "on";
  if (wasActive) return edges >= PERFORMANCE_EDGE_THRESHOLD - PERFORMANCE_EDGE_HYSTERESIS;
  return edges >= PERFORMANCE_EDGE_THRESHOLD;
}

/** A stored value, or "auto" when missing or unknown. */
export function parseOverride(stored: string | null): PerformanceOverride {
  return stored === "on" || stored === "off" ? stored : "auto";
}

/** The chip's click order: auto → on → off → auto. */
export function nextOverride(override: PerformanceOverride): PerformanceOverride {
  return override === "auto" ? "on" : override === "on" ? "off" : "auto";
}

/** The chip's text and its tooltip: what the mode changes, and how the user can change it. */
export function performanceText(mode: PerformanceMode): { label: string; title: string } {
  const how =
    mode.override === "auto"
      ? `Automatic: on from ${PERFORMANCE_EDGE_THRESHOLD.toLocaleString("en")} drawn relationships.`
      : `Forced ${mode.override} by you.`;
  // Short: it shares the top bar with the status line, whose counts must stay readable.
  const label = `Performance: ${mode.active ? "on" : "off"}${mode.override === "auto" ? "" : " (forced)"}`;
  const what = mode.active
    ? "Edges are drawn as plain lines without arrows or labels, edges and labels hide while you pan or drag, edges hide while the layout runs, and fewer node labels are shown."
    : "Full drawing: arrows, curved parallel edges, edge labels when zoomed in, and dense node labels.";
  return {
    label,
    title: `Performance mode is ${mode.active ? "on" : "off"}. ${what} ${how} Click to switch between auto, on and off.`,
  };
}
