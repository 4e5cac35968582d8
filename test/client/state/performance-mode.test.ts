// Performance mode: the drawn-edge threshold with hysteresis, the user's override, and the chip's words.
import { describe, expect, it } from "vitest";
import {
  nextOverride,
  parseOverride,
  performanceActive,
  performanceText,
  PERFORMANCE_EDGE_HYSTERESIS,
  PERFORMANCE_EDGE_THRESHOLD,
} from "../../../client/src/state/performance-mode.js";

const T = PERFORMANCE_EDGE_THRESHOLD;
const low = T - PERFORMANCE_EDGE_HYSTERESIS;

describe("performanceActive", () => {
  it("switches on automatically at the threshold and not below it", () => {
    expect(performanceActive(false, T - 1, "auto")).toBe(false);
    expect(performanceActive(false, T, "auto")).toBe(true);
  });

  it("stays on until the graph shrinks below threshold minus hysteresis", () => {
    expect(performanceActive(true, T - 1, "auto")).toBe(true);
    expect(performanceActive(true, low, "auto")).toBe(true);
    expect(performanceActive(true, low - 1, "auto")).toBe(false);
  });

  it("follows a forced override whatever the size", () => {
    expect(performanceActive(false, 10, "on")).toBe(true);
    expect(performanceActive(true, 10 * T, "off")).toBe(false);
  });
});

describe("the override setting", () => {
  it("reads unknown or missing stored values as auto", () => {
    expect(parseOverride(null)).toBe("auto");
    expect(parseOverride("maybe")).toBe("auto");
    expect(parseOverride("on")).toBe("on");
    expect(parseOverride("off")).toBe("off");
  });

  it("cycles auto → on → off → auto", () => {
    expect([nextOverride("auto"), nextOverride("on"), nextOverride("off")]).toEqual(["on", "off", "auto"]);
  });

  it("says what performance mode changes and why it is on", () => {
    const on = performanceText({ override: "auto", active: true });
    expect(on.label).toBe("Performance: on");
    expect(performanceText({ override: "on", active: true }).label).toBe("Performance: on (forced)");
    expect(on.title).toContain("plain lines");
    expect(on.title).toContain("5,000");
    expect(performanceText({ override: "off", active: false }).title).toContain("Forced off");
  });
});
