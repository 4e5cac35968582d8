// The render page's API for bench/suites/render.ts: mount a library, count frames, run FA2 worker vs main thread.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import fa2Worker from "graphology-layout-forceatlas2/worker.js";
import { positionsApi } from "./positions.js";
import { draw, prepare, sceneGraph, type Mounted } from "./renderers.js";
import type { RendererKind, Scene } from "./scene.js";

type ForceAtlas2 = typeof forceAtlas2Module.default;
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ??
  (forceAtlas2Module as unknown as ForceAtlas2);

type Supervisor = typeof fa2Worker.default;
const FA2Layout: Supervisor =
  (fa2Worker as unknown as { default?: Supervisor }).default ?? (fa2Worker as unknown as Supervisor);

let current: Mounted | null = null;

/**
 * Collects the garbage of the mount just killed (the warm-up's: the suite gives each measured mount a page of
 * its own) and lets its leftover timers run out, so none of it lands in the next mount's clock.
 */
async function quiet(): Promise<void> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 300));
  gc?.();
}

let counting = false;
let frames = 0;
let countStart = 0;

function tick(): void {
  if (!counting) return;
  frames++;
  requestAnimationFrame(tick);
}

const api = {
  ...positionsApi, // server-cached positions vs layout on load (bench/suites/positions.ts)
  /**
   * Mounts `kind` on the stage (killing the previous one). `buildMs`: the scene's arrays into the library's own
   * input (graphology graph, vis DataSets, cytoscape elements); `drawMs`: that input to its first frame.
   */
  async show(kind: RendererKind, scene: Scene): Promise<{ buildMs: number; drawMs: number }> {
    current?.kill();
    current = null;
    const stage = document.getElementById("stage")!;
    stage.innerHTML = "";
    await quiet();
    const t = performance.now();
    const input = prepare(kind, scene);
    const built = performance.now();
    current = await draw(input, stage);
    return { buildMs: built - t, drawMs: performance.now() - built };
  },
  startFrames(): void {
    counting = true;
    frames = 0;
    countStart = performance.now();
    requestAnimationFrame(tick);
  },
  stopFrames(): { frames: number; ms: number } {
    counting = false;
    return { frames, ms: performance.now() - countStart };
  },
  /**
   * ms per iteration of FA2 (Barnes-Hut) on this page: in the client's web worker for `ms` (steady state: from
   * its first position update to its last, so the worker's start and the graph's transfer are left out), then
   * `iterations` on the main thread.
   */
  async fa2(
    scene: Scene,
    iterations: number,
    ms: number,
  ): Promise<{ workerMsPerIt: number; workerIterations: number; mainMsPerIt: number }> {
    const graph = sceneGraph(scene);
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
    const updates: number[] = [];
    graph.on("eachNodeAttributesUpdated", () => updates.push(performance.now()));
    const layout = new FA2Layout(graph, { settings });
    layout.start();
    await new Promise((r) => setTimeout(r, ms));
    layout.kill();
    const main = sceneGraph(scene);
    forceAtlas2.assign(main, { iterations: 1, settings }); // warm-up, as the worker's first iteration is left out
    const t = performance.now();
    forceAtlas2.assign(main, { iterations, settings });
    const steady = updates.length >= 2 ? (updates.at(-1)! - updates[0]!) / (updates.length - 1) : Number.NaN;
    return {
      workerMsPerIt: steady,
      workerIterations: updates.length,
      mainMsPerIt: (performance.now() - t) / iterations,
    };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = "true";
