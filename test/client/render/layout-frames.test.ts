// Cheap layout frames: nodes move without Sigma re-indexing the view, edges hide until the layout stops.
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import { createGraph, type ExplorerGraph } from "../../../client/src/graph/graph-data.js";
import {
  createLayoutFrames,
  EDGE_CHUNK,
  EDGE_FRAME_BUDGET_MS,
  place,
  placementFor,
  positionsBox,
  unplace,
  type Box,
} from "../../../client/src/render/layout-frames.js";
import { frameQueue, nodeAt } from "./render-fixtures.js";

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

function graphWith(nodes: number, edges: number): ExplorerGraph {
  const graph = createGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, nodeAt(`n${i}`, i * 10, i * -5 || 0));
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
        { partialGraph: { nodes: graph.nodes() }, skipIndexation: true, schedule: true },
      ]);
      expect(frames.placement()).not.toBeNull();
    });

    it("holds a redraw asked for meanwhile instead of re-indexing: nodes are re-read each frame anyway", () => {
      const graph = graphWith(50, EDGE_CHUNK + 10);
      const fake = fakeSigma({ x: [0, 490], y: [-245, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, true);
      expect(frames.holds()).toBe(true);
      frames.frame();
      expect(fake.refreshes.map(edgesIn)).toEqual([0]);
    });

    it("leaves frames to Sigma's full process after nodes were added, until the frame after it has run", () => {
      const graph = graphWith(4, 0);
      const fake = fakeSigma({ x: [0, 30], y: [-15, 0] });
      const frames = createLayoutFrames(fake.sigma, graph);
      frames.setRunning(true, true);
      graph.addNode("late", nodeAt("late", 1, 1));
      frames.frame();
      expect(fake.refreshes).toEqual(["render"]);
      fake.process();
      frames.frame();
      expect(fake.refreshes).toEqual(["render"]);
      frames.frame();
      expect(fake.refreshes.at(-1)).toMatchObject({ skipIndexation: true });
    });
  });

  describe("when the layout stops on a large view", () => {
    /**
     * Layout frames over a fake Sigma and a recorded re-index, with frames run by hand; each chunk of edges
     * takes half the frame budget on the fake clock, so two chunks fit in a frame.
     */
    function stopped(edges: number, canSlice = true) {
      const graph = graphWith(50, edges);
      const fake = fakeSigma({ x: [0, 490], y: [-245, 0] });
      const calls: string[] = [];
      const queue = frameQueue(calls);
      let clock = 0;
      const reindex = {
        begin: () => (calls.push("begin"), canSlice),
        nodes: () => void calls.push("nodes"),
        edges(keys: string[]) {
          calls.push(`edges ${keys.length}`);
          clock += EDGE_FRAME_BUDGET_MS / 2;
        },
      };
      const frames = createLayoutFrames(fake.sigma, graph, {
        frameRequest: queue.request,
        reindex,
        now: () => clock,
      });
      frames.setRunning(true, true);
      frames.frame();
      return {
        graph,
        fake,
        frames,
        calls,
        /** Runs the next animation frame's callbacks (marked in `calls`); false when none was asked for. */
        nextFrame: queue.next,
      };
    }

    it("redoes Sigma's process over several frames: the nodes, then edges a frame's budget at a time", () => {
      const s = stopped(EDGE_CHUNK * 3 + 10);
      s.frames.setRunning(false, true);
      expect(s.calls).toEqual(["begin"]);
      expect(s.frames.placement()).toBeNull();
      while (s.nextFrame());
      const chunk = `edges ${EDGE_CHUNK}`;
      expect(s.calls).toEqual(["begin", "|", "nodes", "|", chunk, chunk, "|", chunk, "edges 10", "|"]);
    });

    it("keeps the edges hidden until every edge is in, then shows them", () => {
      const s = stopped(EDGE_CHUNK * 2 + 1);
      s.frames.setRunning(false, true);
      const seen: string[] = [];
      while (s.nextFrame()) seen.push(s.fake.edgesVisibility());
      expect(seen).toEqual(["hidden", "hidden", "hidden", ""]); // nodes, two frames of edges, then shown
    });

    it("re-reads the nodes after a redraw asked for meanwhile, then the edges read before it, edges shown", () => {
      const s = stopped(EDGE_CHUNK * 4);
      s.frames.setRunning(false, true);
      s.nextFrame();
      s.nextFrame();
      expect(s.frames.holds()).toBe(true);
      const seen: string[] = [];
      while (s.nextFrame()) seen.push(s.fake.edgesVisibility());
      const chunk = `edges ${EDGE_CHUNK}`;
      const frames: string[] = [];
      for (const call of s.calls.slice(1)) {
        if (call === "|") frames.push("");
        else frames[frames.length - 1] = `${frames.at(-1)} ${call}`.trim();
      }
      expect(frames).toEqual([
        "nodes",
        `${chunk} ${chunk}`,
        "nodes",
        `${chunk} ${chunk}`, // the rest of the first pass: every edge placed, shown
        "", // then the edges read before the redraw, again
        `${chunk} ${chunk}`,
        `${chunk} ${chunk}`,
        "",
      ]);
      // Shown in the frame after the last slice: Sigma draws that slice in that frame, before the layer shows.
      expect(seen).toEqual(["hidden", "hidden", "", "", "", ""]);
      expect(s.frames.holds()).toBe(false);
    });

    it("ends when Sigma runs a full process of its own meanwhile: that one covers everything", () => {
      const s = stopped(EDGE_CHUNK * 6);
      s.frames.setRunning(false, true);
      s.nextFrame();
      s.fake.process();
      expect(s.fake.edgesVisibility()).toBe("");
      s.nextFrame();
      expect(s.calls.filter((c) => c !== "|")).toEqual(["begin", "nodes"]);
    });

    it("leaves the re-index to Sigma when nodes were added since its last process", () => {
      const s = stopped(10);
      s.graph.addNode("late", nodeAt("late", 1, 1));
      s.frames.setRunning(false, true);
      expect(s.calls).toEqual([]);
      expect(s.fake.edgesVisibility()).toBe("");
    });

    it("leaves it to Sigma when it cannot be redone, with a full refresh for a redraw held meanwhile", () => {
      const s = stopped(10, false);
      s.frames.holds();
      const before = s.fake.refreshes.length;
      s.frames.setRunning(false, true);
      expect(s.fake.edgesVisibility()).toBe("");
      expect(s.fake.refreshes.slice(before)).toEqual([{ schedule: true }]);
      expect(s.nextFrame()).toBe(false);
    });

    it("stops the re-index when the layout starts again, edges hidden", () => {
      const s = stopped(EDGE_CHUNK * 4);
      s.frames.setRunning(false, true);
      s.nextFrame();
      s.frames.setRunning(true, true);
      while (s.nextFrame());
      expect(s.calls.filter((c) => c !== "|")).toEqual(["begin", "nodes"]);
      expect(s.fake.edgesVisibility()).toBe("hidden");
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
