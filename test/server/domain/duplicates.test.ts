// Entity resolution: which pairs are proposed, why, and how they are scored.
import { describe, expect, it } from "vitest";
import { acronyms, findDuplicates } from "../../../server/domain/duplicates.js";
import type { GraphNode } from "../../../server/domain/model.js";
import { loadSeed } from "../../../seed/load-seed.js";

const node = (
  id: string,
  name: string,
  aliases: string[] = [],
  type: GraphNode["type"] = "Company",
): GraphNode => ({
  id,
  type,
  name,
  aliases,
  properties: {},
});

describe("acronyms", () => {
  it("takes the initials of significant words, also without trailing legal suffixes", () => {
    expect(acronyms("Taiwan Semiconductor Manufacturing Company")).toEqual(["tsmc", "tsm"]);
    expect(acronyms("Taiwan Semiconductor Manufacturing Co., Ltd.")).toEqual(["tsmcl", "tsmc", "tsm"]);
    expect(acronyms("Japan Bank for International Cooperation")).toEqual(["jbic"]);
    expect(acronyms("Rapidus")).toEqual([]);
  });
});

describe("findDuplicates", () => {
  it("matches an acronym name to a long name: TSMC ↔ Taiwan Semiconductor Manufacturing Company", () => {
    const [pair] = findDuplicates([
      node("a", "TSMC"),
      node("b", "Taiwan Semiconductor Manufacturing Company"),
    ]);
    expect(pair).toMatchObject({ a: { id: "a" }, b: { id: "b" }, score: 0.7 });
    expect(pair!.reasons).toEqual(['acronym: "Taiwan Semiconductor Manufacturing Company" → TSMC']);
  });

  it("ranks the same name above a name matching an alias, above a shared alias", () => {
    const found = findDuplicates([
      node("x1", "Kioxia"),
      node("x2", "Kioxia"),
      node("y1", "Toshiba Memory", ["TMC"]),
      node("y2", "TMC"),
      node("z1", "Alpha", ["Shared"]),
      node("z2", "Beta", ["Shared"]),
    ]);
    expect(found.map((c) => [c.a.id, c.b.id, c.score])).toEqual([
      ["x1", "x2", 1],
      ["y1", "y2", 0.9],
      ["z1", "z2", 0.8],
    ]);
  });

  it("ignores legal suffixes, accents and case", () => {
    const [pair] = findDuplicates([node("k1", "Kioxia Corp."), node("k2", "KIOXIA")]);
    expect(pair?.reasons).toContain('same name without legal suffix "kioxia"');
    expect(findDuplicates([node("s1", "Société Générale"), node("s2", "societe generale")])[0]?.score).toBe(
      1,
    );
  });

  it("does not pair entities of different types, except the untyped Entity of imports", () => {
    expect(
      findDuplicates([node("j1", "Japan", [], "Country"), node("j2", "Japan", [], "Programme")]),
    ).toEqual([]);
    expect(
      findDuplicates([node("j1", "Japan", [], "Country"), node("j3", "Japan", [], "Entity")]),
    ).toHaveLength(1);
  });

  it("proposes nothing on the hand-checked seed", async () => {
    expect(findDuplicates((await loadSeed()).nodes)).toEqual([]);
  });
});
