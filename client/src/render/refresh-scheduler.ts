// Coalesces the renderer's redraw requests into one Sigma refresh per animation frame.

export interface RefreshScheduler {
  /** Asks for a redraw; `full` re-indexes the data (style, filters), otherwise only reducers and paint run. */
  request(full: boolean): void;
  /** Refreshes now (what is pending, at least a repaint): camera moves need up-to-date display data. */
  flush(): void;
  cancel(): void;
}

/**
 * One store change (counts after a load, say) reaches several renderer methods — style, exploration, paint —
 * and each used to refresh Sigma synchronously: on a 10k-edge view that was several full re-indexings in one
 * main-thread task. Requests made before the next frame now become a single refresh, full if any asked so.
 */
export function createRefreshScheduler(
  refresh: (full: boolean) => void,
  frame: (run: () => void) => number = (run) => requestAnimationFrame(run),
  cancelFrame: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
): RefreshScheduler {
  let pending: "none" | "paint" | "full" = "none";
  let handle: number | null = null;
  return {
    request(full) {
      pending = full ? "full" : pending === "none" ? "paint" : pending;
      if (handle !== null) return;
      handle = frame(() => {
        handle = null;
        const kind = pending;
        pending = "none";
        if (kind !== "none") refresh(kind === "full");
      });
    },
    flush() {
      if (handle !== null) cancelFrame(handle);
      handle = null;
      const kind = pending;
      pending = "none";
      refresh(kind === "full");
    },
    cancel() {
      if (handle !== null) cancelFrame(handle);
      handle = null;
      pending = "none";
    },
  };
}
