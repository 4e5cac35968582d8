// Unit tests for how the reducers paint filters, the as-of date and a highlighted path.
import { describe, expect, it } from "vitest";
import {
  PATH_EDGE_COLOR,
  reduceEdge,
  reduceNode,
  type PaintContext,
} from "../../../client/src/render/reducers.js";

const base: PaintContext = { focus: null, selected: null, zoomedIn: false };
const hiding: PaintContext = {
  ...base,
  exploration: { hideNode: (id) => id === "gone", hideEdge: (id) => id === "e-gone", path: null },
};
const pathCtx: PaintContext = {
  ...base,
  exploration: {
    hideNode: () => false,
    hideEdge: () => false,
    path: { nodes: new Set(["a", "b"]), edges: new Set(["e1"]) },
  },
};

describe("reducers with exploration state", () => {
  it("hides filtered nodes and edges without touching their data", () => {
    const data = { label: "Gone", color: "#123456", size: 5 };
    expect(reduceNode("gone", data, hiding)).toMatchObject({ hidden: true });
    expect(reduceNode("kept", data, hiding).hidden).toBeUndefined();
    expect(reduceEdge({ relType: "FUNDS" }, "a", "b", hiding, "e-gone")).toMatchObject({ hidden: true });
    expect(reduceEdge({ relType: "FUNDS" }, "a", "b", hiding, "e-kept").hidden).toBeUndefined();
    expect(data).toEqual({ label: "Gone", color: "#123456", size: 5 });
  });

  it("lights the path's nodes and edges, labelled, and dims the rest", () => {
    expect(reduceNode("a", { label: "A", color: "#111111" }, pathCtx)).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    expect(reduceNode("c", { label: "C", color: "#111111" }, pathCtx)).toMatchObject({ label: null });
    expect(reduceEdge({ relType: "PLEDGES" }, "a", "b", pathCtx, "e1")).toMatchObject({
      color: PATH_EDGE_COLOR,
      label: "pledges",
    });
    expect(reduceEdge({ relType: "PLEDGES", color: "#000000" }, "b", "c", pathCtx, "e2").color).not.toBe(
      PATH_EDGE_COLOR,
    );
  });

  it("paints as before when there is no exploration state", () => {
    expect(reduceNode("a", { label: "A" }, base)).toEqual(
      reduceNode("a", { label: "A" }, { ...base, exploration: null }),
    );
  });
});
