// Which node types each relationship type may join.
import { describe, expect, it } from "vitest";
import { REL_TYPES } from "../../server/domain/vocabulary.js";
import { checkEnds, RELATIONSHIP_RULES } from "../../seed/relationship-rules.js";

describe("RELATIONSHIP_RULES", () => {
  it("has a rule for every relationship type in the vocabulary", () => {
    expect(Object.keys(RELATIONSHIP_RULES).sort()).toEqual([...REL_TYPES].sort());
  });
});

describe("checkEnds", () => {
  it("accepts ends the rule allows", () => {
    expect(checkEnds("HALTED_SUPPLY_TO", "Company", "Company")).toBeNull();
    expect(checkEnds("PART_OF", "Policy", "Country")).toBeNull();
  });

  it("names the wrong end and what is allowed", () => {
    expect(checkEnds("PLEDGES", "Country", "Company")).toBe(
      "PLEDGES may not end at a Company (allowed: Funding)",
    );
    expect(checkEnds("PUBLISHES", "Person", "Article")).toBe(
      "PUBLISHES may not start at a Person (allowed: Outlet)",
    );
  });
});
