// The WordNet reader: line parsing, the documented relationship mapping, and a whole graph with no dangling edge.
import { describe, expect, it } from "vitest";
import { loadWordnet, parseDataLine, POINTER_NAMES } from "../../bench/data/wordnet.js";
import { isNodeType, isRelType } from "../../server/domain/vocabulary.js";

const LINE =
  "00004258 03 n 02 living_thing 0 animate_thing 0 002 @ 00003553 n 0000 + 02620216 v 0201 | a living (or once living) entity  ";

describe("WordNet reader", () => {
  describe("#parseDataLine", () => {
    it("reads the synset key, its words and its pointers with word numbers", () => {
      const s = parseDataLine(LINE)!;
      expect(s.key).toBe("n00004258");
      expect(s.words).toEqual(["living_thing", "animate_thing"]);
      expect(s.pointers).toEqual([
        { symbol: "@", target: "n00003553", sourceWord: 0, targetWord: 0 },
        { symbol: "+", target: "v02620216", sourceWord: 2, targetWord: 1 },
      ]);
    });

    it("skips the licence header and strips adjective markers", () => {
      expect(parseDataLine("  1 This software and database is being provided")).toBeNull();
      const adj = parseDataLine("00001740 00 a 01 able(p) 0 000 | (usually followed by `to')")!;
      expect(adj.words).toEqual(["able"]);
    });

    it("names the common pointer symbols", () => {
      expect(POINTER_NAMES["@"]).toBe("hypernym");
      expect(POINTER_NAMES["#p"]).toBe("part_holonym");
    });
  });

  describe("#loadWordnet", () => {
    it("models words and synsets as nodes and senses and pointers as vocabulary-typed edges", () => {
      const g = loadWordnet();
      expect(g.nodes.length).toBeGreaterThan(250_000);
      expect(g.edges.length).toBeGreaterThan(550_000);
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(ids.size).toBe(g.nodes.length);
      expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(g.nodes.every((n) => isNodeType(n.type))).toBe(true);
      expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(["MEMBER_OF", "PART_OF", "RELATED_TO"]));
      expect(g.edges.every((e) => isRelType(e.type) && typeof e.properties.originalType === "string")).toBe(
        true,
      );
    }, 120_000);
  });
});
