// Spaces out the memory store's after-change hook (a DATA_DIR snapshot) between the batches of one load.

/**
 * Runs the after-change hook (persist.ts: a snapshot of the whole graph, ~1–3 s at a million items) between a
 * load's batches only once the time since its last run is at least HOOK_SPACING times what that run took, so
 * snapshots take at most about 1 / (1 + HOOK_SPACING) of a load's time: a WordNet import into a persistent store
 * spent 478 s on 173 snapshots, one per batch. A hook that costs nothing (no DATA_DIR) still runs every batch.
 */
export const HOOK_SPACING = 4;

export class SpacedHook {
  private lastEnd: number;
  private lastTook = 0;
  private pending = false;

  /** @param clock milliseconds, performance.now by default (tests pass their own). */
  constructor(
    private readonly run: () => Promise<void>,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.lastEnd = clock();
  }

  /** After a batch: run the hook now, or leave it pending for a later batch or flush. */
  async maybe(): Promise<void> {
    this.pending = true;
    if (this.clock() - this.lastEnd >= HOOK_SPACING * this.lastTook) await this.now();
  }

  async flush(): Promise<void> {
    if (this.pending) await this.now();
  }

  private async now(): Promise<void> {
    const started = this.clock();
    this.pending = false;
    await this.run();
    this.lastEnd = this.clock();
    this.lastTook = this.lastEnd - started;
  }
}
