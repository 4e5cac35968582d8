// The entity form's own checks: what the server would refuse, said before sending, naming the field.
import { describe, expect, it } from "vitest";
import { entityFormProblem } from "../../../client/src/panels/entity-form-check.js";
import { parseNodePatch } from "../../../server/domain/edit-input.js";
import { indexSizeProblem } from "../../../server/domain/index-limits.js";

const many = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, "x"));

describe("entityFormProblem", () => {
  it("accepts a name and aliases the server accepts", () => {
    expect(entityFormProblem({ name: "TSMC", aliases: ["Taiwan Semiconductor"] })).toBeNull();
    expect(entityFormProblem({ name: "x".repeat(500), aliases: many(60, 500) })).toBeNull();
  });

  it("refuses an empty or over-long name, naming the name", () => {
    expect(entityFormProblem({ name: "", aliases: [] })).toBe("Name: must not be empty.");
    expect(entityFormProblem({ name: "x".repeat(501), aliases: [] })).toBe(
      "Name: 501 characters; at most 500.",
    );
  });

  it("refuses more than 200 aliases, or one over 500 characters, saying which", () => {
    expect(entityFormProblem({ name: "n", aliases: many(201, 1) })).toBe(
      "Aliases: 201 of them; at most 200.",
    );
    expect(entityFormProblem({ name: "n", aliases: ["short", "y".repeat(501)] })).toMatch(
      /^Aliases: alias 2 \("y{24}…"\) has 501 characters; at most 500\.$/,
    );
  });

  it("refuses aliases that together are too long to index, with the server's reason", () => {
    const values = { name: "n", aliases: many(70, 480) };
    expect(indexSizeProblem(values)?.field).toBe("aliases");
    expect(entityFormProblem(values)).toBe(`Aliases: ${indexSizeProblem(values)!.message}.`);
    expect(entityFormProblem(values)).toContain("at most 32,000");
  });

  it("refuses what the server's patch validation refuses on length, and what it refuses after it", () => {
    for (const values of [
      { name: "x".repeat(501), aliases: [] },
      { name: "n", aliases: many(201, 1) },
      { name: "n", aliases: ["z".repeat(501)] },
    ]) {
      expect(entityFormProblem(values)).not.toBeNull();
      expect(() => parseNodePatch(values)).toThrow();
    }
    // Within every length limit, but too long to index: the server refuses it one step later, and so does the form.
    const unindexable = { name: "x".repeat(500), aliases: many(200, 500) };
    expect(() => parseNodePatch(unindexable)).not.toThrow();
    expect(indexSizeProblem(unindexable)).not.toBeNull();
    expect(entityFormProblem(unindexable)).toMatch(/^Aliases: /);
  });
});
