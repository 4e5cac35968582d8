// The real client in headless Chromium on a generated graph: the longest main-thread task while it loads and settles.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createApp } from "../../server/app.js";
import type { GraphExport } from "../../server/domain/model.js";
import { silentLogger } from "../../server/logger.js";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { buildClient, launchChromium } from "../../test/helpers/browser.js";
import { listen } from "./http.js";

export interface SettleTasks {
  /** Drawn on the canvas once loaded. */
  nodes: number;
  edges: number;
  /** Longest task from the overview's arrival until the layout starts (JSON, graph ingestion, Sigma indexing, first frame). */
  ingestMaxMs: number;
  /**
   * Longest task while ForceAtlas2 runs in its worker and Sigma redraws: from the layout's start until
   * SETTLE_TAIL_MS after it is idle again, so the redraw its stop asks for (a frame or more later) counts.
   */
  settleMaxMs: number;
  /** Longest task from the layout's stop (the task that stops it) until SETTLE_TAIL_MS after: its redraw. */
  stopMaxMs: number;
  /** Tasks over 50 ms in both phases. */
  over50: number;
  /** Wall time of the settle phase. */
  settleMs: number;
}

/**
 * How long after the layout reports idle its stop's redraw still counts as settling. The page is left alone
 * meanwhile (no input), so whatever runs then is the stop's own work: one full re-index on the next frame, or
 * a re-index spread over the frames after it (render/layout-frames.ts). The window used to end at idle, which
 * left that redraw out (fourth pass).
 */
export const SETTLE_TAIL_MS = 2000;

/** Runs in the page before any script: records long tasks and when the canvas's data-load / data-layout change. */
const OBSERVE = `
  window.__bench = { tasks: [], marks: {} };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name.includes("/api/overview")) window.__bench.marks.response = e.responseEnd;
  }).observe({ type: "resource", buffered: true });
  document.addEventListener("DOMContentLoaded", () => {
    const graph = document.getElementById("graph");
    new MutationObserver(() => {
      const m = window.__bench.marks;
      if (graph.dataset.load === "ready" && m.ready === undefined) m.ready = performance.now();
      if (graph.dataset.layout === "running" && m.layoutStart === undefined) m.layoutStart = performance.now();
      if (graph.dataset.layout === "idle" && m.layoutStart !== undefined && m.layoutEnd === undefined)
        m.layoutEnd = performance.now();
    }).observe(graph, { attributes: true });
  });
`;

/** Builds the client (unless given one), serves it with `data` in a memory store, and measures one load-and-settle. */
export async function measureClientSettle(
  data: GraphExport,
  options: { timeoutMs?: number; clientDir?: string } = {},
): Promise<SettleTasks> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const outDir = options.clientDir ?? (await mkdtemp(path.join(os.tmpdir(), "bench-client-")));
  // A given clientDir is a build made elsewhere (e.g. an older commit's client, for a before/after).
  if (!options.clientDir) await buildClient(outDir);
  const store = await createMemoryStore(data);
  const server = await listen(createApp({ store, config: { CLIENT_DIR: outDir }, logger: silentLogger }));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(OBSERVE);
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { marks: { layoutEnd?: number } } }).__bench.marks.layoutEnd,
      undefined,
      { timeout: timeoutMs, polling: 200 },
    );
    // The stop's redraw, then a moment for the observer to deliver the last long tasks (reported after they end).
    await page.waitForTimeout(SETTLE_TAIL_MS + 500);
    const { tasks, marks, nodes, edges } = await page.evaluate(() => {
      const bench = (
        window as unknown as {
          __bench: { tasks: { start: number; duration: number }[]; marks: Record<string, number> };
        }
      ).__bench;
      const graph = document.getElementById("graph")!;
      return { ...bench, nodes: Number(graph.dataset.nodeCount), edges: Number(graph.dataset.edgeCount) };
    });
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ marks, tasks }));
    const from = marks.response ?? 0;
    const layoutStart = marks.layoutStart ?? Infinity;
    const layoutEnd = marks.layoutEnd ?? Infinity;
    const inPhase = (a: number, b: number) =>
      tasks.filter((t) => t.start + t.duration > a && t.start < b).map((t) => t.duration);
    const ingest = inPhase(from, layoutStart);
    const settle = inPhase(layoutStart, layoutEnd + SETTLE_TAIL_MS);
    return {
      nodes,
      edges,
      ingestMaxMs: Math.max(0, ...ingest),
      settleMaxMs: Math.max(0, ...settle),
      stopMaxMs: Math.max(0, ...inPhase(layoutEnd, layoutEnd + SETTLE_TAIL_MS)),
      over50: [...ingest, ...settle].filter((d) => d > 50).length,
      settleMs: layoutEnd - layoutStart,
    };
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    if (!options.clientDir) await rm(outDir, { recursive: true, force: true });
  }
}
