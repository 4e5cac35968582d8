// The one-line summary of a relationship shown under its counterpart in the inspector.
import { describe, expect, it } from "vitest";
import { edgeSummary } from "../../../client/src/state/edge-summary.js";

describe("edgeSummary", () => {
  it("reads amount, date, certainty and attribution in that order", () => {
    const names: Record<string, string> = { "nikkei-asia": "Nikkei Asia" };
    const text = edgeSummary(
      {
        amount: 350e9,
        currency: "JPY",
        date: "2022-11",
        datePrecision: "month",
        certainty: "planned",
        attributedTo: ["nikkei-asia"],
      },
      (id) => names[id] ?? id,
    );
    expect(text).toBe("¥350B · November 2022 · planned · according to Nikkei Asia");
  });

  it("leaves plain facts unremarked and lists other properties by name", () => {
    expect(edgeSummary({ certainty: "fact", goal: "2nm chips by 2027" })).toBe("goal: 2nm chips by 2027");
  });

  it("is empty for an edge without properties", () => {
    expect(edgeSummary({})).toBe("");
  });
});
