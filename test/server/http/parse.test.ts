// Tests for server/http/parse.ts: integer parameters keep the rules they had when zod checked them.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../server/domain/errors.js";
import { parseNeighborParams, parseSearchParams } from "../../../server/http/parse.js";

/** The error `parse` throws, or a failure when it does not throw one. */
function errorOf(parse: () => unknown): InvalidArgumentError {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error("expected an InvalidArgumentError");
}

describe("parseNeighborParams", () => {
  it("reads an optional sign and up to nine digits, ignoring the whitespace around them", () => {
    expect(parseNeighborParams({ depth: " 2 ", limit: "+7", offset: "007" })).toMatchObject({
      depth: 2,
      limit: 7,
      offset: 7,
    });
  });

  it("falls back to the defaults when a parameter is absent or empty", () => {
    expect(parseNeighborParams({ limit: "" })).toMatchObject({ depth: 1, limit: 100, offset: 0 });
  });

  for (const text of ["1e2", "0x10", "1.0", "3 4", "ten", "1234567890", "-", "١"]) {
    it(`refuses limit=${JSON.stringify(text)}, naming the parameter, the range and the value`, () => {
      const error = errorOf(() => parseNeighborParams({ limit: text }));
      expect(error.message).toBe(`limit: must be an integer between 1 and 500, got ${JSON.stringify(text)}`);
      expect(error.details).toEqual({ parameter: "limit" });
    });
  }

  it("refuses values outside the range at both ends", () => {
    expect(errorOf(() => parseNeighborParams({ depth: "0" })).message).toContain(
      "depth: must be an integer between 1 and 3",
    );
    expect(errorOf(() => parseNeighborParams({ depth: "4" })).message).toContain("depth:");
    expect(errorOf(() => parseNeighborParams({ offset: "-1" })).message).toContain("offset:");
    expect(parseNeighborParams({ offset: "100000", limit: "500", depth: "3" })).toMatchObject({
      offset: 100_000,
      limit: 500,
      depth: 3,
    });
  });

  it("refuses a parameter given twice", () => {
    expect(errorOf(() => parseNeighborParams({ limit: ["1", "2"] })).message).toBe(
      'limit: must be given once, as a plain value, got ["1","2"]',
    );
  });
});

describe("parseSearchParams", () => {
  it("checks limit against its own range (1..500, default 20)", () => {
    expect(parseSearchParams({ q: "x" }).limit).toBe(20);
    expect(errorOf(() => parseSearchParams({ q: "x", limit: "501" })).message).toBe(
      'limit: must be an integer between 1 and 500, got "501"',
    );
  });
});
