// Benchmark d: Sigma vs vis-network and cytoscape.js in headless Chromium: first frame and fps during mouse drags.
import type { Page } from "playwright-core";
import { chromiumAvailable } from "../../test/helpers/browser.js";
import type { RendererKind, Scene } from "../browser/scene.js";
import { baEdgeList } from "../data/ba-generator.js";
import { mulberry32 } from "../data/random.js";
import { BA_SEED } from "../lib/graphs.js";
import { openRenderPage } from "../lib/render-page.js";
import { compare, Recorder, type GoalCheck } from "../lib/result.js";
import type { BenchContext, Suite } from "../lib/suite.js";

const KINDS: RendererKind[] = ["sigma-client", "sigma-large", "vis-network", "cytoscape"];
const MOUNT_TIMEOUT_MS = 240_000;

interface Measured {
  firstFrameMs: number;
  fps: number;
}

export const renderSuite: Suite = {
  name: "render",
  title: "Rendering in headless Chromium (SwiftShader WebGL, no GPU)",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    if (!chromiumAvailable()) {
      rec.note("Chromium not found: nothing ran");
      return rec.finish();
    }
    const sizes = ctx.quick ? [1_000] : [1_000, 10_000, 100_000];
    const dragMs = ctx.quick ? 1_000 : 3_000;
    const { page, close } = await openRenderPage();
    try {
      await measure(page, "sigma-client", scene(100, 4), 500); // warm-up: the first WebGL context is slow
      const floor = await measure(page, "sigma-client", scene(100, 4), dragMs);
      rec.data.push("Sigma floor: 20-node scene");
      for (const edges of sizes) {
        const s = scene(edges, 5);
        const label = edges >= 1000 ? `${edges / 1000}k edges` : `${edges} edges`;
        rec.data.push(`BA ${label}, ${s.x.length} nodes, seeded random positions`);
        const m: Partial<Record<RendererKind, Measured>> = {};
        for (const kind of KINDS) {
          try {
            m[kind] = await measure(page, kind, s, dragMs);
          } catch (error) {
            rec.note(`${kind} at ${label} did not finish: ${String(error).split("\n")[0]}`);
            // A mount still running in the page would block the next library: start a fresh page.
            await page.reload();
            await page.waitForSelector("body[data-ready=true]");
          }
        }
        const sigma = m["sigma-client"];
        const large = m["sigma-large"];
        const row = (
          subject: string,
          kindB: string,
          a: number | undefined,
          b: number | undefined,
          metric: "first frame" | "fps",
          goal?: GoalCheck,
        ) => {
          if (a === undefined || b === undefined) return;
          rec.add(
            compare(
              {
                subject: `${subject} ${metric}, ${label}`,
                baseline: kindB,
                metric,
                unit: metric === "fps" ? "fps" : "ms",
                value: a,
                baselineValue: b,
              },
              goal,
            ),
          );
        };
        const vis = m["vis-network"];
        const ffGoal =
          edges === 10_000 ? le(0.5, "vis-network") : edges === 100_000 ? le(0.15, "vis-network") : undefined;
        row(
          "Sigma (client settings)",
          "vis-network",
          sigma?.firstFrameMs,
          vis?.firstFrameMs,
          "first frame",
          ffGoal,
        );
        row(
          "Sigma (client settings)",
          "vis-network",
          sigma?.fps,
          vis?.fps,
          "fps",
          edges === 10_000 ? ge(2, "vis-network") : undefined,
        );
        row(
          "Sigma (client settings)",
          "cytoscape.js",
          sigma?.firstFrameMs,
          m.cytoscape?.firstFrameMs,
          "first frame",
        );
        row("Sigma (client settings)", "cytoscape.js", sigma?.fps, m.cytoscape?.fps, "fps");
        row(
          "Sigma (large-graph settings)",
          "Sigma (client settings)",
          large?.fps,
          sigma?.fps,
          "fps",
          edges >= 10_000 ? ge(3, "client settings") : undefined,
        );
        row(
          "Sigma (large-graph settings)",
          "Sigma (client settings)",
          large?.firstFrameMs,
          sigma?.firstFrameMs,
          "first frame",
        );
        row("Sigma (client settings)", "Sigma floor (20 nodes)", sigma?.fps, floor.fps, "fps");
        row(
          "Sigma (client settings)",
          "Sigma floor (20 nodes)",
          sigma?.firstFrameMs,
          floor.firstFrameMs,
          "first frame",
        );
      }
      const fa2Edges = ctx.quick ? 1_000 : 10_000;
      const fa2 = (await page.evaluate(
        ([sc, its, ms]) => (window as unknown as BenchWindow).bench.fa2(sc, its, ms),
        [scene(fa2Edges, 5), 10, ctx.quick ? 2_000 : 5_000] as const,
      )) as { workerMsPerIt: number; mainMsPerIt: number };
      rec.add(
        compare({
          subject: `FA2 web worker (client), BA ${fa2Edges / 1000}k`,
          baseline: "FA2 on the page's main thread",
          metric: "ms/iteration",
          unit: "ms/it",
          value: fa2.workerMsPerIt,
          baselineValue: fa2.mainMsPerIt,
        }),
      );
      rec.note(
        "fps = requestAnimationFrame callbacks per second on the page while page.mouse drags the stage; SwiftShader renders WebGL on the CPU, which is shared with the other jobs",
      );
    } finally {
      await close();
    }
    return rec.finish();
  },
};

type BenchWindow = {
  bench: {
    show(kind: RendererKind, s: Scene): Promise<number>;
    startFrames(): void;
    stopFrames(): { frames: number; ms: number };
    fa2(s: Scene, iterations: number, ms: number): Promise<unknown>;
  };
};

const le = (x: number, what: string): GoalCheck => ({ text: `≤ ${x}× ${what}`, check: (c) => c.ratio <= x });
const ge = (x: number, what: string): GoalCheck => ({ text: `≥ ${x}× ${what}`, check: (c) => c.ratio >= x });

/** BA data with seeded random positions; `edges` 100 stands for the floor scene: a 20-node chain. */
function scene(edges: number, m: number): Scene {
  const list =
    edges === 100
      ? {
          nodes: 20,
          sources: Int32Array.from([...Array(19).keys()]),
          targets: Int32Array.from([...Array(19).keys()], (i) => i + 1),
        }
      : baEdgeList({ edges, m, seed: BA_SEED });
  const rng = mulberry32(11);
  return {
    x: Array.from({ length: list.nodes }, () => rng() * 1000),
    y: Array.from({ length: list.nodes }, () => rng() * 1000),
    sources: Array.from(list.sources),
    targets: Array.from(list.targets),
  };
}

async function measure(page: Page, kind: RendererKind, s: Scene, dragMs: number): Promise<Measured> {
  const mounting = page.evaluate(([k, sc]) => (window as unknown as BenchWindow).bench.show(k, sc), [
    kind,
    s,
  ] as const);
  mounting.catch(() => undefined); // after a timeout the page is reloaded, which rejects this promise
  const firstFrameMs = await Promise.race([
    mounting,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${MOUNT_TIMEOUT_MS} ms`)), MOUNT_TIMEOUT_MS),
    ),
  ]);
  await page.mouse.move(600, 400);
  await page.mouse.down();
  await page.evaluate(() => (window as unknown as BenchWindow).bench.startFrames());
  const started = Date.now();
  for (let i = 0; Date.now() - started < dragMs; i++)
    await page.mouse.move(600 + 200 * Math.sin(i / 10), 400 + 120 * Math.cos(i / 10));
  const counted = await page.evaluate(() => (window as unknown as BenchWindow).bench.stopFrames());
  await page.mouse.up();
  return { firstFrameMs, fps: counted.frames / (counted.ms / 1000) };
}
