// Positions as a map for saved views, drag-to-pin, and layouts that respect pinned nodes.
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../server/domain/model.js";
import { createGraph, loadGraph, pinAllExcept } from "../../../client/src/graph/graph-data.js";
import { circularLayout, noverlapLayout } from "../../../client/src/graph/layouts.js";
import { getPositions, moveAndPin, setPositions, unpinAll } from "../../../client/src/graph/positions.js";

const node = (id: string): GraphNode => ({ id, name: id, type: "Company", aliases: [], properties: {} });

function graphOf(...ids: string[]) {
  const graph = createGraph();
  loadGraph(graph, { nodes: ids.map(node), edges: [] });
  return graph;
}

describe("positions", () => {
  it("round-trips through a JSON-safe map, pins included", () => {
    const graph = graphOf("a", "b", "c");
    moveAndPin(graph, "a", 5, 6);
    const saved = JSON.parse(JSON.stringify(getPositions(graph))) as ReturnType<typeof getPositions>;
    expect(saved.a).toEqual({ x: 5, y: 6, pinned: true });
    const other = graphOf("a", "b", "c");
    expect(setPositions(other, saved)).toBe(3);
    expect(getPositions(other)).toEqual(saved);
    expect(other.getNodeAttribute("a", "fixed")).toBe(true);
  });

  it("ignores unknown ids and non-finite coordinates, and leaves unmentioned nodes alone", () => {
    const graph = graphOf("a", "b");
    const before = graph.getNodeAttributes("b");
    expect(setPositions(graph, { a: { x: 1, y: 2 }, ghost: { x: 0, y: 0 }, b: { x: NaN, y: 1 } })).toBe(1);
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: before.x, y: before.y });
  });

  it("keeps a dragged node fixed when a layout run frees everything else", () => {
    const graph = graphOf("a", "b", "c");
    moveAndPin(graph, "a", 1, 1);
    pinAllExcept(graph, new Set(["b"]));
    pinAllExcept(graph, null);
    expect(graph.getNodeAttribute("a", "fixed")).toBe(true);
    expect(graph.getNodeAttribute("b", "fixed")).toBe(false);
    expect(unpinAll(graph)).toBe(1);
    expect(graph.getNodeAttribute("a", "fixed")).toBe(false);
  });
});

describe("layouts", () => {
  it("puts unpinned nodes on a circle and leaves pinned ones where they are", () => {
    const graph = graphOf("a", "b", "c", "d");
    moveAndPin(graph, "a", 999, 999);
    circularLayout(graph);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 999, y: 999 });
    const radii = ["b", "c", "d"].map((id) =>
      Math.hypot(graph.getNodeAttribute(id, "x"), graph.getNodeAttribute(id, "y")),
    );
    for (const r of radii) expect(r).toBeCloseTo(100, 5);
  });

  it("pulls overlapping nodes apart", () => {
    const graph = graphOf("a", "b");
    setPositions(graph, { a: { x: 0, y: 0 }, b: { x: 0.5, y: 0 } });
    noverlapLayout(graph);
    const [a, b] = ["a", "b"].map((id) => graph.getNodeAttributes(id));
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(a!.size + b!.size);
  });
});
