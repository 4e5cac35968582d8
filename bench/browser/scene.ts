// The data the render page draws: node positions and edges as plain arrays, as the Node side sends them.

export interface Scene {
  x: number[];
  y: number[];
  sources: number[];
  targets: number[];
}

/**
 * The client's own settings objects (client/src/render/large-graph-settings.ts), minus its reducers and curved
 * program: the default drawing and the large-graph ("performance mode") one it switches to above
 * PERFORMANCE_EDGE_THRESHOLD drawn edges. Imported, not copied, so the benchmark measures what ships.
 */
export {
  DEFAULT_SIGMA_SETTINGS as CLIENT_SIGMA_SETTINGS,
  LARGE_GRAPH_SIGMA_SETTINGS,
} from "../../client/src/render/large-graph-settings.js";

/** "sigma-defaults" is Sigma with the library's own settings: the "default Sigma" the large-graph goal compares with. */
export type RendererKind = "sigma-defaults" | "sigma-client" | "sigma-large" | "vis-network" | "cytoscape";
