// The "para N" locator scheme: non-empty lines, counted from 1.
import { describe, expect, it } from "vitest";
import { paragraphLocator, parseParagraphLocator, splitParagraphs } from "../../seed/paragraphs.js";

describe("splitParagraphs", () => {
  it("counts every non-empty line, headings included, and trims them", () => {
    expect(splitParagraphs("Headline\n\n  First para. \r\n\n\nSecond para.\n")).toEqual([
      "Headline",
      "First para.",
      "Second para.",
    ]);
  });
});

describe("paragraph locators", () => {
  it("round-trip a paragraph number", () => {
    expect(paragraphLocator(12)).toBe("para 12");
    expect(parseParagraphLocator("para 12")).toBe(12);
  });

  it("return null for anything that is not a 1-based paragraph locator", () => {
    for (const locator of ["para 0", "para", "paragraph 3", "para 3a", "line 3"]) {
      expect(parseParagraphLocator(locator)).toBeNull();
    }
  });
});
