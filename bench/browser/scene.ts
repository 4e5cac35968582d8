// The data the render page draws: node positions and edges as plain arrays, as the Node side sends them.

export interface Scene {
  x: number[];
  y: number[];
  sources: number[];
  targets: number[];
}

/** The client's Sigma settings today (client/src/render/renderer.ts), minus its reducers and curved program. */
export const CLIENT_SIGMA_SETTINGS = {
  defaultEdgeType: "arrow",
  renderEdgeLabels: true,
  labelDensity: 0.5,
  labelGridCellSize: 160,
  labelRenderedSizeThreshold: 6,
  zIndex: true,
  stagePadding: 40,
} as const;

/**
 * Proposed large-graph settings (the client has none yet): plain line edges, nothing drawn on
 * edges while the camera moves, no edge labels, far fewer node labels. For graphs above a threshold.
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

export type RendererKind = "sigma-client" | "sigma-large" | "vis-network" | "cytoscape";
