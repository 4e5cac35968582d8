// Curvatures that keep parallel and opposite relationships between two nodes apart.
import { describe, expect, it } from "vitest";
import { parallelCurvatures } from "../../../client/src/graph/parallel-edges.js";

describe("parallelCurvatures", () => {
  it("keeps a lone edge straight", () => {
    expect(parallelCurvatures([{ id: "e1", source: "a", target: "b" }]).get("e1")).toBe(0);
  });

  it("spreads same-direction edges symmetrically around the straight line", () => {
    const c = parallelCurvatures([
      { id: "e1", source: "a", target: "b" },
      { id: "e2", source: "a", target: "b" },
    ]);
    expect(c.get("e1")).toBeCloseTo(-c.get("e2")!);
    expect(c.get("e1")).not.toBe(0);
  });

  it("bends opposite edges so each direction keeps its own side", () => {
    const c = parallelCurvatures([
      { id: "e1", source: "a", target: "b" },
      { id: "e2", source: "b", target: "a" },
      { id: "e3", source: "a", target: "b" },
    ]);
    expect(c.get("e1")).toBeGreaterThan(0);
    expect(c.get("e2")).toBeGreaterThan(0);
    expect(c.get("e3")).toBeGreaterThan(c.get("e1")!);
  });
});
