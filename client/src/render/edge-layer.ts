// The edge layers' visibility, shared by every reason to hide them: each hides and shows only its own.
import type Sigma from "sigma";

/** Why the edges are off screen: the layout's cheap frames, the stop's re-index, or a process's deferred writes. */
export type EdgeHideReason = "layout" | "reindex" | "writes";

export interface EdgeLayer {
  /** Hides (true) or stops hiding (false) the edges for this reason; they show when no reason is left. */
  hide(reason: EdgeHideReason, hidden: boolean): void;
  /** True while some reason hides them. */
  hidden(): boolean;
}

/**
 * The layout frames and the deferred edge writes (render/edge-writes-in-slices.ts) both hide the edges while
 * their program data is stale, and they overlap (writes deferred while the layout runs): one showing the edges
 * must not bring back a layer the other still needs hidden. Edge labels go with the edges they label.
 */
export function createEdgeLayer(sigma: Sigma): EdgeLayer {
  const reasons = new Set<EdgeHideReason>();
  function apply(): void {
    const canvases = sigma.getCanvases();
    const visibility = reasons.size > 0 ? "hidden" : "";
    for (const layer of [canvases.edges, canvases.edgeLabels])
      if (layer !== undefined) layer.style.visibility = visibility;
  }
  return {
    hide(reason, hidden) {
      const had = reasons.size > 0;
      if (hidden) reasons.add(reason);
      else reasons.delete(reason);
      if (had !== reasons.size > 0) apply();
    },
    hidden: () => reasons.size > 0,
  };
}
