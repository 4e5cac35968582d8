// Formatting of amounts, dates and properties for the inspector.
import { describe, expect, it } from "vitest";
import {
  formatAmount,
  formatDate,
  formatMoney,
  formatPropertyValue,
  formatValue,
  humanizeKey,
  inferPrecision,
  propertyRows,
} from "../../../client/src/state/format.js";

describe("formatAmount", () => {
  it("writes yen and dollars compactly with their symbols", () => {
    expect(formatAmount(350e9, "JPY")).toBe("¥350B");
    expect(formatAmount(550e9, "USD")).toBe("$550B");
    expect(formatAmount(2.38e9, "USD")).toBe("$2.38B");
  });

  it("falls back to the number and the code when the currency is unknown", () => {
    expect(formatAmount(1500, "XX1")).toBe("1.5K XX1");
  });

  it("writes a bare number when there is no currency", () => {
    expect(formatAmount(10e12)).toBe("10T");
  });
});

describe("formatMoney", () => {
  it("adds the USD equivalent when the source gave one in another currency", () => {
    expect(formatMoney({ amount: 350e9, currency: "JPY", amountUsd: 2.38e9 })).toBe("¥350B (≈ $2.38B)");
  });

  it("does not repeat the amount for USD sums", () => {
    expect(formatMoney({ amount: 100e9, currency: "USD", amountUsd: 100e9 })).toBe("$100B");
  });

  it("returns null when there is no amount at all", () => {
    expect(formatMoney({ date: "2022-11" })).toBeNull();
  });
});

describe("formatDate", () => {
  it("never invents a day or a month beyond the stated precision", () => {
    expect(formatDate("2022-11", "month")).toBe("November 2022");
    expect(formatDate("2025-08-14", "year")).toBe("2025");
    expect(formatDate("2025-07-22", "day")).toBe("22 July 2025");
  });

  it("infers the precision from the string when none is given", () => {
    expect(inferPrecision("2022")).toBe("year");
    expect(inferPrecision("2022-11")).toBe("month");
    expect(formatDate("2022-11")).toBe("November 2022");
  });

  it("leaves text that is not an ISO date as it is", () => {
    expect(formatDate("late 2022")).toBe("late 2022");
  });
});

describe("propertyRows", () => {
  it("folds amount, currency and precision into formatted rows", () => {
    const rows = propertyRows({
      amount: 350e9,
      currency: "JPY",
      date: "2022-11",
      datePrecision: "month",
      note: "x",
    });
    expect(rows).toEqual([
      { label: "Amount", value: "¥350B" },
      { label: "Date", value: "November 2022" },
      { label: "Note", value: "x" },
    ]);
  });

  it("humanises keys and joins lists", () => {
    expect(humanizeKey("validFrom")).toBe("Valid from");
    expect(humanizeKey("node_size")).toBe("Node size");
    expect(formatValue(["a", "b"])).toBe("a, b");
    expect(formatValue(null)).toBe("—");
  });

  it("writes years as plain digits but still groups other large numbers", () => {
    expect(propertyRows({ founded: 2004, employees: 76000, fiscalYear: 2023 })).toEqual([
      { label: "Founded", value: "2004" },
      { label: "Employees", value: "76,000" },
      { label: "Fiscal year", value: "2023" },
    ]);
    expect(formatPropertyValue("founded", 2004.5)).toBe("2,004.5");
  });
});

describe("propertyRows provenance and percentages", () => {
  const sources = new Map([
    [
      "register-2022-11",
      {
        id: "register-2022-11",
        title: "US to Japan",
        publisher: "The Register",
        published: "2022-11",
        datePrecision: "month" as const,
      },
    ],
  ]);

  it("names the sources an entity is mentioned in, with their paragraphs", () => {
    const rows = propertyRows(
      { sourceIds: ["register-2022-11"], mentions: ["register-2022-11 para 13", "register-2022-11 para 17"] },
      sources,
    );
    expect(rows).toEqual([{ label: "Mentioned in", value: "The Register (para 13, para 17)" }]);
  });

  it("writes percentage properties with a percent sign and leaves the description out", () => {
    expect(propertyRows({ equityMinPct: 1, description: "lead paragraph" })).toEqual([
      { label: "Equity min", value: "1%" },
    ]);
  });

  it("says a yearly amount is yearly and whose conversion the dollar figure is", () => {
    expect(
      formatMoney({
        amount: 10e12,
        currency: "JPY",
        amountUsd: 67.72e9,
        amountUsdBasis: "article-conversion",
        per: "year",
      }),
    ).toBe("¥10T a year (≈ $67.72B, the article's conversion)");
  });
});
