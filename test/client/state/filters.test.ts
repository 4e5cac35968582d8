// Unit tests for the filter producers and predicates.
import { describe, expect, it } from "vitest";
import {
  countTypes,
  edgePasses,
  isFiltering,
  noFilters,
  nodePasses,
  setAmountRange,
  toggleNodeType,
  toggleRelType,
} from "../../../client/src/state/filters.js";

describe("filters", () => {
  it("hides a node type when toggled and shows it again when toggled twice", () => {
    const f = toggleNodeType(noFilters, "Person");
    expect(nodePasses(f, "Person")).toBe(false);
    expect(nodePasses(f, "Country")).toBe(true);
    expect(isFiltering(f)).toBe(true);
    expect(nodePasses(toggleNodeType(f, "Person"), "Person")).toBe(true);
  });

  it("hides edges of a toggled relationship type", () => {
    const f = toggleRelType(noFilters, "FUNDS");
    expect(edgePasses(f, "FUNDS", {})).toBe(false);
    expect(edgePasses(f, "PLEDGES", {})).toBe(true);
  });

  it("keeps amounts inside the range, hides those outside, and keeps edges without an amount", () => {
    const f = setAmountRange(noFilters, 100, 600);
    expect(edgePasses(f, "FUNDS", { amount: 550 })).toBe(true);
    expect(edgePasses(f, "FUNDS", { amount: 50 })).toBe(false);
    expect(edgePasses(f, "FUNDS", { amount: 700 })).toBe(false);
    expect(edgePasses(f, "FUNDS", {})).toBe(true);
  });

  it("orders swapped bounds and treats non-finite bounds as open", () => {
    expect(setAmountRange(noFilters, 9, 1).amount).toEqual({ min: 1, max: 9 });
    expect(setAmountRange(noFilters, NaN, 5).amount).toEqual({ min: null, max: 5 });
    expect(isFiltering(setAmountRange(noFilters, null, null))).toBe(false);
  });

  it("counts types, most frequent first then by name", () => {
    expect(countTypes(["B", "A", "B", "C", "A", "B"])).toEqual([
      { type: "B", count: 3 },
      { type: "A", count: 2 },
      { type: "C", count: 1 },
    ]);
  });
});
