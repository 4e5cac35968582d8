// Deferred edge writes: a large view's structural process leaves its edges to later frames, hidden until drawn.
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import { createGraph, type ExplorerGraph } from "../../../client/src/graph/graph-data.js";
import { createEdgeLayer } from "../../../client/src/render/edge-layer.js";
import { createEdgeWritesInSlices } from "../../../client/src/render/edge-writes-in-slices.js";
import { EDGE_CHUNK, EDGE_FRAME_BUDGET_MS } from "../../../client/src/render/layout-frames.js";
import type { EdgeWriter, ProcessHooks } from "../../../client/src/render/sigma-edge-writes.js";
import { frameQueue, nodeAt } from "./render-fixtures.js";

function graphWith(nodes: number, edges: number): ExplorerGraph {
  const graph = createGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, nodeAt(`n${i}`));
  for (let e = 0; e < edges; e++) graph.addEdgeWithKey(`e${e}`, `n${e % nodes}`, `n${(e + 1) % nodes}`);
  return graph;
}

/**
 * Deferred writes over a fake Sigma (canvases, render events) and a fake process wrapper whose writer counts
 * edges down; frames are run by hand, and each chunk takes half the frame budget on the fake clock.
 */
function setUp(edges: number, minEdges = 100) {
  const graph = graphWith(10, edges);
  const edgeCanvas = { style: { visibility: "" } };
  const listeners = new Map<string, () => void>();
  const calls: string[] = [];
  const sigma = {
    getCanvases: () => ({ edges: edgeCanvas, edgeLabels: { style: { visibility: "" } } }),
    on: (event: string, fn: () => void) => void listeners.set(event, fn),
    removeListener: (event: string) => void listeners.delete(event),
    scheduleRender: () => void calls.push("render"),
  } as unknown as Sigma;
  let hooks: ProcessHooks | null = null;
  let left = 0;
  /** Sigma has a process pending: the writer makes no progress until it runs. */
  let processPending = false;
  let clock = 0;
  let restored = false;
  const writer: EdgeWriter = {
    writeNext(count) {
      if (processPending) return left;
      const n = Math.min(count, left);
      left -= n;
      calls.push(`write ${n}`);
      clock += EDGE_FRAME_BUDGET_MS / 2;
      return left;
    },
    left: () => left,
    restore: () => void (restored = true),
  };
  const frames = frameQueue(calls);
  const layer = createEdgeLayer(sigma);
  const writes = createEdgeWritesInSlices(sigma, graph, layer, {
    frameRequest: frames.request,
    now: () => clock,
    minEdges,
    intercept: (_sigma, _graph, h) => ((hooks = h), writer),
  });
  return {
    graph,
    layer,
    writes,
    calls,
    hooks: () => hooks!,
    restored: () => restored,
    edgesVisibility: () => edgeCanvas.style.visibility,
    setProcessPending: (pending: boolean) => void (processPending = pending),
    /** A process: deferred (its edges left to the writer) when the hooks ask for it, as the real wrapper does. */
    process() {
      processPending = false;
      const defer = hooks!.deferEdges();
      left = defer ? graph.size : 0;
      hooks!.processed(left);
    },
    /** Sigma drew a frame. */
    render: () => listeners.get("afterRender")?.(),
    /** Runs the next animation frame's callbacks (marked "|" in `calls`); false when none was asked for. */
    nextFrame: frames.next,
  };
}

describe("edge writes in slices", () => {
  it("leaves a small view's process whole, even after nodes were added", () => {
    const s = setUp(50);
    s.graph.addNode("late", nodeAt("late"));
    expect(s.hooks().deferEdges()).toBe(false);
  });

  it("defers a large view's edges after nodes or edges were added or dropped, not for a repaint", () => {
    const s = setUp(500);
    expect(s.hooks().deferEdges()).toBe(false);
    s.graph.dropEdge("e0");
    expect(s.hooks().deferEdges()).toBe(true);
    s.process();
    s.render();
    while (s.nextFrame()) s.render();
    expect(s.writes.pending()).toBe(false);
    expect(s.hooks().deferEdges()).toBe(false);
  });

  it("writes the edges a frame's budget at a time, hidden until Sigma has drawn them all", () => {
    const s = setUp(EDGE_CHUNK * 3 + 10);
    s.graph.addNode("late", nodeAt("late"));
    s.process();
    expect(s.edgesVisibility()).toBe("hidden");
    expect(s.writes.pending()).toBe(true);
    const seen: string[] = [];
    while (s.nextFrame()) seen.push(s.edgesVisibility());
    const chunk = `write ${EDGE_CHUNK}`;
    expect(s.calls).toEqual(["|", chunk, chunk, "|", chunk, "write 10", "render"]);
    expect(seen).toEqual(["hidden", "hidden"]);
    s.render();
    expect(s.edgesVisibility()).toBe("");
    expect(s.writes.pending()).toBe(false);
  });

  it("ends the pending edges when a process does every edge itself", () => {
    const s = setUp(EDGE_CHUNK * 4, EDGE_CHUNK * 4 - 1);
    s.graph.addNode("late", nodeAt("late"));
    s.process();
    s.nextFrame();
    s.graph.dropEdge("e0"); // now at the threshold: the next process does its edges itself
    s.process();
    expect(s.edgesVisibility()).toBe("");
    expect(s.writes.pending()).toBe(false);
    const before = s.calls.length;
    while (s.nextFrame());
    expect(s.calls.slice(before).filter((c) => c !== "|")).toEqual([]);
  });

  it("starts the edges over when a process defers them again meanwhile, and keeps them hidden", () => {
    const s = setUp(EDGE_CHUNK * 4);
    s.graph.addNode("late", nodeAt("late"));
    s.process();
    s.nextFrame();
    expect(s.hooks().deferEdges()).toBe(true); // a repaint while edges are pending defers too
    s.process();
    while (s.nextFrame()) expect(s.edgesVisibility()).toBe("hidden");
    const written = s.calls.filter((c) => c.startsWith("write")).map((c) => Number(c.split(" ")[1]));
    expect(written.reduce((a, b) => a + b, 0)).toBe(EDGE_CHUNK * 2 + s.graph.size);
    s.render();
    expect(s.edgesVisibility()).toBe("");
  });

  it("waits a frame when Sigma has a process pending instead of spinning on the budget", () => {
    const s = setUp(EDGE_CHUNK * 2);
    s.graph.addNode("late", nodeAt("late"));
    s.process();
    s.setProcessPending(true);
    s.nextFrame();
    expect(s.calls).toEqual(["|"]);
    expect(s.nextFrame()).toBe(true); // asks again next frame
    s.setProcessPending(false);
    while (s.nextFrame());
    expect(s.calls.at(-1)).toBe("render");
  });

  it("defers while the layer is hidden for another reason, and shows it only when both are done", () => {
    const s = setUp(EDGE_CHUNK);
    s.layer.hide("layout", true);
    expect(s.hooks().deferEdges()).toBe(true);
    s.process();
    while (s.nextFrame());
    s.render();
    expect(s.edgesVisibility()).toBe("hidden");
    s.layer.hide("layout", false);
    expect(s.edgesVisibility()).toBe("");
  });

  it("gives Sigma its own process back when killed", () => {
    const s = setUp(EDGE_CHUNK);
    s.writes.kill();
    expect(s.restored()).toBe(true);
  });
});
