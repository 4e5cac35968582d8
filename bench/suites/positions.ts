// Benchmark: time to first frame of a > 100k-edge graph with server-cached positions vs running FA2 on load.
import os from "node:os";
import path from "node:path";
import { createApp } from "../../server/app.js";
import { silentLogger } from "../../server/logger.js";
import { chromiumAvailable } from "../../test/helpers/browser.js";
import type { Structure } from "../browser/positions.js";
import { dataSetName, indexedEdges, memoryStoreFor, type DataSet } from "../lib/graphs.js";
import { listen } from "../lib/http.js";
import { openRenderPage } from "../lib/render-page.js";
import { compare, Recorder } from "../lib/result.js";
import { now } from "../lib/stats.js";
import type { BenchContext, Suite } from "../lib/suite.js";

/**
 * FA2 iterations of the server's layout (POSITIONS_ITERATIONS) and of the baseline's layout on load: the same
 * number on both sides, since "computing on load" means computing the layout the server hands out. A full run
 * uses the server's default, 100; `--quick` uses 10 so it fits its time budget (both sides get cheaper, and the
 * ratio then understates the saving).
 */
const ITERATIONS = { full: 100, quick: 10 } as const;

type PositionsWindow = {
  bench: {
    serverPositionsFirstFrame(apiBase: string, s: Structure): Promise<number>;
    layoutOnLoadFirstFrame(s: Structure, iterations: number): Promise<number>;
  };
};

export const positionsSuite: Suite = {
  name: "positions",
  title: "Large-graph first frame: positions computed and cached on the server vs layout on load (Chromium)",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    if (!chromiumAvailable()) {
      rec.note("Chromium not found: nothing ran");
      return rec.finish();
    }
    const d: DataSet = { kind: "ba", edges: ctx.quick ? 110_000 : 200_000 };
    const iterations = ctx.quick ? ITERATIONS.quick : ITERATIONS.full;
    rec.data.push(`${dataSetName(d)} (memory store), POSITIONS_MIN_EDGES 100,000`);
    const { ids, sources, targets } = indexedEdges(d);
    const structure: Structure = { ids, sources: Array.from(sources), targets: Array.from(targets) };
    const store = await memoryStoreFor(d);
    const { page, close } = await openRenderPage();
    const pageOrigin = new URL(page.url()).origin;
    const api = await listen(
      createApp({
        store,
        config: {
          CLIENT_DIR: path.join(os.tmpdir(), "bench-no-client"),
          CORS_ORIGINS: pageOrigin,
          POSITIONS_ITERATIONS: iterations,
        },
        logger: silentLogger,
      }),
    );
    try {
      // Fill the server's cache first: this is work done once per graph version, not per page load.
      const t = now();
      for (;;) {
        const res = await fetch(`${api.url}/api/positions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ids: [ids[0]] }),
        });
        const { status } = (await res.json()) as { status: string };
        if (status === "ready") break;
        if (status !== "computing") throw new Error(`positions: the server answered "${status}"`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      rec.note(
        `the server computed the whole-graph layout (${iterations} FA2 iterations, Barnes-Hut, worker thread) in ${Math.round((now() - t) / 1000)} s, once per graph version`,
      );
      const subject = await page.evaluate(
        ([base, s]) => (window as unknown as PositionsWindow).bench.serverPositionsFirstFrame(base, s),
        [api.url, structure] as const,
      );
      const baseline = await page.evaluate(
        ([s, its]) => (window as unknown as PositionsWindow).bench.layoutOnLoadFirstFrame(s, its),
        [structure, iterations] as const,
      );
      rec.add(
        compare(
          {
            subject: `first frame with server-cached positions, ${dataSetName(d)} (${ids.length} nodes)`,
            baseline: `FA2 on load (${iterations} iterations, Barnes-Hut, page main thread) + first frame`,
            metric: "time to first frame",
            unit: "ms",
            value: subject,
            baselineValue: baseline,
          },
          { text: "≤ 0.05× layout on load", check: (c) => c.ratio <= 0.05 },
        ),
      );
      rec.note(
        "both paths get the node ids and edge list before the clock starts; the subject's clock covers POST /api/positions (10,000 ids a request), building the graphology graph and Sigma's first frame (large-graph settings)",
      );
    } finally {
      await api.close();
      await close();
    }
    return rec.finish();
  },
};
