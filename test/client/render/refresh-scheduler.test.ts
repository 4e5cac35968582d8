// The renderer's refresh scheduler: many requests before a frame become one refresh, full when any asked for it.
import { describe, expect, it } from "vitest";
import { createRefreshScheduler } from "../../../client/src/render/refresh-scheduler.js";

function fakeFrames() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    frame: (run: () => void) => (queue.set(next, run), next++),
    cancel: (handle: number) => void queue.delete(handle),
    flush() {
      const runs = [...queue.values()];
      queue.clear();
      runs.forEach((run) => run());
    },
    get size() {
      return queue.size;
    },
  };
}

describe("createRefreshScheduler", () => {
  it("coalesces requests made before a frame into one refresh", () => {
    const frames = fakeFrames();
    const calls: boolean[] = [];
    const scheduler = createRefreshScheduler((full) => calls.push(full), frames.frame, frames.cancel);
    scheduler.request(false);
    scheduler.request(false);
    expect(frames.size).toBe(1);
    expect(calls).toEqual([]);
    frames.flush();
    expect(calls).toEqual([false]);
  });

  it("refreshes fully when any request of the frame asked for it", () => {
    const frames = fakeFrames();
    const calls: boolean[] = [];
    const scheduler = createRefreshScheduler((full) => calls.push(full), frames.frame, frames.cancel);
    scheduler.request(false);
    scheduler.request(true);
    scheduler.request(false);
    frames.flush();
    scheduler.request(false);
    frames.flush();
    expect(calls).toEqual([true, false]);
  });

  it("flushes at once, replacing the pending frame, and repaints when nothing was pending", () => {
    const frames = fakeFrames();
    const calls: boolean[] = [];
    const scheduler = createRefreshScheduler((full) => calls.push(full), frames.frame, frames.cancel);
    scheduler.request(true);
    scheduler.flush();
    expect(calls).toEqual([true]);
    expect(frames.size).toBe(0);
    scheduler.flush();
    expect(calls).toEqual([true, false]);
  });

  it("does nothing after cancel", () => {
    const frames = fakeFrames();
    const calls: boolean[] = [];
    const scheduler = createRefreshScheduler((full) => calls.push(full), frames.frame, frames.cancel);
    scheduler.request(true);
    scheduler.cancel();
    frames.flush();
    expect(calls).toEqual([]);
  });
});
