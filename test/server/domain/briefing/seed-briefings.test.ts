// Briefings on the seed (memory store) for Japan, TSMC and the 2nm programme: cited, complete and deterministic.
import { beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../../../server/domain/briefing/render-html.js";
import { renderMarkdown } from "../../../../server/domain/briefing/render-markdown.js";
import { entityBriefing, setBriefing } from "../../../../server/domain/briefing/service.js";
import type { Briefing } from "../../../../server/domain/briefing/types.js";
import type { GraphExport } from "../../../../server/domain/model.js";
import type { GraphStore } from "../../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { loadSeed } from "../../../../seed/load-seed.js";
import { expectMarkdownCitationsResolve, expectTimelineSorted, expectWellCited } from "./briefing-checks.js";

const NOW = new Date("2026-01-15T09:30:00Z");
const SUBJECTS = ["japan", "tsmc", "us-japan-2nm-research"];
const DEFAULTS = { format: "json" as const, since: null, focus: null };

/** The sums the seed records for relationships touching `id`: on the edge, or on a Funding entity at its other end. */
function seedMoney(seed: GraphExport, id: string) {
  const nodes = new Map(seed.nodes.map((n) => [n.id, n]));
  return seed.edges
    .filter((e) => e.source === id || e.target === id)
    .flatMap((e) => {
      const other = nodes.get(e.source === id ? e.target : e.source)!;
      const props =
        typeof e.properties.amount === "number"
          ? e.properties
          : other.type === "Funding"
            ? other.properties
            : null;
      if (!props || typeof props.amount !== "number") return [];
      return [
        { edgeId: e.id, amount: props.amount, currency: props.currency, amountUsd: props.amountUsd ?? null },
      ];
    })
    .sort((a, b) => (a.edgeId < b.edgeId ? -1 : 1));
}

describe("Briefings on the seed (memory store)", () => {
  let seed: GraphExport;
  let store: GraphStore;
  const briefings = new Map<string, Briefing>();

  beforeAll(async () => {
    seed = await loadSeed();
    store = await createMemoryStore(seed);
    for (const id of SUBJECTS)
      briefings.set(id, await entityBriefing({ store, now: () => NOW }, id, DEFAULTS));
  });

  describe.each(SUBJECTS)("%s", (id) => {
    it("gives every fact line and summary sentence at least one citation, each resolving to a used reference", () => {
      expectWellCited(briefings.get(id)!);
    });

    it("lists in the money table exactly the sums the seed records, with totals per relationship and currency", () => {
      const b = briefings.get(id)!;
      const rows = b.money.rows
        .map((r) => ({
          edgeId: r.edgeId,
          amount: r.amount!.amount,
          currency: r.amount!.currency,
          amountUsd: r.amount!.amountUsd,
        }))
        .sort((a, b) => (a.edgeId < b.edgeId ? -1 : 1));
      const expected = seedMoney(seed, id);
      expect(expected.length).toBeGreaterThan(0);
      expect(rows).toEqual(expected);
      // Each distinct sum (a Funding entity, or an amount on the edge itself) counts once per relationship and currency.
      const totals = new Map<string, { sums: Map<string, number> }>();
      for (const row of b.money.rows) {
        const key = `${row.label} ${row.amount!.currency}`;
        const entry = totals.get(key) ?? { sums: new Map<string, number>() };
        const sumId = row.amount!.recordedOn === "funding" ? row.counterpart.id : row.edgeId;
        entry.sums.set(sumId, row.amount!.amount);
        totals.set(key, entry);
      }
      const expectedTotals = [...totals]
        .map(([key, { sums }]) => [key, [...sums.values()].reduce((a, x) => a + x, 0)] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1));
      expect(b.money.totals.map((t) => [`${t.relationship} ${t.currency}`, t.amount])).toEqual(
        expectedTotals,
      );
    });

    it("orders the timeline by date", () => {
      expectTimelineSorted(briefings.get(id)!);
    });

    it("counts the subject's relationships and the sources it cites in the header", () => {
      const b = briefings.get(id)!;
      const touching = seed.edges.filter((e) => e.source === id || e.target === id);
      expect(b.counts.relationships).toBe(touching.length);
      expect(b.counts.entities).toBe(new Set([id, ...touching.flatMap((e) => [e.source, e.target])]).size);
      expect(b.relationships.flatMap((g) => g.lines).length).toBe(touching.length);
    });

    it("renders Markdown whose [n] markers all resolve, and HTML whose citation links all have a target", () => {
      const b = briefings.get(id)!;
      expectMarkdownCitationsResolve(renderMarkdown(b));
      const html = renderHtml(b);
      const targets = new Set([...html.matchAll(/id="ref-(\d+)"/g)].map((m) => m[1]));
      const links = new Set([...html.matchAll(/href="#ref-(\d+)"/g)].map((m) => m[1]));
      expect([...links].sort()).toEqual([...targets].sort());
    });

    it("gives the same briefing twice over the same graph, apart from the injected generation time", async () => {
      const later = await entityBriefing(
        { store, now: () => new Date("2030-01-01T00:00:00Z") },
        id,
        DEFAULTS,
      );
      expect(later.generatedAt).toBe("2030-01-01T00:00:00.000Z");
      expect({ ...later, generatedAt: NOW.toISOString() }).toEqual(briefings.get(id));
    });
  });

  it("dates Japan's data as of the latest source, Aug 2025", () => {
    expect(briefings.get("japan")!.asOf).toEqual({ date: "2025-08", precision: "month", label: "Aug 2025" });
  });

  it("labels relationship groups by type and direction, e.g. Japan's pledges and TSMC's headquarters", () => {
    expect(briefings.get("japan")!.relationships.map((g) => g.label)).toEqual(
      expect.arrayContaining(["Pledges", "Pressured by", "Partners with"]),
    );
    expect(briefings.get("tsmc")!.relationships.map((g) => g.label)).toEqual(
      expect.arrayContaining(["Headquartered in", "Halted supply to"]),
    );
  });

  it("names TSMC's whereabouts in its summary and routes it to the countries within reach by default", () => {
    const b = briefings.get("tsmc")!;
    expect(b.summary[0]!.text).toBe("TSMC is a company, headquartered in Taiwan.");
    expect(b.network.paths.map((p) => p.focus.type)).toEqual(b.network.paths.map(() => "Country"));
    expect(b.network.paths.map((p) => p.focus.id)).toEqual(
      expect.arrayContaining(["japan", "united-states", "china"]),
    );
    for (const path of b.network.paths) {
      expect(path.steps[0]!.subject.id).toBe("tsmc");
      expect(path.steps.at(-1)!.counterpart.id).toBe(path.focus.id);
    }
  });

  it("ranks five central neighbours by PageRank, never the subject itself", () => {
    const central = briefings.get("japan")!.network.central;
    expect(central).toHaveLength(5);
    expect(central.map((c) => c.id)).not.toContain("japan");
    for (let i = 1; i < central.length; i++)
      expect(central[i - 1]!.score).toBeGreaterThanOrEqual(central[i]!.score);
  });

  it("keeps yen and dollar totals apart for Japan, never adds tariff savings to commitments, and shows a USD figure only where the source gives one", () => {
    const b = briefings.get("japan")!;
    expect(new Set(b.money.totals.map((t) => t.currency))).toEqual(new Set(["JPY", "USD"]));
    const yen = b.money.totals.filter((t) => t.currency === "JPY");
    // ¥10tn is a saving Japan benefits from, not a sum it commits: it never shares a total with the budgets.
    const withSavings = yen.find((t) => t.amount >= 10e12)!;
    expect(withSavings.amount).toBe(10e12);
    expect(yen.reduce((a, t) => a + t.amount, 0)).toBe(350e9 + 450e9 + 370e9 + 10e12);
    for (const row of b.money.rows)
      expect(row.amount!.amountUsd).toBe(
        seed.nodes.find((n) => n.id === row.counterpart.id)!.properties.amountUsd ?? null,
      );
  });

  it("lists only later facts under 'changes since', dated by the fact or, when undated, by its first report", async () => {
    const b = await entityBriefing({ store, now: () => NOW }, "japan", {
      ...DEFAULTS,
      since: { date: "2023", precision: "year", label: "2023" },
    });
    expectWellCited(b);
    expect(b.changes!.since).toBe("2023");
    expect(b.changes!.entries.length).toBeGreaterThan(0);
    for (const entry of b.changes!.entries) expect(entry.dated.date >= "2024").toBe(true);
    expect(b.changes!.entries.map((e) => e.line.edgeId)).toContain(
      "japan--pledges--usd-550bn-us-chip-investment",
    );
    expect(b.changes!.entries.map((e) => e.line.edgeId)).not.toContain(
      "japan--pledges--jpy-350bn-2nm-research",
    );
  });

  it("takes the focal entities the request names, in order", async () => {
    const b = await entityBriefing({ store, now: () => NOW }, "tsmc", {
      ...DEFAULTS,
      focus: ["netherlands", "japan"],
    });
    expect(b.network.paths.map((p) => [p.focus.id, p.hops])).toEqual([
      ["netherlands", expect.any(Number)],
      ["japan", 2],
    ]);
    expectWellCited(b);
  });

  it("briefs a set of entities, telling each relationship once and citing it", async () => {
    const b = await setBriefing({ store, now: () => NOW }, ["japan", "tsmc"], DEFAULTS);
    expect(b.kind).toBe("set");
    expect(b.subjects.map((s) => s.id)).toEqual(["japan", "tsmc"]);
    const touching = seed.edges.filter(
      (e) => ["japan", "tsmc"].includes(e.source) || ["japan", "tsmc"].includes(e.target),
    );
    const lines = b.relationships.flatMap((g) => g.lines);
    expect(lines.map((l) => l.edgeId).sort()).toEqual(touching.map((e) => e.id).sort());
    expectWellCited(b);
  });
});
