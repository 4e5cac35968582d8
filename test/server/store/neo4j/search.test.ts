// The Neo4j store's tiered search ranks exactly as scoring every node and sorting, whichever tier fills the page.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphNode, ScoredNode } from "../../../../server/domain/model.js";
import { compareScored, normalizeText, scoreNode } from "../../../../server/domain/search-score.js";
import type { NodeType } from "../../../../server/domain/vocabulary.js";
import type { Neo4jStore } from "../../../../server/store/neo4j/neo4j-store.js";
import { SEARCH_TOP_CANDIDATES } from "../../../../server/store/neo4j/search-queries.js";
import { searchParams } from "../../../../server/store/neo4j/search.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";
import { prng } from "../../../helpers/prng.js";

const node = (id: string, name: string, aliases: string[] = [], type: NodeType = "Company"): GraphNode => ({
  id,
  type,
  name,
  aliases,
  properties: {},
});

/** What the search must answer: every node scored with scoreNode, kept when > 0, sorted, cut at limit. */
function reference(all: GraphNode[], query: string, limit: number, types?: NodeType[]): ScoredNode[] {
  return all
    .filter((n) => !types?.length || types.includes(n.type))
    .map((n) => ({ ...n, score: scoreNode(n, query) }))
    .filter((n) => n.score > 0)
    .sort(compareScored)
    .slice(0, limit);
}

/** A plain name (ASCII letters, digits, spaces) in mixed case, from few lengths: many exact ties. */
function plainName(rng: ReturnType<typeof prng>, word: string): string {
  const cased = [...word].map((c) => (rng.chance(0.3) ? c.toUpperCase() : c)).join("");
  return `${cased}${rng.pick([" ", "  ", ""])}${String(rng.int(90) + 10)}`;
}

/** A mixed graph: plain and accented names, punctuation, aliases, astral letters (U+20000 is a letter). */
function mixedGraph(count: number): GraphNode[] {
  const rng = prng(11);
  const words = ["Kari", "kari", "Kári", "mo", "Mo-ra", "limo", "sen", "𠀀sen", "se𠀀n", "bank", "Tek na"];
  const phrase = () =>
    rng.chance(0.5)
      ? plainName(rng, rng.pick(["kari", "mo", "sen"]))
      : Array.from({ length: 1 + rng.int(3) }, () => rng.pick(words)).join(rng.pick([" ", "", "."]));
  const types: NodeType[] = ["Company", "Person", "Country"];
  return Array.from({ length: count }, (_, i) =>
    node(`n${i}`, phrase(), Array.from({ length: rng.int(3) }, phrase), rng.pick(types)),
  );
}

describeNeo4j("Neo4j store search", () => {
  let store: Neo4jStore;
  let loaded: GraphNode[] = [];
  const load = async (nodes: GraphNode[]) => {
    await store.clear();
    await store.load({ nodes, edges: [], sources: [] });
    loaded = nodes;
  };
  const expectReference = async (query: string, limit: number, types?: NodeType[]) =>
    expect(await store.search(query, { limit, types }), `"${query}" limit ${limit} ${types}`).toEqual(
      reference(loaded, query, limit, types),
    );
  /** The rows the statement hands to TypeScript (before the exact ranking). */
  const candidateRows = async (query: string, limit: number) =>
    (
      await store.connection.driver.executeQuery(
        SEARCH_TOP_CANDIDATES,
        searchParams(normalizeText(query), { limit }),
      )
    ).records.length;

  beforeAll(async () => {
    store = await connectedTestStore();
  });
  afterAll(() => store.close());

  it("ranks exactly as scoring every node, for many queries, limits and type filters", async () => {
    await load(mixedGraph(400));
    for (const query of ["kari", "KARI", "mo ra", "sen", "𠀀", "se𠀀n", "bank", "a", "zzz"])
      for (const limit of [1, 20, 500])
        for (const types of [undefined, ["Person", "Country"]] as (NodeType[] | undefined)[])
          await expectReference(query, limit, types);
  }, 300_000);

  it("fills a page with exact names and aliases ahead of the many prefix matches", async () => {
    await load([
      node("e1", "Mo"),
      node("e2", "MO"),
      node("a1", "Molar", ["mo"]),
      ...Array.from({ length: 30 }, (_, i) => node(`p${i}`, `Mo ${i}`)),
      ...Array.from({ length: 30 }, (_, i) => node(`s${i}`, `Limo ${i}`)),
    ]);
    await expectReference("mo", 3);
    expect((await store.search("mo", { limit: 3 })).map((h) => h.id)).toEqual(["e1", "e2", "a1"]);
    await expectReference("mo", 10);
  });

  it("finds prefix matches through an alias when no name starts with the query", async () => {
    await load([
      node("a", "Alpha", ["Vito one"]),
      node("b", "Beta", ["vitolo"]),
      node("c", "Gamma", ["x", "Vito"]),
      ...Array.from({ length: 10 }, (_, i) => node(`w${i}`, `Big vito ${i}`)),
    ]);
    await expectReference("vito", 3);
    expect((await store.search("vito", { limit: 3 })).map((h) => h.id)).toEqual(["c", "b", "a"]);
  });

  it("falls back to word-prefix matches when prefix matches do not fill the page", async () => {
    await load([
      node("p1", "Bank of X"),
      ...Array.from({ length: 5 }, (_, i) => node(`w${i}`, `Big bank ${i}`)),
      ...Array.from({ length: 10 }, (_, i) => node(`s${i}`, `Sandbank ${i}`)),
    ]);
    await expectReference("bank", 4);
    await expectReference("bank", 6);
  });

  it("falls back to every substring match when the higher tiers do not fill the page", async () => {
    await load([
      node("p1", "Senna"),
      node("w1", "Ayrton Senna"),
      ...Array.from({ length: 10 }, (_, i) => node(`s${i}`, `Essen ${i}`, [`Absent ${i}`])),
    ]);
    await expectReference("sen", 5);
    await expectReference("sen", 50);
  });

  it("counts only nodes of the requested types toward filling a page", async () => {
    await load([
      ...Array.from({ length: 10 }, (_, i) => node(`c${i}`, `Mo ${i}`, [], "Company")),
      node("p1", "Mo Person", [], "Person"),
      ...Array.from({ length: 5 }, (_, i) => node(`q${i}`, `Elmo ${i}`, [], "Person")),
    ]);
    await expectReference("mo", 3, ["Person"]);
    expect((await store.search("mo", { limit: 3, types: ["Person"] })).map((h) => h.id)[0]).toBe("p1");
  });

  it("scores astral text by its JavaScript length, as the memory store does", async () => {
    // "ab𠀀" is 3 code points but 4 UTF-16 units long: it ties with "abcd", below "abc".
    await load([node("x", "ab𠀀"), node("y", "abcd"), node("z", "abc"), node("w", "ab𠀀𠀀")]);
    await expectReference("ab", 1);
    await expectReference("ab", 2);
    await expectReference("ab", 3);
    await expectReference("𠀀", 5);
  });

  it("cuts a large tie of plain names in Cypher and still picks the first by name", async () => {
    const rng = prng(5);
    await load(Array.from({ length: 200 }, (_, i) => node(`t${i}`, plainName(rng, "kari"))));
    for (const limit of [1, 5, 20]) {
      await expectReference("kari", limit);
      expect(await candidateRows("kari", limit)).toBe(limit);
    }
  });

  it("hands TypeScript exactly the page when the names tied at the cut are plain", async () => {
    await load([
      node("x", "Kari"),
      ...Array.from({ length: 30 }, (_, i) => node(`p${i}`, `Kari ${10 + i}`)),
      ...Array.from({ length: 30 }, (_, i) => node(`w${i}`, `Big kari ${i}`)),
    ]);
    // 31 names start with "kari"; a page of 40 takes 9 of the 10 shortest word matches, tied.
    for (const limit of [1, 2, 12, 31, 40]) {
      await expectReference("kari", limit);
      expect(await candidateRows("kari", limit)).toBe(limit);
    }
    await expectReference("kari", 100);
    expect(await candidateRows("kari", 100)).toBe(61);
  });

  it("orders equal plain names by id as JavaScript does, also for ids beyond the BMP", async () => {
    // Cypher compares strings by code point, JavaScript by UTF-16 unit: "x\u{20000}" < "x\uE000" only in JavaScript.
    const ids = ["x\uFFFF", "x\u{20000}", "x\uE000", "xa", "x\u{10FFFF}", "xb"];
    await load([
      ...ids.map((id) => node(id, "Kari 1")),
      ...Array.from({ length: 5 }, (_, i) => node(`l${i}`, `Kari 1${i}`)),
    ]);
    for (const limit of [1, 2, 3, 4, 6]) await expectReference("kari", limit);
  });

  it("ranks exactly as scoring every node on random graphs with heavy ties, aliases and odd text", async () => {
    const rng = prng(23);
    const words = ["kari", "Kari", "karim", "mo", "Mo", "sen", "Sen-na", "karí", "ka ri", "𠀀kari", "kari𠀀"];
    const text = () =>
      rng.chance(0.6)
        ? plainName(rng, rng.pick(words.slice(0, 6)))
        : `${rng.pick(words)}${rng.pick([" ", "", "-"])}${rng.pick(words)}${rng.chance(0.5) ? ` ${rng.int(9)}` : ""}`;
    const types: NodeType[] = ["Company", "Person"];
    for (let round = 0; round < 4; round++) {
      await load(
        Array.from({ length: 150 }, (_, i) =>
          node(
            `r${round}-${rng.pick(["", "\uE000", "\u{20000}"])}${i}`,
            text(),
            Array.from({ length: rng.int(3) }, text),
            rng.pick(types),
          ),
        ),
      );
      for (const query of ["kari", "mo", "sen", "ka", "kari 1", "𠀀"])
        for (const limit of [1, 3, 10, 40])
          await expectReference(query, limit, rng.chance(0.3) ? ["Person"] : undefined);
    }
  }, 300_000);

  it("keeps every long name whose length rounds to the score at the cut, when several lengths do", async () => {
    // Past ~100 characters, neighbouring lengths score the same to 3 decimals ("kari" + 600 letters and + 601
    // both score 80.066): the shortest single names give the cut, and every length that rounds to it ties.
    const rng = prng(31);
    const letters = "abcdefghij";
    const long = (length: number) =>
      `Kari${Array.from({ length: length - 4 }, () => letters[rng.int(letters.length)]).join("")}`;
    await load([
      ...Array.from({ length: 120 }, (_, i) => node(`l${i}`, long(300 + rng.int(690)))),
      node("short", `Kari ${"b".repeat(40)}`),
      node("alias", "Unrelated", [long(500)]),
    ]);
    for (const query of ["kari", "ka", "karia"])
      for (const limit of [1, 2, 7, 20, 60]) await expectReference(query, limit);
  });

  it("hands every tied node to TypeScript when a tied name is not plain", async () => {
    await load([
      ...Array.from({ length: 20 }, (_, i) => node(`t${i}`, `Kari ${10 + i}`)),
      node("u", "Kári 99"),
      node("v", "kari-98"),
    ]);
    await expectReference("kari", 3);
    expect(await candidateRows("kari", 3)).toBe(22);
  });
});

describeNeo4j("Cypher's name order for plain names", () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await connectedTestStore();
  });
  afterAll(() => store.close());

  it("is localeCompare(…, 'en'): ORDER BY toLower(name), name DESC, id", async () => {
    const rng = prng(3);
    const alphabet = "aAbBzZ09 ";
    const names = Array.from({ length: 400 }, (_, i) => ({
      id: `n${i}`,
      name: Array.from({ length: 1 + rng.int(5) }, () => rng.pick([...alphabet])).join(""),
    }));
    const { records } = await store.connection.driver.executeQuery(
      "UNWIND $names AS n RETURN n.id AS id ORDER BY toLower(n.name), n.name DESC, n.id",
      { names },
    );
    const expected = [...names].sort((a, b) => compareScored({ ...a, score: 1 }, { ...b, score: 1 }));
    expect(records.map((r) => r.get("id"))).toEqual(expected.map((n) => n.id));
  });
});
