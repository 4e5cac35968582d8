// The ForceAtlas2 frame supervisor with a stand-in worker: a node dropped while the layout runs stays dropped.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphNode } from "../../../server/domain/model.js";
import { FrameSupervisor, syncFixedNodes } from "../../../client/src/graph/fa2-frame-supervisor.js";
import { createGraph, loadGraph, type ExplorerGraph } from "../../../client/src/graph/graph-data.js";
import { moveAndPin, unpinAll } from "../../../client/src/graph/positions.js";

const PPN = 10;
const FIXED = 9;

/** Stands in for the browser's Worker: keeps what the supervisor posts, answers nothing by itself. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: { nodes: ArrayBuffer }[] = [];
  private listener: ((event: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  addEventListener(_type: string, listener: (event: MessageEvent) => void) {
    this.listener = listener;
  }
  postMessage(payload: { nodes: ArrayBuffer }) {
    this.posted.push(payload);
  }
  terminate() {}
  /** The worker's answer: every node moved by (dx, dy) from the positions it was last sent. */
  answer(dx: number, dy: number) {
    const nodes = new Float32Array(this.posted.at(-1)!.nodes.slice(0));
    for (let i = 0; i < nodes.length; i += PPN) {
      if (nodes[i + FIXED] === 1) continue;
      nodes[i] = nodes[i]! + dx;
      nodes[i + 1] = nodes[i + 1]! + dy;
    }
    this.listener!({ data: { nodes: nodes.buffer } } as MessageEvent);
    runFrames();
  }
  /** The fixed flag and position of node `index` in the last matrix posted. */
  sent(index: number) {
    const nodes = new Float32Array(this.posted.at(-1)!.nodes);
    const i = index * PPN;
    return { x: nodes[i], y: nodes[i + 1], fixed: nodes[i + FIXED] };
  }
}

/** Animation frames asked for since the last run; the stand-in worker runs them after each answer. */
let frames: FrameRequestCallback[] = [];
function runFrames() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
}

const node = (id: string): GraphNode => ({ id, name: id, type: "Company", aliases: [], properties: {} });

function graphOf(...ids: string[]): ExplorerGraph {
  const graph = createGraph();
  loadGraph(graph, {
    nodes: ids.map(node),
    edges: [{ id: "e", type: "FUNDS", source: "a", target: "b", properties: {}, evidence: [] }],
  });
  ids.forEach((id, i) => graph.mergeNodeAttributes(id, { x: i, y: 0 }));
  return graph;
}

const saved = {
  Worker: globalThis.Worker,
  window: (globalThis as { window?: unknown }).window,
  raf: globalThis.requestAnimationFrame,
};

describe("FrameSupervisor", () => {
  beforeAll(() => {
    Object.assign(globalThis, {
      Worker: FakeWorker,
      window: globalThis,
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      cancelAnimationFrame: () => {},
    });
  });
  afterAll(() => {
    Object.assign(globalThis, {
      Worker: saved.Worker,
      window: saved.window,
      requestAnimationFrame: saved.raf,
    });
  });
  let graph: ExplorerGraph;
  let supervisor: FrameSupervisor;
  beforeEach(() => {
    graph = graphOf("a", "b", "c");
    supervisor = new FrameSupervisor(graph, { settings: { gravity: 1 } });
    supervisor.start();
  });

  it("writes the worker's positions into the graph", () => {
    FakeWorker.last!.answer(10, 5);
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 11, y: 5 });
    supervisor.kill();
  });

  it("keeps a node dropped while the layout runs where it was dropped, and tells the worker so", () => {
    const worker = FakeWorker.last!;
    worker.answer(1, 1);
    moveAndPin(graph, "b", 50, 60);
    worker.answer(1, 1); // the worker had not heard of the drop yet: its answer moves b
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 50, y: 60, fixed: true });
    expect(worker.sent(1)).toEqual({ x: 50, y: 60, fixed: 1 });
    expect(worker.sent(0).fixed).toBe(0);
    worker.answer(1, 1);
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 50, y: 60 });
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 3, y: 3 });
    supervisor.kill();
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 50, y: 60 });
  });

  it("lets a node unpinned while the layout runs move again", () => {
    const worker = FakeWorker.last!;
    moveAndPin(graph, "c", 7, 8);
    worker.answer(1, 1);
    expect(worker.sent(2).fixed).toBe(1);
    unpinAll(graph);
    worker.answer(1, 1);
    expect(worker.sent(2).fixed).toBe(0);
    worker.answer(1, 1);
    expect(graph.getNodeAttributes("c")).toMatchObject({ x: 8, y: 9 });
    supervisor.kill();
  });
});

describe("syncFixedNodes", () => {
  it("leaves a matrix that no longer matches the graph alone", () => {
    const graph = graphOf("a", "b");
    const matrix = new Float32Array(3 * PPN);
    expect(syncFixedNodes(graph, matrix)).toBe(false);
    expect(matrix.every((v) => v === 0)).toBe(true);
  });
});
