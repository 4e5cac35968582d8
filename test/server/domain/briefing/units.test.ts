// Small pieces of the briefing: dates at their precision, money labels, escaping, request parsing, palette.
import { describe, expect, it } from "vitest";
import { TYPE_COLORS } from "../../../../server/domain/briefing/palette.js";
import { NODE_COLORS } from "../../../../client/src/graph/palette.js";
import { briefDate, compareDates, isAfter, laterOf } from "../../../../server/domain/briefing/dates.js";
import { escapeHtml, escapeMarkdown } from "../../../../server/domain/briefing/escape.js";
import { formatMoney } from "../../../../server/domain/briefing/money-format.js";
import { parseBriefingOptions, parseBriefingTarget } from "../../../../server/domain/briefing/parse.js";

const d = (date: string) => briefDate(date)!;

describe("briefing dates", () => {
  it("labels each date at its own precision", () => {
    expect([d("2021").label, d("2022-11").label, d("2022-11-03").label]).toEqual([
      "2021",
      "Nov 2022",
      "3 Nov 2022",
    ]);
    expect(briefDate("2022-11-03", "month")).toEqual({
      date: "2022-11",
      precision: "month",
      label: "Nov 2022",
    });
  });

  it("rejects dates that are not ISO prefixes or do not exist", () => {
    for (const bad of ["2022-13", "2023-02-29", "22-11", "yesterday", "2022-1"])
      expect(briefDate(bad)).toBeNull();
  });

  it("counts a date as after another only when its whole period is", () => {
    expect(isAfter(d("2023-01"), d("2022"))).toBe(true);
    expect(isAfter(d("2022-11"), d("2022"))).toBe(false);
    expect(isAfter(d("2022"), d("2022-06"))).toBe(false);
  });

  it("sorts a year before its months, and takes the finer of two dates starting together as the later", () => {
    expect([d("2022-11"), d("2022"), d("2021-12-31")].sort(compareDates).map((x) => x.date)).toEqual([
      "2021-12-31",
      "2022",
      "2022-11",
    ]);
    expect(laterOf(d("2025"), d("2025-08"))!.label).toBe("Aug 2025");
  });
});

describe("briefing money labels", () => {
  it("shows amounts in their own currency with a scale", () => {
    expect(formatMoney(350e9, "JPY")).toBe("¥350bn");
    expect(formatMoney(10e12, "JPY")).toBe("¥10tn");
    expect(formatMoney(67.72e9, "USD")).toBe("$67.72bn");
    expect(formatMoney(5e6, "KRW")).toBe("KRW 5m");
  });
});

describe("briefing escaping", () => {
  it("escapes HTML text and attribute quotes", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;",
    );
  });

  it("escapes Markdown markup and leading block markers, and folds line breaks", () => {
    expect(escapeMarkdown("# *a* [b](c) `d` |e|")).toBe("\\# \\*a\\* \\[b\\](c) \\`d\\` \\|e\\|");
    expect(escapeMarkdown("1. x\n## y <b>")).toBe("1\\. x ## y &lt;b&gt;");
  });
});

describe("briefing request parsing", () => {
  it("defaults to HTML and reads since and focus", () => {
    expect(parseBriefingOptions({})).toEqual({ format: "html", since: null, focus: null });
    expect(parseBriefingOptions({ format: "md", since: "2023-05", focus: "japan, china,japan" })).toEqual({
      format: "md",
      since: { date: "2023-05", precision: "month", label: "May 2023" },
      focus: ["japan", "china"],
    });
  });

  it("names the parameter of a bad format, since or focus", () => {
    expect(() => parseBriefingOptions({ format: "docx" })).toThrow(
      expect.objectContaining({ code: "invalid_argument", details: { parameter: "format" } }),
    );
    expect(() => parseBriefingOptions({ since: "2023-02-30" })).toThrow(
      expect.objectContaining({ details: { parameter: "since" } }),
    );
    expect(() => parseBriefingOptions({ focus: "a,,b" })).toThrow(
      expect.objectContaining({ details: { parameter: "focus" } }),
    );
    expect(() => parseBriefingOptions({ format: ["md", "html"] })).toThrow(
      expect.objectContaining({ details: { parameter: "format" } }),
    );
  });

  it("reads a POST body of ids or of a saved query, and refuses anything else", () => {
    expect(parseBriefingTarget({ ids: ["japan", "tsmc", "japan"] })).toEqual({ ids: ["japan", "tsmc"] });
    expect(parseBriefingTarget({ query: "who-funds-whom", params: { minUsd: 1 } })).toEqual({
      query: "who-funds-whom",
      params: { minUsd: 1 },
    });
    expect(() => parseBriefingTarget({ ids: [] })).toThrow(
      expect.objectContaining({ details: { parameter: "ids" } }),
    );
    expect(() => parseBriefingTarget({ query: "../etc" })).toThrow(
      expect.objectContaining({ details: { parameter: "query" } }),
    );
    expect(() => parseBriefingTarget([])).toThrow(
      expect.objectContaining({ details: { parameter: "body" } }),
    );
  });
});

describe("briefing palette", () => {
  it("colours each type as the explorer's canvas does", () => {
    expect(TYPE_COLORS).toEqual(NODE_COLORS);
  });
});
