// Sigma's process split in two: a nodes-only process, then the edges a slice at a time, ending where a full one ends.
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import { zIndexOrdering } from "sigma/utils";
import { createGraph, type ExplorerGraph } from "../../../client/src/graph/graph-data.js";
import { interceptProcess, type ProcessHooks } from "../../../client/src/render/sigma-edge-writes.js";
import { nodeAt } from "./render-fixtures.js";

/** An edge program that records which edge (by fingerprint) each slot holds, as Sigma's arrays would. */
class FakeEdgeProgram {
  slots: (number | null)[] = [];
  reallocate(capacity: number) {
    if (capacity !== this.slots.length) this.slots = new Array<number | null>(capacity).fill(null);
  }
  process(fingerprint: number, position: number) {
    if (position < this.slots.length) this.slots[position] = fingerprint;
  }
}

/**
 * The parts of Sigma 3.0.3 the wrapper relies on, with `process` written as sigma/src/sigma.ts writes it: nodes
 * numbered from 1, then edges counted per program, z-index ordered when asked, programs re-allocated, and each
 * edge given the next fingerprint, a picking entry and the next slot of its program.
 */
class ModelSigma {
  needToProcess = false;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }> = {};
  nodeIndices: Record<string, number> = {};
  edgeIndices: Record<string, number> = {};
  edgeProgramIndex: Record<string, number> = {};
  edgeDataCache: Record<string, { type: string; zIndex: number }> = {};
  edgeZExtent: [number, number] = [Infinity, -Infinity];
  edgePrograms = { line: new FakeEdgeProgram(), arrow: new FakeEdgeProgram() };
  refreshes: unknown[] = [];
  constructor(
    readonly graph: ExplorerGraph,
    readonly zIndex = false,
  ) {
    graph.forEachEdge((edge, attrs) => {
      const zIndex = (attrs as { zIndex?: number }).zIndex ?? 0;
      this.edgeDataCache[edge] = { type: (attrs as { type?: string }).type ?? "line", zIndex };
      this.edgeZExtent = [Math.min(this.edgeZExtent[0], zIndex), Math.max(this.edgeZExtent[1], zIndex)];
    });
  }
  getSetting(name: string) {
    return name === "zIndex" ? this.zIndex : undefined;
  }
  refresh(options?: unknown) {
    this.refreshes.push(options);
  }
  process() {
    const itemIDsIndex: ModelSigma["itemIDsIndex"] = {};
    const nodeIndices: Record<string, number> = {};
    const edgeIndices: Record<string, number> = {};
    let id = 1;
    for (const node of this.graph.nodes()) {
      nodeIndices[node] = id;
      itemIDsIndex[id++] = { type: "node", id: node };
    }
    let edges = this.graph.edges();
    const perProgram: Record<string, number> = {};
    for (const edge of edges) {
      const type = this.edgeDataCache[edge]!.type;
      perProgram[type] = (perProgram[type] ?? 0) + 1;
    }
    if (this.zIndex && this.edgeZExtent[0] !== this.edgeZExtent[1])
      edges = zIndexOrdering(this.edgeZExtent, (e) => this.edgeDataCache[e]!.zIndex, edges);
    for (const [type, program] of Object.entries(this.edgePrograms)) {
      program.reallocate(perProgram[type] ?? 0);
      perProgram[type] = 0;
    }
    for (const edge of edges) {
      edgeIndices[edge] = id;
      itemIDsIndex[id] = { type: "edge", id: edge };
      this.addEdgeToProgram(edge, id++, perProgram[this.edgeDataCache[edge]!.type]!++);
    }
    this.itemIDsIndex = itemIDsIndex;
    this.nodeIndices = nodeIndices;
    this.edgeIndices = edgeIndices;
  }
  addEdgeToProgram(edge: string, fingerprint: number, position: number) {
    const type = this.edgeDataCache[edge]!.type as keyof ModelSigma["edgePrograms"];
    this.edgePrograms[type].process(fingerprint, position);
    this.edgeProgramIndex[edge] = position;
  }
  /** What a process leaves behind, to compare a split one with a whole one. */
  state() {
    return {
      itemIDsIndex: this.itemIDsIndex,
      edgeIndices: this.edgeIndices,
      edgeProgramIndex: this.edgeProgramIndex,
      line: this.edgePrograms.line.slots,
      arrow: this.edgePrograms.arrow.slots,
    };
  }
}

/** A graph whose edges alternate between two programs and three z-indices. */
function graphWith(nodes: number, edges: number): ExplorerGraph {
  const graph = createGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, nodeAt(`n${i}`));
  for (let e = 0; e < edges; e++)
    graph.addEdgeWithKey(`e${e}`, `n${e % nodes}`, `n${(e * 7 + 1) % nodes}`, {
      type: e % 3 === 0 ? "arrow" : "line",
      zIndex: e % 5 === 0 ? 2 : e % 2,
    } as never);
  return graph;
}

function split(graph: ExplorerGraph, zIndex: boolean, defer = true) {
  const sigma = new ModelSigma(graph, zIndex);
  const deferred: number[] = [];
  const hooks: ProcessHooks = { deferEdges: () => defer, processed: (n) => void deferred.push(n) };
  const writer = interceptProcess(sigma as unknown as Sigma, graph, hooks)!;
  return { sigma, writer, deferred };
}

describe("Sigma's process split in two", () => {
  for (const zIndex of [false, true]) {
    it(`ends, once every edge is written, where a whole process ends (z-index sort ${zIndex ? "on" : "off"})`, () => {
      const graph = graphWith(40, 300);
      const whole = new ModelSigma(graph, zIndex);
      whole.process();
      const { sigma, writer, deferred } = split(graph, zIndex);
      sigma.process();
      expect(deferred).toEqual([300]);
      expect(sigma.edgePrograms.line.slots.every((slot) => slot === null)).toBe(true);
      while (writer.writeNext(64) > 0);
      expect(sigma.state()).toEqual(whole.state());
    });
  }

  it("gives Sigma's process the graph's edges back once it has asked for them", () => {
    const graph = graphWith(10, 30);
    const { sigma } = split(graph, false);
    sigma.process();
    expect(graph.edges()).toHaveLength(30);
    expect(Object.prototype.hasOwnProperty.call(graph, "edges")).toBe(false);
  });

  it("leaves a process that is not deferred to Sigma, whole", () => {
    const graph = graphWith(10, 30);
    const whole = new ModelSigma(graph);
    whole.process();
    const { sigma, writer, deferred } = split(graph, false, false);
    sigma.process();
    expect(deferred).toEqual([0]);
    expect(writer.left()).toBe(0);
    expect(sigma.state()).toEqual(whole.state());
  });

  it("writes nothing while Sigma has a process pending, and skips edges dropped since", () => {
    const graph = graphWith(10, 30);
    const { sigma, writer } = split(graph, false);
    sigma.process();
    sigma.needToProcess = true;
    expect(writer.writeNext(10)).toBe(30);
    sigma.needToProcess = false;
    delete sigma.edgeDataCache.e1;
    expect(writer.writeNext(Infinity)).toBe(0);
    expect(sigma.edgeProgramIndex.e1).toBeUndefined();
  });

  it("writes every edge left before a partial refresh that writes edges into their slots", () => {
    const graph = graphWith(10, 30);
    const { sigma, writer } = split(graph, false);
    sigma.process();
    const options = { partialGraph: { edges: ["e3"] }, skipIndexation: true };
    sigma.refresh(options);
    expect(writer.left()).toBe(0);
    expect(sigma.refreshes).toEqual([options]);
  });

  it("gives Sigma its own process and refresh back", () => {
    const graph = graphWith(10, 30);
    const { sigma, writer } = split(graph, false);
    writer.restore();
    expect(Object.prototype.hasOwnProperty.call(sigma, "process")).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(sigma, "refresh")).toBe(false);
  });

  it("wraps nothing when Sigma's private state is not shaped as in 3.0.3", () => {
    const hooks: ProcessHooks = { deferEdges: () => true, processed: () => {} };
    expect(interceptProcess({} as Sigma, createGraph(), hooks)).toBeNull();
  });
});
