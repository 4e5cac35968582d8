// Contract: #search ranks by the shared score over names and aliases, filters by type and cuts at limit.
import { describe, expect, it } from "vitest";
import { fixtureNode } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

export function describeSearch(store: StoreRef): void {
  describe("#search", () => {
    const ids = async (
      query: string,
      limit = 20,
      types?: Parameters<ReturnType<StoreRef>["search"]>[1]["types"],
    ) => (await store().search(query, { limit, types })).map((hit) => hit.id);

    it("ranks an exact name above a prefix match", async () => {
      const hits = await store().search("tsmc", { limit: 10 });
      expect(hits.map((h) => h.id)).toEqual(["tsmc", "tsmc-arizona"]);
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    });

    it("returns whole nodes, each with its score", async () => {
      const [hit] = await store().search("Rapidus", { limit: 1 });
      expect(hit).toEqual({ ...fixtureNode("rapidus"), score: 110 });
    });

    it("ignores accents and case", async () => {
      expect(await ids("SOCIETE generale")).toEqual(["socgen"]);
      expect(await ids("société")).toEqual(["socgen"]);
    });

    it("finds a node through one of its aliases", async () => {
      expect(await ids("taiwan semiconductor")).toEqual(["tsmc"]);
      expect(await ids("SocGen")).toEqual(["socgen"]);
    });

    it("scores an exact alias just below an exact name", async () => {
      const [kioxia] = await store().search("kioxia", { limit: 1 });
      expect(kioxia).toMatchObject({ id: "kioxia", score: 108 });
    });

    it("matches the start of a word inside a name", async () => {
      expect(await ids("bank")).toEqual(["jbic"]);
    });

    it("keeps only the requested node types", async () => {
      expect(await ids("japan")).toEqual(["japan", "jbic"]);
      expect(await ids("japan", 20, ["Institution"])).toEqual(["jbic"]);
      expect(await ids("japan", 20, ["Institution", "Country"])).toEqual(["japan", "jbic"]);
    });

    it("treats an empty types list as every type", async () => {
      expect(await ids("japan", 20, [])).toEqual(["japan", "jbic"]);
    });

    it("cuts the ranked list at limit", async () => {
      const all = await ids("a", 500);
      expect(all.length).toBeGreaterThan(3);
      expect(await ids("a", 3)).toEqual(all.slice(0, 3));
    });

    it("orders equal scores by name, then id", async () => {
      const hits = await store().search("a", { limit: 500 });
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.score > b.score || (a.score === b.score && a.name.localeCompare(b.name, "en") <= 0)).toBe(
          true,
        );
      }
    });

    it("returns nothing when no name or alias matches", async () => {
      expect(await ids("zzzz-no-such-thing")).toEqual([]);
    });

    it("returns nothing for a query made only of punctuation", async () => {
      expect(await ids("!!! ...")).toEqual([]);
    });
  });
}
