// Cheap layout frames: nodes move without Sigma re-indexing the view, edges hide until the layout stops.
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import {
  createGraph,
  type ExplorerGraph,
  type NodeAttributes,
} from "../../../client/src/graph/graph-data.js";
import {
  createLayoutFrames,
  EDGE_SLICE,
  place,
  placementFor,
  positionsBox,
  unplace,
  type Box,
} from "../../../client/src/render/layout-frames.js";

/** Sigma's normalisation for a box (sigma/utils createNormalizationFunction). */
function normalise(box: Box, x: number, y: number): { x: number; y: number } {
  const side = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]) || 1;
  const cx = (box.x[0] + box.x[1]) / 2;
  const cy = (box.y[0] + box.y[1]) / 2;
  return { x: 0.5 + (x - cx) / side, y: 0.5 + (y - cy) / side };
}

type RefreshOptions = Parameters<Sigma["refresh"]>[0];

/** The edges a recorded refresh re-read (0 for a plain render). */
const edgesIn = (r: RefreshOptions | "render") =>
  r === "render" ? 0 : (r?.partialGraph?.edges?.length ?? 0);

/** The few Sigma methods layout frames use, recording refreshes. */
function fakeSigma(box: Box) {
  const edges = { style: { visibility: "" } };
  const edgeLabels = { style: { visibility: "" } };
  const listeners = new Map<string, () => void>();
  const refreshes: (RefreshOptions | "render")[] = [];
  const sigma = {
    getCanvases: () => ({ edges, edgeLabels }),
    getBBox: () => box,
    refresh: (options: RefreshOptions) => void refreshes.push(options),
    scheduleRender: () => void refreshes.push("render"),
    on: (event: string, fn: () => void) => void listeners.set(event, fn),
    removeListener: (event: string) => void listeners.delete(event),
  };
  return {
    sigma: sigma as unknown as Sigma,
    refreshes,
    edgesVisibility: () => edges.style.visibility,
    process: () => listeners.get("afterProcess")?.(),
  };
}

/** Node attributes as graph/ writes them; only the position matters here. */
const at = (id: string, x: number, y: number) => ({
  x,
  y,
  size: 4,
  color: "#888",
  label: id,
  nodeType: "Company",
  data: { id, name: id, type: "Company", properties: {} } as unknown as NodeAttributes["data"],
});

function graphWith(nodes: number, edges: number): ExplorerGraph {
  const graph = createGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, at(`n${i}`, i * 10, i * -5 || 0));
  for (let e = 0; e < edges; e++) graph.addEdgeWithKey(`e${e}`, `n${e % nodes}`, `n${(e + 1) % nodes}`);
  return graph;
}

describe("layout frames", () => {
  describe("placement", () => {
    it("lands a node where a fresh normalisation would put it, through the stale one", () => {
      const indexed: Box = { x: [-100, 100], y: [-100, 100] };
      const now: Box = { x: [-900, 1300], y: [-400, 600] };
      const p = placementFor(indexed, now);
      for (const [x, y] of [
        [-900, -400],
        [1300, 600],
        [17, -3],
      ] as const) {
        const placed = place(p, x, y);
        const stale = normalise(indexed, placed.x, placed.y);
        const fresh = normalise(now, x, y);
        expect(stale.x).toBeCloseTo(fresh.x, 10);
        expect(stale.y).toBeCloseTo(fresh.y, 10);
      }
    });

    it("turns a placed position back into the real one (a drag during the layout)", () => {
      const p = placementFor({ x: [0, 10], y: [0, 10] }, { x: [-50, 70], y: [3, 40] });
      const back = unplace(p, ...(Object.values(place(p, 12, -8)) as [number, number]));
      expect(back.x).toBeCloseTo(12, 10);
      expect(back.y).toBeCloseTo(-8, 10);
    });

    it("measures the box around every node's real position", () => {
      expect(positionsBox(graphWith(3, 0))).toEqual({ x: [0, 20], y: [-10, 0] });
    });
  });

  describe("while the layout runs on a large view", () => {
    it("hides the edges and pushes only the nodes each frame, without a re-index", () => {
      const graph = graphWith(4, 6);
      const fake = fakeSigma({ x: [0, 30], y: [-15, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, true);
      expect(fake.edgesVisibility()).toBe("hidden");
      frames.frame();
      expect(fake.refreshes).toEqual([
        { partialGraph: { nodes: graph.nodes(), edges: undefined }, skipIndexation: true, schedule: true },
      ]);
      expect(frames.placement()).not.toBeNull();
    });

    it("shows the edges again when it stops, and leaves the final re-index to Sigma's own refresh", () => {
      const graph = graphWith(4, 6);
      const fake = fakeSigma({ x: [0, 30], y: [-15, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, true);
      frames.frame();
      frames.setRunning(false, true);
      expect(fake.edgesVisibility()).toBe("");
      expect(frames.placement()).toBeNull();
      expect(fake.refreshes).toHaveLength(1);
    });

    it("spreads a redraw asked for meanwhile over the frames, a slice of edges each", () => {
      const graph = graphWith(50, EDGE_SLICE + 10);
      const fake = fakeSigma({ x: [0, 490], y: [-245, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, true);
      expect(frames.holds()).toBe(true);
      frames.frame();
      frames.frame();
      frames.frame();
      const edgeSlices = fake.refreshes.map(edgesIn);
      expect(edgeSlices).toEqual([EDGE_SLICE, 10, 0]);
      expect(fake.refreshes.every((r) => r !== "render" && r?.skipIndexation === true)).toBe(true);
    });

    it("finishes re-reading held edges after the stop, a slice per frame", () => {
      const graph = graphWith(50, EDGE_SLICE * 2);
      const fake = fakeSigma({ x: [0, 490], y: [-245, 0] });
      const queued: (() => void)[] = [];
      const frames = createLayoutFrames(fake.sigma, graph, (run) => void queued.push(run));
      frames.setRunning(true, true);
      frames.holds();
      frames.setRunning(false, true);
      while (queued.length > 0) queued.shift()!();
      const edgeSlices = fake.refreshes.map(edgesIn);
      expect(edgeSlices).toEqual([EDGE_SLICE, EDGE_SLICE]);
    });

    it("leaves frames to Sigma's full process after nodes were added, until the frame after it has run", () => {
      const graph = graphWith(4, 0);
      const fake = fakeSigma({ x: [0, 30], y: [-15, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, true);
      graph.addNode("late", at("late", 1, 1));
      frames.frame();
      expect(fake.refreshes).toEqual(["render"]);
      fake.process();
      frames.frame();
      expect(fake.refreshes).toEqual(["render"]);
      frames.frame();
      expect(fake.refreshes.at(-1)).toMatchObject({ skipIndexation: true });
    });
  });

  describe("on a small view", () => {
    it("lets Sigma re-index each frame, edges shown and redraws not held", () => {
      const graph = graphWith(4, 3);
      const fake = fakeSigma({ x: [0, 30], y: [-15, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, false);
      frames.frame();
      expect(fake.edgesVisibility()).toBe("");
      expect(fake.refreshes[0]).toEqual({
        partialGraph: { nodes: graph.nodes() },
        skipIndexation: false,
        schedule: true,
      });
      expect(frames.holds()).toBe(false);
    });
  });
});
