// The Sigma settings the client draws with: the default, and the large-graph ("performance mode") set.
// bench/browser/scene.ts imports both, so the render benchmark measures exactly what ships.

/** The default drawing: arrows, edge labels when zoomed in, dense node labels, hover/selection z-order. */
export const DEFAULT_SIGMA_SETTINGS = {
  defaultEdgeType: "arrow",
  renderEdgeLabels: true,
  hideEdgesOnMove: false,
  hideLabelsOnMove: false,
  // Only the larger nodes get labels when zoomed out; the grid keeps them from piling up.
  labelDensity: 0.5,
  labelGridCellSize: 160,
  labelRenderedSizeThreshold: 6,
  zIndex: true,
  stagePadding: 40,
} as const;

/**
 * Large graphs: plain line edges (the renderer's edge reducer also turns arrows and curves into lines),
 * nothing drawn on edges or labels while the camera moves, no edge labels, far fewer node labels, and no
 * z-index sort. Measured at 3.98× (10k edges) and 4.23× (100k) the default's drag fps, and 3.33× and 4.07×
 * Sigma's own defaults' (bench render suite, 2026-11-23).
 */
export const LARGE_GRAPH_SIGMA_SETTINGS = {
  defaultEdgeType: "line",
  renderEdgeLabels: false,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  labelDensity: 0.07,
  labelGridCellSize: 200,
  labelRenderedSizeThreshold: 12,
  zIndex: false,
  stagePadding: 40,
} as const;
