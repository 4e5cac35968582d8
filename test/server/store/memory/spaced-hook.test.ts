// SpacedHook: a costly after-change hook runs between a load's batches only once enough time has passed; a free one every batch.
import { describe, expect, it } from "vitest";
import { HOOK_SPACING, SpacedHook } from "../../../../server/store/memory/spaced-hook.js";

/** A clock the test moves, and a hook that takes `cost` ms of it per run. */
function setUp(cost: number) {
  let now = 0;
  const runs: number[] = [];
  const hook = new SpacedHook(
    async () => {
      runs.push(now);
      now += cost;
    },
    () => now,
  );
  return { hook, runs, advance: (ms: number) => (now += ms) };
}

describe("SpacedHook", () => {
  it("runs a hook that costs nothing after every batch", async () => {
    const { hook, runs, advance } = setUp(0);
    for (let batch = 0; batch < 5; batch++) {
      advance(10);
      await hook.maybe();
    }
    await hook.flush();
    expect(runs).toEqual([10, 20, 30, 40, 50]);
  });

  it("waits HOOK_SPACING times the last run's cost before running a costly hook again, and flushes at the end", async () => {
    const { hook, runs, advance } = setUp(100);
    for (let batch = 0; batch < 12; batch++) {
      advance(50); // a batch
      await hook.maybe();
    }
    await hook.flush();
    // Batch 1 ends at 50: the first run (to 150). Then it waits until 4 × 100 ms after 150, the batch ending at
    // 550 (to 650); the next would be due at 1050, after the 12th batch (800): the flush runs it then.
    expect(runs).toEqual([50, 550, 800]);
    expect(550 - 150).toBe(HOOK_SPACING * 100);
  });

  it("runs on flush only when a batch since the last run is not yet persisted", async () => {
    const { hook, runs, advance } = setUp(100);
    advance(50);
    await hook.maybe(); // runs (nothing before it)
    await hook.flush(); // nothing pending
    expect(runs).toEqual([50]);
    advance(50);
    await hook.maybe(); // too soon: pending
    expect(runs).toEqual([50]);
    await hook.flush();
    expect(runs).toEqual([50, 200]);
  });
});
