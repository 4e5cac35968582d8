// Preload (`node --import tsx --import ./test/faults/loop-delay.ts …`) for fault scripts' child servers: event-loop delay.
import { writeSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Sampling interval of the histogram. Node records the time between timer callbacks, so each sample is
 * this interval plus the lag; the lag is reported with the interval subtracted.
 */
const RESOLUTION_MS = 10;

const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();

const lagMs = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);

// SIGUSR2 (unused by Node and by the server): print the lag since the last SIGUSR2 and start afresh, so
// the test reads exactly its load window. Nothing is served over HTTP; without this preload nothing runs.
process.on("SIGUSR2", () => {
  const figures = {
    p50: lagMs(histogram.percentile(50)),
    p99: lagMs(histogram.percentile(99)),
    max: lagMs(histogram.max),
    samples: histogram.count,
  };
  writeSync(1, `loop-delay ${JSON.stringify(figures)}\n`);
  histogram.reset();
});
