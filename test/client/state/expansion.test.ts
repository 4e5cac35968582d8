// Merging an expanded neighbourhood: only new nodes and edges are added, placed around the anchor.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { placeAround, planAdditions } from "../../../client/src/state/expansion.js";

const node = (id: string): GraphNode => ({ id, name: id, type: "Company", aliases: [], properties: {} });
const edge = (id: string, source: string, target: string): GraphEdge => ({
  id,
  type: "FUNDS",
  source,
  target,
  properties: {},
  evidence: [],
});
const present = (nodes: string[], edges: string[] = []) => ({
  hasNode: (id: string) => nodes.includes(id),
  hasEdge: (id: string) => edges.includes(id),
});

describe("planAdditions", () => {
  it("adds only the nodes and edges not already drawn", () => {
    const plan = planAdditions(present(["japan", "tsmc"], ["e1"]), {
      nodes: [node("japan"), node("tsmc"), node("micron")],
      edges: [edge("e1", "japan", "tsmc"), edge("e2", "japan", "micron")],
    });
    expect(plan.nodes.map((n) => n.id)).toEqual(["micron"]);
    expect(plan.edges.map((e) => e.id)).toEqual(["e2"]);
  });

  it("skips edges whose other end is neither drawn nor arriving", () => {
    const plan = planAdditions(present(["japan"]), { nodes: [], edges: [edge("e1", "japan", "nowhere")] });
    expect(plan.edges).toEqual([]);
  });

  it("keeps the first copy of a node or edge listed twice", () => {
    const plan = planAdditions(present([]), {
      nodes: [node("a"), node("b"), { ...node("a"), name: "dup" }],
      edges: [edge("e1", "a", "b"), edge("e1", "a", "b")],
    });
    expect(plan.nodes.map((n) => n.name)).toEqual(["a", "b"]);
    expect(plan.edges).toHaveLength(1);
  });
});

describe("placeAround", () => {
  it("places each new node near the anchor, at the ring's distance", () => {
    const positions = placeAround({ x: 10, y: 20 }, ["a", "b", "c", "d"], 5);
    expect(positions.size).toBe(4);
    for (const p of positions.values()) {
      const d = Math.hypot(p.x - 10, p.y - 20);
      expect(d).toBeGreaterThanOrEqual(5 - 1e-9);
      expect(d).toBeLessThanOrEqual(6.25 + 1e-9);
    }
  });

  it("gives every node a distinct position, the same on every call", () => {
    const a = placeAround({ x: 0, y: 0 }, ["a", "b", "c"], 10);
    const keys = new Set([...a.values()].map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`));
    expect(keys.size).toBe(3);
    expect(placeAround({ x: 0, y: 0 }, ["a", "b", "c"], 10)).toEqual(a);
  });
});
