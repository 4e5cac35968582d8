// The memory store's indexed search ranks exactly as scoring every node with scoreNode and sorting would.
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../../server/domain/model.js";
import { compareScored, scoreNode } from "../../../../server/domain/search-score.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";

const WORDS = ["Kari", "sen", "Sén", "mo", "Mô-ra", "tek", "TSMC", "tsmc", "Ärz", "na", "x"];
const TYPES = ["Company", "Country", "Person"] as const;

/** Nodes with names and aliases built from a few overlapping words, accents and punctuation: many ties. */
function nodes(count: number): GraphNode[] {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const phrase = () =>
    Array.from({ length: 1 + next(3) }, () => WORDS[next(WORDS.length)]).join(next(2) ? " " : "");
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    type: TYPES[next(TYPES.length)]!,
    name: phrase(),
    aliases: Array.from({ length: next(3) }, phrase),
    properties: {},
  }));
}

function reference(all: GraphNode[], query: string, limit: number, types?: string[]) {
  return all
    .filter((n) => !types || types.includes(n.type))
    .map((n) => ({ ...n, score: scoreNode(n, query) }))
    .filter((n) => n.score > 0)
    .sort(compareScored)
    .slice(0, limit);
}

describe("memory store search", () => {
  it("returns the same ranked list as scoring and sorting every node, for many queries, limits and types", async () => {
    const all = nodes(600);
    const store = await createMemoryStore({ nodes: all, edges: [], sources: [] });
    let compared = 0;
    for (const query of [
      "sen",
      "SEN",
      "mo",
      "mo ra",
      "kari sen",
      "tsmc",
      "arz",
      "a",
      "x",
      "n",
      "zzz",
      " ",
      "é",
    ]) {
      for (const limit of [1, 5, 50, 500]) {
        for (const types of [undefined, ["Company"], ["Person", "Country"]]) {
          const expected = reference(all, query, limit, types);
          const found = await store.search(query, { limit, types: types as GraphNode["type"][] | undefined });
          expect(found, `${query} ${limit} ${types}`).toEqual(expected);
          if (expected.length > 1) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  it("follows writes: upserts, removals and clear", async () => {
    const all = nodes(200);
    const store = await createMemoryStore({ nodes: all, edges: [], sources: [] });
    expect(await store.search("sen", { limit: 500 })).toEqual(reference(all, "sen", 500));
    const renamed = { ...all[0]!, name: "Zebra sen", aliases: ["Quokka"] };
    await store.applyChanges({ upsertNodes: [renamed], removeNodes: ["n1"] });
    const after = [renamed, ...all.slice(2)];
    expect(await store.search("sen", { limit: 500 })).toEqual(reference(after, "sen", 500));
    expect((await store.search("quokka", { limit: 5 })).map((n) => n.id)).toEqual(["n0"]);
    await store.clear();
    expect(await store.search("sen", { limit: 5 })).toEqual([]);
    await store.load({ nodes: all.slice(0, 3), edges: [], sources: [] });
    expect(await store.search("sen", { limit: 500 })).toEqual(reference(all.slice(0, 3), "sen", 500));
  });
  it("follows many small writes between searches, and a bulk load after one", async () => {
    let all = nodes(300);
    const store = await createMemoryStore({ nodes: all, edges: [], sources: [] });
    expect(await store.search("sen", { limit: 500 })).toEqual(reference(all, "sen", 500));
    const fresh = nodes(900).slice(300);
    for (let round = 0; round < 12; round++) {
      // Rename one node, drop another and add a third: a few written slots among many untouched runs.
      const renamed = {
        ...all[(round * 37) % all.length]!,
        name: `Quokka sen ${round}`,
        aliases: [`mo ${round}`],
      };
      const dropped = all[(round * 53 + 11) % all.length]!.id;
      const added = fresh[round]!;
      await store.applyChanges({ upsertNodes: [renamed, added], removeNodes: [dropped] });
      all = [...all.filter((n) => n.id !== renamed.id && n.id !== dropped), renamed, added];
      for (const query of ["sen", "mo", "quokka", "a"])
        expect(await store.search(query, { limit: 500 }), `${query} round ${round}`).toEqual(
          reference(all, query, 500),
        );
    }
    // More nodes than the index holds: it is rebuilt whole on the next search.
    await store.load({ nodes: fresh.slice(100), edges: [], sources: [] });
    all = [...all, ...fresh.slice(100)];
    expect(await store.search("sen", { limit: 500 })).toEqual(reference(all, "sen", 500));
  });

  it("follows the same nodes renamed again and again, one at a time and 20 at once, past the compaction of stale slots", async () => {
    let all = nodes(200);
    const store = await createMemoryStore({ nodes: all, edges: [], sources: [] });
    expect(await store.search("sen", { limit: 500 })).toEqual(reference(all, "sen", 500));
    const rename = (node: GraphNode, round: number): GraphNode => ({
      ...node,
      name: round % 2 ? `Quokka sen ${round}` : `Mo ${round}`,
      aliases: round % 3 ? [] : [`tek ${round}`],
    });
    // Rounds 0-29 rename one of three nodes (each renamed ten times: stale slots pile up behind its live one);
    // rounds 30-39 rename twenty at once and drop another node; together well past an eighth of the slots.
    for (let round = 0; round < 40; round++) {
      const chosen = round < 30 ? [all.find((n) => n.id === `n${round % 3}`)!] : all.slice(round, round + 20);
      const renamed = chosen.map((node) => rename(node, round));
      const removeNodes = round >= 30 ? [all[0]!.id] : [];
      await store.applyChanges({ upsertNodes: renamed, removeNodes });
      const written = new Set([...renamed.map((n) => n.id), ...removeNodes]);
      all = [...all.filter((n) => !written.has(n.id)), ...renamed];
      for (const query of ["sen", "mo", "quokka", "tek"])
        expect(await store.search(query, { limit: 500 }), `${query} round ${round}`).toEqual(
          reference(all, query, 500),
        );
    }
  });
});
