// Test-side builders for the render tests: node attributes as graph/ writes them, and a queue of animation frames.
import type { NodeAttributes } from "../../../client/src/graph/graph-data.js";

/** Node attributes as graph/ writes them; only the position varies. */
export const nodeAt = (id: string, x = 0, y = 0) => ({
  x,
  y,
  size: 4,
  color: "#888",
  label: id,
  nodeType: "Company",
  data: { id, name: id, type: "Company", properties: {} } as unknown as NodeAttributes["data"],
});

/** Animation frames run by hand: `request` queues a callback, `next` runs the queued ones (marked "|" in `calls`). */
export function frameQueue(calls: string[]) {
  const queued: (() => void)[] = [];
  return {
    request: (run: () => void) => void queued.push(run),
    /** Runs the next animation frame's callbacks; false when none was asked for. */
    next(): boolean {
      const runs = queued.splice(0);
      if (runs.length > 0) calls.push("|");
      runs.forEach((run) => run());
      return runs.length > 0;
    },
  };
}
