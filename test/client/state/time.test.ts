// Unit tests for the as-of rules: coarse periods, evidence dates for undated facts, validTo, histogram, playback.
import { describe, expect, it } from "vitest";
import {
  factStart,
  histogram,
  isIsoDay,
  nextStep,
  periodEnd,
  periodStart,
  visibleAsOf,
} from "../../../client/src/state/time.js";

const published = (id: string) => ({ "register-2022-11": "2022-11", "japan-550bn-2025-08": "2025-08" })[id];
const fact = (properties: Record<string, unknown>, ...sources: string[]) => ({
  properties,
  evidence: sources.map((sourceId) => ({ sourceId })),
});

describe("time", () => {
  it("reads coarse dates as the start and end of their period", () => {
    expect(periodStart("2022")).toBe("2022-01-01");
    expect(periodStart("2025-08")).toBe("2025-08-01");
    expect(periodEnd("2022")).toBe("2022-12-31");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2023-05-09")).toBe("2023-05-09");
    expect(periodStart("soon")).toBeNull();
    expect(periodStart(2022)).toBeNull();
  });

  it("dates a fact by validFrom, then date, then its earliest evidence source", () => {
    expect(factStart(fact({ validFrom: "2020", date: "2021" }), published)).toBe("2020-01-01");
    expect(factStart(fact({ date: "2021" }), published)).toBe("2021-01-01");
    expect(factStart(fact({}, "japan-550bn-2025-08", "register-2022-11"), published)).toBe("2022-11-01");
    expect(factStart(fact({}, "unknown-source"), published)).toBeNull();
  });

  it("hides a 2025 fact as of 2023 and shows it as of the end of 2025", () => {
    const package2025 = fact({}, "japan-550bn-2025-08");
    expect(visibleAsOf(package2025, "2023-12-31", published)).toBe(false);
    expect(visibleAsOf(package2025, "2025-08-01", published)).toBe(true);
    expect(visibleAsOf(package2025, null, published)).toBe(true);
  });

  it("shows a year-precision fact from the first day of its year", () => {
    expect(visibleAsOf(fact({ date: "2022" }), "2021-12-31", published)).toBe(false);
    expect(visibleAsOf(fact({ date: "2022" }), "2022-01-01", published)).toBe(true);
  });

  it("keeps facts with no date at all visible", () => {
    expect(visibleAsOf(fact({}), "1990-01-01", published)).toBe(true);
  });

  it("ends a fact after the end of its validTo period", () => {
    const f = fact({ date: "2020", validTo: "2024" });
    expect(visibleAsOf(f, "2024-12-31", published)).toBe(true);
    expect(visibleAsOf(f, "2025-01-01", published)).toBe(false);
  });

  it("builds a histogram per year with the empty years in between", () => {
    expect(histogram(["2021-01-01", "2022-11-01", "2022-01-01", null, "2025-08-01"])).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 2 },
      { year: 2023, count: 0 },
      { year: 2024, count: 0 },
      { year: 2025, count: 1 },
    ]);
    expect(histogram([null])).toEqual([]);
  });

  it("steps playback a year at a time and stops after the last year", () => {
    expect(nextStep(null, 2021, 2025)).toBe("2021-12-31");
    expect(nextStep("2021-12-31", 2021, 2025)).toBe("2022-12-31");
    expect(nextStep("2025-12-31", 2021, 2025)).toBeNull();
  });

  it("accepts only real calendar days", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2023")).toBe(false);
  });
});
