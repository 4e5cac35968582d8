// Reducers under the style panel: mapped colours and sizes, money widths, neighbourhood labels, dark theme.
import { describe, expect, it } from "vitest";
import { EDGE_COLOR } from "../../../client/src/graph/graph-data.js";
import type { StyleMaps } from "../../../client/src/graph/metrics.js";
import {
  DARK_DIM_NODE_COLOR,
  DARK_EDGE_COLOR,
  reduceEdge,
  reduceNode,
  type PaintContext,
} from "../../../client/src/render/reducers.js";
import { createFocus } from "../../../client/src/state/hover.js";
import { defaultStyle } from "../../../client/src/state/style.js";

const style: StyleMaps = {
  settings: { ...defaultStyle, color: "community", edgeWidth: "amount" },
  nodeColor: new Map([["tsmc", "#e15759"]]),
  nodeSize: new Map([["tsmc", 20]]),
  edgeSize: new Map([["e1", 9]]),
  communities: null,
  moneyMax: new Map(),
};
const styled: PaintContext = { focus: null, selected: null, zoomedIn: false, style };

describe("reducers with a style mapping", () => {
  it("paints the mapped colour and size over the node's own", () => {
    expect(reduceNode("tsmc", { color: "#f28e2b", size: 5, label: "TSMC" }, styled)).toMatchObject({
      color: "#e15759",
      size: 20,
    });
  });

  it("keeps a node's own attributes when the mapping does not cover it", () => {
    expect(reduceNode("other", { color: "#f28e2b", size: 5, label: "O" }, styled)).toMatchObject({
      color: "#f28e2b",
      size: 5,
    });
  });

  it("still dims a mapped node outside the hovered neighbourhood", () => {
    const ctx: PaintContext = { ...styled, focus: createFocus("japan", []), dark: true };
    expect(reduceNode("tsmc", { color: "#f28e2b", label: "TSMC" }, ctx).color).toBe(DARK_DIM_NODE_COLOR);
  });

  it("widens an edge by its mapped width, keeping the width when lit by the selection", () => {
    expect(reduceEdge({ size: 1.5, color: EDGE_COLOR }, "a", "b", styled, "e1").size).toBe(9);
    expect(reduceEdge({ size: 1.5 }, "a", "b", { ...styled, selected: "a" }, "e1").size).toBe(9);
    expect(reduceEdge({ size: 1.5 }, "a", "b", styled, "e2").size).toBe(1.5);
  });

  it("always labels the selected node's neighbours", () => {
    const ctx: PaintContext = { ...styled, selected: "japan", selectedNeighbours: new Set(["tsmc"]) };
    expect(reduceNode("tsmc", { label: "TSMC" }, ctx).forceLabel).toBe(true);
    expect(reduceNode("micron", { label: "Micron" }, ctx).forceLabel).toBeUndefined();
  });

  it("draws default-coloured edges lighter on the dark theme, leaving styled colours", () => {
    expect(reduceEdge({ color: EDGE_COLOR }, "a", "b", { ...styled, dark: true }, "e2").color).toBe(
      DARK_EDGE_COLOR,
    );
    expect(reduceEdge({ color: "#123456" }, "a", "b", { ...styled, dark: true }, "e2").color).toBe("#123456");
  });
});
