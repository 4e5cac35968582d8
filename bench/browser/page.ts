// The render page's API for bench/suites/render.ts: mount a library, count frames, run FA2 worker vs main thread.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import fa2Worker from "graphology-layout-forceatlas2/worker.js";
import { positionsApi } from "./positions.js";
import { mount, sceneGraph, type Mounted } from "./renderers.js";
import type { RendererKind, Scene } from "./scene.js";

type ForceAtlas2 = typeof forceAtlas2Module.default;
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ??
  (forceAtlas2Module as unknown as ForceAtlas2);

type Supervisor = typeof fa2Worker.default;
const FA2Layout: Supervisor =
  (fa2Worker as unknown as { default?: Supervisor }).default ?? (fa2Worker as unknown as Supervisor);

let current: Mounted | null = null;
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
  /** Mounts `kind` on the stage (killing the previous one); the ms from plain arrays to the first frame. */
  async show(kind: RendererKind, scene: Scene): Promise<number> {
    current?.kill();
    current = null;
    const stage = document.getElementById("stage")!;
    stage.innerHTML = "";
    const t = performance.now();
    current = await mount(kind, scene, stage);
    return performance.now() - t;
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
  /** ms per iteration: FA2 in the client's web worker (for `ms`) vs `iterations` on the main thread. */
  async fa2(
    scene: Scene,
    iterations: number,
    ms: number,
  ): Promise<{ workerMsPerIt: number; mainMsPerIt: number }> {
    const graph = sceneGraph(scene);
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
    let updates = 0;
    graph.on("eachNodeAttributesUpdated", () => updates++);
    const layout = new FA2Layout(graph, { settings });
    layout.start();
    await new Promise((r) => setTimeout(r, ms));
    layout.kill();
    const main = sceneGraph(scene);
    const t = performance.now();
    forceAtlas2.assign(main, { iterations, settings });
    return { workerMsPerIt: ms / Math.max(updates, 1), mainMsPerIt: (performance.now() - t) / iterations };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = "true";
