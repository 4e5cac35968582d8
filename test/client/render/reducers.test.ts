// Sigma reducers as plain functions: dimming around a hovered node, the selection ring, zoom-dependent labels.
import { describe, expect, it } from "vitest";
import {
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
  reduceEdge,
  reduceNode,
  shortLabel,
  type PaintContext,
} from "../../../client/src/render/reducers.js";
import { createFocus } from "../../../client/src/state/hover.js";

const calm: PaintContext = { focus: null, selected: null, zoomedIn: false };
const hovering: PaintContext = { ...calm, focus: createFocus("japan", ["tsmc"]) };

describe("reduceNode", () => {
  it("leaves nodes untouched when nothing is hovered or selected", () => {
    expect(reduceNode("tsmc", { color: "#f28e2b", label: "TSMC" }, calm)).toEqual({
      color: "#f28e2b",
      label: "TSMC",
    });
  });

  it("greys out and unlabels nodes outside the hovered neighbourhood", () => {
    expect(reduceNode("biren", { color: "#f28e2b", label: "Biren" }, hovering)).toMatchObject({
      color: DIM_NODE_COLOR,
      label: null,
    });
    expect(reduceNode("tsmc", { color: "#f28e2b", label: "TSMC" }, hovering)).toMatchObject({
      forceLabel: true,
    });
  });

  it("rings and labels the selected node", () => {
    expect(reduceNode("tsmc", {}, { ...calm, selected: "tsmc" })).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
  });
});

describe("reduceEdge", () => {
  it("shows the relationship type only when zoomed in", () => {
    expect(reduceEdge({ relType: "FUNDS" }, "japan", "tsmc", calm).label).toBeNull();
    expect(reduceEdge({ relType: "FUNDS" }, "japan", "tsmc", { ...calm, zoomedIn: true }).label).toBe(
      "funds",
    );
  });

  it("labels the hovered node's edges and dims the others", () => {
    expect(reduceEdge({ relType: "FUNDS" }, "japan", "tsmc", hovering).label).toBe("funds");
    expect(reduceEdge({ relType: "FUNDS" }, "us", "tsmc", hovering)).toMatchObject({
      color: DIM_EDGE_COLOR,
      label: null,
    });
  });
});

describe("shortLabel", () => {
  it("cuts long names at a word and keeps short ones whole", () => {
    expect(shortLabel("Japan's second supplementary budget for FY2022")).toBe(
      "Japan's second supplementary…",
    );
    expect(shortLabel("TSMC")).toBe("TSMC");
  });

  it("keeps the selected node's full name on the canvas", () => {
    const long = "US export controls on advanced chips for China";
    expect(reduceNode("x", { label: long }, calm).label).toBe(shortLabel(long));
    expect(reduceNode("x", { label: long }, { ...calm, selected: "x" }).label).toBe(long);
  });
});
