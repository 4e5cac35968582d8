// A node's name and aliases must fit the stores' indexes: byte counts, the limits, and where a load is refused.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../server/domain/errors.js";
import {
  indexSizeProblem,
  NAME_MAX_BYTES,
  SEARCHABLE_MAX_BYTES,
  utf8Length,
} from "../../../server/domain/index-limits.js";
import { validateGraphExport } from "../../../server/domain/validate-load.js";
import { prng } from "../../helpers/prng.js";
import { companyNode } from "../../helpers/fixture-graph.js";

const ASTRAL = "\u{20000}"; // 4 bytes of UTF-8, kept by normalizeText
const node = companyNode;

describe("utf8Length", () => {
  it("counts the bytes Buffer would write, for every kind of UTF-16 text, lone surrogates included", () => {
    const rng = prng(7);
    const pieces = ["a", "é", "€", ASTRAL, "\uD800", "\uDC00", " ", "\u0000", "ß"];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: rng.int(30) }, () => rng.pick(pieces)).join("");
      expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });
});

describe("indexSizeProblem", () => {
  it("accepts a name of exactly the limit in bytes and refuses one byte more, counting UTF-8", () => {
    expect(indexSizeProblem({ name: "a".repeat(NAME_MAX_BYTES), aliases: [] })).toBeNull();
    expect(indexSizeProblem({ name: ASTRAL.repeat(NAME_MAX_BYTES / 4), aliases: [] })).toBeNull();
    const over = indexSizeProblem({ name: `${ASTRAL.repeat(NAME_MAX_BYTES / 4 - 1)}abcde`, aliases: [] });
    expect(over?.field).toBe("name");
    expect(over?.message).toMatch(/8,001 bytes of UTF-8; at most 8,000/);
  });

  it("refuses aliases that take the normalised name and aliases past the search index's limit", () => {
    // 64 aliases of 497 letters: 64 × (3 + 497) + 4 = 32,004 bytes with the name "name".
    const aliases = Array.from({ length: 64 }, (_, i) => `${String(i).padStart(3, "0")}${"x".repeat(494)}`);
    const problem = indexSizeProblem({ name: "name", aliases });
    expect(problem?.field).toBe("aliases");
    expect(problem?.message).toMatch(/32,004 bytes once normalised for search; at most 32,000/);
    expect(indexSizeProblem({ name: "name", aliases: aliases.slice(1) })).toBeNull();
  });

  it("counts what search indexes, not what was typed: punctuation and accents fall away", () => {
    const typed = "é.".repeat(15_000); // 45,000 bytes typed; normalised to "e e … e", 29,999 bytes
    expect(utf8Length(typed)).toBeGreaterThan(SEARCHABLE_MAX_BYTES);
    expect(indexSizeProblem({ name: "n", aliases: [typed] })).toBeNull();
  });
});

describe("validateGraphExport and the index limits", () => {
  it("refuses a load whose node is too long, naming the node and the field", () => {
    const data = { nodes: [node("ok", "Fine"), node("long", "x".repeat(9_000))], edges: [], sources: [] };
    expect(() => validateGraphExport(data)).toThrow(InvalidArgumentError);
    expect(() => validateGraphExport(data)).toThrow(
      /^load: nodes\.1\.name \(node "long"\): is 9,000 bytes of UTF-8; at most 8,000/,
    );
  });

  it("lets data a store already holds through when asked to (an old snapshot restores as it was)", () => {
    const data = { nodes: [node("long", "x".repeat(9_000))], edges: [], sources: [] };
    expect(validateGraphExport(data, { indexSizes: false }).data.nodes[0]!.name).toHaveLength(9_000);
  });
});
