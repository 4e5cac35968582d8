// Selection and hover producers, and the emphasis they give nodes and edges.
import { describe, expect, it } from "vitest";
import { initialState, type NodeDetail } from "../../../client/src/state/app-state.js";
import { createFocus, edgeEmphasis, hoverNode, nodeEmphasis } from "../../../client/src/state/hover.js";
import {
  clearSelection,
  detailFailed,
  receiveDetail,
  selectNode,
} from "../../../client/src/state/selection.js";

const detail = (id: string): NodeDetail => ({
  node: { id, name: id, type: "Company", aliases: [], properties: {} },
  degree: { total: 0, byType: {} },
  edges: [],
  nodes: new Map(),
  truncated: false,
});

describe("selection", () => {
  it("selects a node and marks its detail as loading", () => {
    const s = selectNode(initialState, "tsmc");
    expect(s.selection).toEqual({ id: "tsmc", status: "loading", detail: null, problem: null });
  });

  it("keeps the loaded detail when the same node is selected again", () => {
    const s = receiveDetail(selectNode(initialState, "tsmc"), "tsmc", detail("tsmc"));
    expect(selectNode(s, "tsmc")).toBe(s);
  });

  it("ignores a detail that arrives after the user selected another node", () => {
    const s = selectNode(selectNode(initialState, "tsmc"), "micron");
    expect(receiveDetail(s, "tsmc", detail("tsmc"))).toBe(s);
    expect(receiveDetail(s, "micron", detail("micron")).selection?.status).toBe("ready");
  });

  it("records the server's problem when the detail fails", () => {
    const s = detailFailed(selectNode(initialState, "gone"), "gone", {
      code: "not_found",
      message: "no node",
    });
    expect(s.selection).toMatchObject({ status: "error", problem: { code: "not_found" } });
  });

  it("clears the selection, and returns the same state when there was none", () => {
    expect(clearSelection(selectNode(initialState, "tsmc")).selection).toBeNull();
    expect(clearSelection(initialState)).toBe(initialState);
  });
});

describe("hover", () => {
  it("returns the same state when the hovered node does not change", () => {
    const s = hoverNode(initialState, "japan");
    expect(s.hovered).toBe("japan");
    expect(hoverNode(s, "japan")).toBe(s);
  });

  it("lights the hovered node and its neighbours and dims the rest", () => {
    const focus = createFocus("japan", ["tsmc", "us"]);
    expect(nodeEmphasis(focus, "japan")).toBe("center");
    expect(nodeEmphasis(focus, "tsmc")).toBe("neighbour");
    expect(nodeEmphasis(focus, "biren")).toBe("dimmed");
    expect(nodeEmphasis(null, "biren")).toBe("normal");
  });

  it("keeps only the edges that touch the hovered node lit", () => {
    const focus = createFocus("japan", ["tsmc", "us"]);
    expect(edgeEmphasis(focus, "japan", "tsmc")).toBe("neighbour");
    expect(edgeEmphasis(focus, "us", "tsmc")).toBe("dimmed");
  });
});
