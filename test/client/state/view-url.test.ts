// Unit tests for the view ⇄ URL hash encoding: round trips, defaults, and forgiving decoding of broken links.
import { describe, expect, it } from "vitest";
import { toggleNodeType, setAmountRange, noFilters } from "../../../client/src/state/filters.js";
import { decodeView, defaultView, encodeView, type ViewState } from "../../../client/src/state/view-url.js";

describe("view-url", () => {
  it("round-trips every part of a view", () => {
    const view: ViewState = {
      nodes: ["japan", "tsmc", "odd,id & more"],
      hiddenEdges: ["e1", "e2"],
      filters: setAmountRange(toggleNodeType(noFilters, "Person"), 10, 600.5),
      asOf: "2023-12-31",
      selected: "tsmc",
      camera: { x: 0.4123, y: 0.5, ratio: 0.75 },
    };
    expect(decodeView(encodeView(view))).toEqual(view);
    expect(decodeView(`#${encodeView(view)}`)).toEqual(view);
  });

  it("encodes only what differs from the default", () => {
    expect(encodeView(defaultView)).toBe("v=1");
    expect(encodeView({ ...defaultView, selected: "tsmc" })).toBe("v=1&sel=tsmc");
    expect(decodeView("v=1")).toEqual(defaultView);
  });

  it("returns null for a hash that is not a view", () => {
    expect(decodeView("")).toBeNull();
    expect(decodeView("#section-2")).toBeNull();
  });

  it("drops malformed parts instead of failing", () => {
    const view = decodeView("v=1&asof=2023-02-30&cam=1,x,2&amin=abc&sel=tsmc");
    expect(view).toEqual({ ...defaultView, selected: "tsmc" });
  });
});
