// searchKey: searchText behind search's RANGE index (length first for a name alone), written on every path, back-filled on open.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphNode } from "../../../../server/domain/model.js";
import { createMemoryStore, type MemoryGraphStore } from "../../../../server/store/memory/memory-store.js";
import type { Neo4jStore } from "../../../../server/store/neo4j/neo4j-store.js";
import {
  codePointPrefix,
  SEARCH_KEY_JOIN,
  SEARCH_KEY_PLAIN_ID_MAX,
  SEARCH_PREFIX_LENGTH,
  searchKey,
  searchText,
} from "../../../../server/store/neo4j/rows.js";
import { backfillSearchKey } from "../../../../server/store/neo4j/search-key-migration.js";
import { SEARCH_TOP_CANDIDATES } from "../../../../server/store/neo4j/search-queries.js";
import { searchParams } from "../../../../server/store/neo4j/search.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";
import { prng } from "../../../helpers/prng.js";
import { companyNode } from "../../../helpers/fixture-graph.js";

const ASTRAL = "\u{20000}"; // a CJK letter beyond the BMP: kept by normalizeText, 4 bytes of UTF-8, 2 UTF-16 units

const node = companyNode;

/** ~26 KB of searchText, far beyond a RANGE key's ~8 KB and below the TEXT index's 32,766 bytes. */
function bigNode(id: string, tag: string): GraphNode {
  const plain = Array.from({ length: 40 }, (_, i) => `${tag} alias ${i} ${"filler ".repeat(70)}`.trim());
  const astral = Array.from({ length: 4 }, (_, i) => `${tag} wide ${i} ${ASTRAL.repeat(240)}`);
  return node(id, `${tag} big node`, [...plain, ...astral, `${tag} last alias`]);
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("codePointPrefix", () => {
  it("keeps a text of at most the cap whole", () => {
    expect(codePointPrefix("kari | mo")).toBe("kari | mo");
    expect(codePointPrefix("a".repeat(SEARCH_PREFIX_LENGTH))).toBe("a".repeat(SEARCH_PREFIX_LENGTH));
  });

  it("cuts a longer text at the cap, counting a character beyond the BMP once and never halving it", () => {
    expect(codePointPrefix("a".repeat(SEARCH_PREFIX_LENGTH + 5))).toBe("a".repeat(SEARCH_PREFIX_LENGTH));
    const wide = ASTRAL.repeat(SEARCH_PREFIX_LENGTH + 1);
    expect(codePointPrefix(wide)).toBe(ASTRAL.repeat(SEARCH_PREFIX_LENGTH));
    const odd = `a${ASTRAL.repeat(SEARCH_PREFIX_LENGTH)}`;
    expect(codePointPrefix(odd)).toBe(`a${ASTRAL.repeat(SEARCH_PREFIX_LENGTH - 1)}`);
  });

  it("stays within half a RANGE index key even when every character takes 4 bytes", () => {
    expect(utf8Bytes(codePointPrefix(searchText(bigNode("x", ASTRAL.repeat(500)))))).toBeLessThanOrEqual(
      4_000,
    );
  });
});

describe("searchKey", () => {
  /** The key of a node named `name` (no aliases), as nodeRow writes it. */
  const keyOf = (name: string, id = "n1", aliases: string[] = []) => {
    const n = node(id, name, aliases);
    return searchKey(n, searchText(n));
  };
  const J = SEARCH_KEY_JOIN;

  it("starts a name alone with its length in code points, three digits, then p for a plain name and id", () => {
    expect(keyOf("Kari")).toBe(`004pkari${J}1000${J}n1`);
    expect(keyOf("KariTek 1234", "n7")).toBe(`012pkaritek 1234${J}100010000000${J}n7`);
    const longest = "a".repeat(SEARCH_PREFIX_LENGTH - 1);
    expect(keyOf(longest)).toBe(`999p${longest}${J}${"0".repeat(999)}${J}n1`);
  });

  it("marks x a name alone that is not plain, or whose id is not", () => {
    expect(keyOf(`${ASTRAL}kari`)).toBe(`005x${ASTRAL}kari`);
    expect(keyOf("Kári 1")).toBe("006xkari 1");
    expect(keyOf("kari  1")).toBe("006xkari 1"); // two spaces: its lower case is not its searchText
    expect(keyOf(" kari")).toBe("004xkari");
    expect(keyOf("kari-1")).toBe("006xkari 1");
    expect(keyOf("kari", "n\uE000")).toBe("004xkari");
    expect(keyOf("kari", "n\u{20000}")).toBe("004xkari");
    expect(keyOf("kari", "n".repeat(SEARCH_KEY_PLAIN_ID_MAX + 1))).toBe("004xkari");
    expect(keyOf("kari", "n".repeat(SEARCH_KEY_PLAIN_ID_MAX))).toBe(`004pkari${J}0000${J}${"n".repeat(200)}`);
  });

  it('keys every other text "~" and its first 1,000 code points: aliases, and names of 1,000 or more', () => {
    expect(keyOf("Kari", "n1", ["kar"])).toBe("~kari | kar");
    const atCap = "a".repeat(SEARCH_PREFIX_LENGTH);
    expect(keyOf(atCap)).toBe(`~${atCap}`);
    expect(keyOf(`${atCap}bc`)).toBe(`~${atCap}`);
    const wide = ASTRAL.repeat(SEARCH_PREFIX_LENGTH - 1); // 999 code points in 1,998 UTF-16 units: a name alone
    expect(keyOf(wide)).toBe(`999x${wide}`);
    expect(keyOf(`${wide}${ASTRAL}`)).toBe(`~${wide}${ASTRAL}`);
  });

  it("orders single keys below every other key, shortest first, and plain ones of a length in tie order", () => {
    const keys = [keyOf("karitek 1234"), keyOf("kari"), keyOf("kari", "n1", ["x"]), keyOf("ka")].sort();
    expect(keys).toEqual([keyOf("ka"), keyOf("kari"), keyOf("karitek 1234"), "~kari | x"]);
    // One length: lower-cased name, then name descending (lower case first), then id, as the search ranks ties.
    const names: [string, string][] = [
      ["Karo", "a"],
      ["kari", "b"],
      ["Kari", "a"],
      ["kari", "a"],
      ["KARI", "c"],
    ];
    const byKey = names
      .map(([name, id]) => ({ name, id, key: keyOf(name, id) }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(byKey.map((k) => `${k.name}/${k.id}`)).toEqual(["kari/a", "kari/b", "Kari/a", "KARI/c", "Karo/a"]);
  });
});

describeNeo4j("searchKey on Neo4j", () => {
  let store: Neo4jStore;
  let memory: MemoryGraphStore;
  const driver = () => store.connection.driver;

  /** Every stored node's searchKey is searchKey(searchText) and no searchPrefix is left: loader and back-fill agree. */
  async function keysAreCurrent(): Promise<void> {
    const { records } = await driver().executeQuery(
      "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.searchText AS text, n.searchKey AS key, n.searchPrefix AS old ORDER BY id",
    );
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      const stored = { id: String(r.get("id")), name: String(r.get("name")) };
      expect(r.get("key"), stored.id).toBe(searchKey(stored, String(r.get("text"))));
      expect(r.get("old"), String(r.get("id"))).toBeNull();
    }
  }

  /** Both stores hold `nodes`; every query answers the same on both (ids, order, scores). */
  async function expectParity(nodes: GraphNode[], queries: string[], limit = 20): Promise<void> {
    memory = await createMemoryStore({ nodes, edges: [], sources: [] });
    for (const q of queries)
      expect(await store.search(q, { limit }), `"${q.slice(0, 40)}…" (${q.length})`).toEqual(
        await memory.search(q, { limit }),
      );
  }

  beforeAll(async () => {
    store = await connectedTestStore();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it("cuts as Cypher's left() does, for random text with characters beyond the BMP", async () => {
    const rng = prng(7);
    const pieces = ["a", "é", ASTRAL, "\u{10FFFF}", " | ", "z"];
    const texts = Array.from({ length: 50 }, () =>
      Array.from({ length: SEARCH_PREFIX_LENGTH - 20 + rng.int(60) }, () => rng.pick(pieces)).join(""),
    );
    const { records } = await driver().executeQuery("UNWIND $texts AS t RETURN left(t, $length) AS prefix", {
      texts,
      length: SEARCH_PREFIX_LENGTH,
    });
    expect(records.map((r) => r.get("prefix"))).toEqual(texts.map((t) => codePointPrefix(t)));
  });

  it("back-fills the key the loader writes, for random names, aliases and ids: plain or not, around the cap, beyond the BMP", async () => {
    const rng = prng(8);
    const pieces = ["a", "é", ASTRAL, "\u{10FFFF}", "z", " "];
    const text = () =>
      Array.from({ length: rng.pick([1, 3, 998, 999, 1_000, 1_001]) }, () => rng.pick(pieces)).join("");
    const plainish = () =>
      Array.from({ length: 1 + rng.int(4) }, () => rng.pick(["Kari", "tek", "MO", "7", "x9"])).join(
        rng.pick([" ", " ", "  ", ""]),
      );
    const nodes = Array.from({ length: 60 }, (_, i) =>
      node(
        `r${rng.pick(["", "\uE000", "\u{20000}", "\u0001"])}${i}`,
        rng.chance(0.5) ? plainish() : `x${text()}`,
        rng.chance(0.3) ? [text()] : [],
      ),
    );
    await store.clear();
    await store.load({ nodes, edges: [], sources: [] });
    await keysAreCurrent();
    await driver().executeQuery("MATCH (n:Entity) REMOVE n.searchKey");
    expect(await backfillSearchKey(driver(), undefined)).toBe(nodes.length);
    await keysAreCurrent();
  });

  it("loads, updates, creates and finds nodes whose name and aliases are far beyond 8 KB", async () => {
    await store.clear();
    const [big, other] = [bigNode("big", "kari"), bigNode("other", "mora")];
    expect(utf8Bytes(searchText(big))).toBeGreaterThan(2 * 8_192);
    await store.load({ nodes: [big, node("small", "Kari small")], edges: [], sources: [] });
    // Fresh load (empty database), then the loader's upsert (it is not empty), then curation's create and update.
    const updated = { ...big, aliases: [...big.aliases.slice(1), "kari updated alias"] };
    await store.load({ nodes: [updated], edges: [], sources: [] });
    await store.applyChanges({ upsertNodes: [other] });
    const renamed = { ...other, name: "Mora renamed", aliases: [...other.aliases, "mora curated alias"] };
    await store.applyChanges({ upsertNodes: [renamed] });
    expect(await store.getNode("big")).toEqual(updated);
    expect(await store.getNode("other")).toEqual(renamed);
    await keysAreCurrent();
    const all = [updated, node("small", "Kari small"), renamed];
    await expectParity(all, [
      "kari",
      "kari big",
      "kari updated",
      "mora renamed",
      "mora curated",
      "mora last",
      ASTRAL,
    ]);
  });

  it("answers queries at and over the prefix cap as the memory store does", async () => {
    await store.clear();
    const base = "k".repeat(SEARCH_PREFIX_LENGTH - 1);
    const nodes = [
      node("a", `${base}x tail`),
      node("b", `${base}y tail`),
      node("c", `${base}${ASTRAL}${ASTRAL} tail`),
      node("d", `${base}${ASTRAL}q tail`),
      node("w", `lead ${base}x tail`),
      node("s", "short", [`${base}x alias`]),
    ];
    await store.load({ nodes, edges: [], sources: [] });
    await keysAreCurrent();
    const queries = [
      base, // below the cap
      `${base}x`, // at the cap (1,000 code points)
      `${base}x t`, // over the cap: "a" alone starts with it; "w" holds it as a word
      `${base}y tail`,
      `${base}${ASTRAL}`, // at the cap, its last character beyond the BMP
      `${base}${ASTRAL}${ASTRAL}`, // over the cap by a character beyond the BMP: only "c"
      `${base}${ASTRAL}q`,
      `${base}z`, // no node: prefixQ matches "a" and "b" in searchKey, neither starts with the query
    ];
    await expectParity(nodes, queries, 20);
    expect((await store.search(`${base}${ASTRAL}${ASTRAL}`, { limit: 5 })).map((h) => h.id)).toEqual(["c"]);
    expect(await store.search(`${base}z`, { limit: 5 })).toEqual([]);
  });

  it("back-fills a database an earlier version wrote (searchPrefix, no searchKey) when a store opens on it", async () => {
    await store.clear();
    const nodes = [
      ...Array.from({ length: 30 }, (_, i) => node(`p${i}`, `Sen ${i}`, [`alias ${i}`])),
      bigNode("big", "sen"),
    ];
    await store.load({ nodes, edges: [], sources: [] });
    // As the version before left it: searchPrefix and its index, no searchKey; and one key out of date.
    await driver().executeQuery(
      "MATCH (n:Entity) WHERE n.id <> 'p3' REMOVE n.searchKey SET n.searchPrefix = left(n.searchText, 1000)",
    );
    await driver().executeQuery("MATCH (n:Entity {id: 'p3'}) SET n.searchKey = 'stale'");
    await driver().executeQuery(
      "CREATE RANGE INDEX entity_search_prefix IF NOT EXISTS FOR (n:Entity) ON (n.searchPrefix)",
    );
    const expected = await (
      await createMemoryStore({ nodes, edges: [], sources: [] })
    ).search("sen", { limit: 5 });
    expect(await store.search("sen", { limit: 5 }), "without searchKey the best tier is lost").not.toEqual(
      expected,
    );

    const reopened = await connectedTestStore(); // connecting applies the schema, and with it the back-fill
    await reopened.close();
    await keysAreCurrent();
    await expectParity(nodes, ["sen", "sen 1", "sen big", "alias 2"], 10);
    expect(await backfillSearchKey(driver(), undefined), "a second run finds nothing to do").toBe(0);
    const { records } = await driver().executeQuery(
      "SHOW INDEXES YIELD name WHERE name = 'entity_search_prefix'",
    );
    expect(records, "the index of the version before is dropped").toEqual([]);
  });

  it("does not read the nodes again when every one has searchKey (so a stale value alone stays)", async () => {
    await store.clear();
    await store.load({
      nodes: [node("q1", "Sen one", []), node("q2", "Sen two", [])],
      edges: [],
      sources: [],
    });
    await driver().executeQuery("MATCH (n:Entity {id: 'q1'}) SET n.searchKey = 'stale'");
    expect(await backfillSearchKey(driver(), undefined)).toBe(0);
    const { records } = await driver().executeQuery("MATCH (n:Entity {id: 'q1'}) RETURN n.searchKey AS p");
    expect(records[0]?.get("p")).toBe("stale");
  });

  it("reads the best tier through the RANGE index on searchKey", async () => {
    const { summary } = await driver().executeQuery(
      `EXPLAIN ${SEARCH_TOP_CANDIDATES}`,
      searchParams("sen", { limit: 20 }),
    );
    const operators: string[] = [];
    const walk = (plan: {
      operatorType: string;
      arguments: Record<string, unknown>;
      children: unknown[];
    }) => {
      operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? "")}`);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.plan as unknown as Parameters<typeof walk>[0]);
    expect(operators.some((o) => /^NodeIndexSeekByRange.*RANGE INDEX.*searchKey STARTS WITH/.test(o))).toBe(
      true,
    );
  });
});
