// The shipped seed: it loads, and the graph it gives keeps amounts, dates, evidence and the reporting chain honest.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphEdge, GraphExport, GraphNode } from "../../server/domain/model.js";
import { NODE_TYPES, REL_TYPES } from "../../server/domain/vocabulary.js";
import { loadSeed, SeedValidationError } from "../../seed/load-seed.js";

describe("loadSeed", () => {
  let graph: GraphExport;
  const node = (id: string): GraphNode => {
    const found = graph.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`no node "${id}" in the seed`);
    return found;
  };
  const edge = (id: string): GraphEdge => {
    const found = graph.edges.find((e) => e.id === id);
    if (!found) throw new Error(`no edge "${id}" in the seed`);
    return found;
  };

  beforeAll(async () => {
    graph = await loadSeed();
  });

  it("reads the shipped seed into a graph built from both articles", () => {
    expect(graph.sources.map((s) => s.id)).toEqual(["japan-550bn-2025-08", "register-2022-11"]);
    expect(graph.nodes.length).toBeGreaterThanOrEqual(40);
    expect(graph.edges.length).toBeGreaterThanOrEqual(70);
    const sourcesCited = new Set(graph.edges.flatMap((e) => e.evidence.map((ev) => ev.sourceId)));
    expect([...sourcesCited].sort()).toEqual(["japan-550bn-2025-08", "register-2022-11"]);
  });

  it("returns nodes, edges and sources sorted by id, with unique ids", () => {
    for (const list of [graph.nodes, graph.edges, graph.sources]) {
      const ids = list.map((item) => item.id);
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("uses only the closed vocabulary and gives every edge evidence with a paragraph locator", () => {
    for (const n of graph.nodes) expect(NODE_TYPES).toContain(n.type);
    for (const e of graph.edges) {
      expect(REL_TYPES).toContain(e.type);
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) expect(ev.locator).toMatch(/^para [1-9][0-9]*$/);
    }
  });

  it("keeps each sum in the article's currency next to the article's own dollar conversion", () => {
    expect(node("jpy-350bn-2nm-research").properties).toMatchObject({
      amount: 350e9,
      currency: "JPY",
      amountUsd: 2.38e9,
      amountUsdBasis: "article-conversion",
    });
    expect(node("usd-550bn-us-chip-investment").properties).toMatchObject({
      amount: 550e9,
      currency: "USD",
      amountUsdBasis: "stated",
      equityMinPct: 1,
      equityMaxPct: 2,
    });
    expect(node("jpy-10tn-annual-tariff-savings").properties).toMatchObject({
      amountUsd: 67.72e9,
      per: "year",
    });
  });

  it("records dates at the precision the articles support, never a made-up day", () => {
    const register = graph.sources.find((s) => s.id === "register-2022-11");
    expect(register).toMatchObject({
      published: "2022-11",
      datePrecision: "month",
      publisher: "The Register",
    });
    expect(edge("japan--member-of--nato-cyber-defence-centre").properties).toMatchObject({
      date: "2022-11",
      datePrecision: "month",
      certainty: "planned",
    });
    const days = graph.edges.filter((e) => e.properties.datePrecision === "day");
    expect(days).toEqual([]);
  });

  it("keeps the reporting chain: who published, whom the article cites, and claims credited to them", () => {
    expect(edge("the-register--publishes--article-register-2022-11").type).toBe("PUBLISHES");
    expect(edge("article-register-2022-11--cites--nikkei-asia").evidence.length).toBeGreaterThanOrEqual(2);
    expect(edge("article-register-2022-11--cites--financial-times").type).toBe("CITES");
    expect(edge("japan--pledges--jpy-450bn-advanced-chip-production").properties.attributedTo).toEqual([
      "nikkei-asia",
    ]);
    expect(edge("us-china-chip-export-controls--affects--biren").properties.attributedTo).toEqual([
      "financial-times",
    ]);
  });

  it("derives edge ids as source--type--target and states how sure each claim is", () => {
    const halted = edge("tsmc--halted-supply-to--biren");
    expect(halted).toMatchObject({ type: "HALTED_SUPPLY_TO", source: "tsmc", target: "biren" });
    expect(edge("tsmc--benefits-from--usd-550bn-us-chip-investment").properties.certainty).toBe("possible");
    for (const e of graph.edges)
      expect(["fact", "planned", "expected", "possible"]).toContain(e.properties.certainty);
  });

  it("lists on each node the sources and paragraphs that mention it, and dates Article nodes", () => {
    expect(node("tsmc").properties.sourceIds).toEqual(["japan-550bn-2025-08", "register-2022-11"]);
    expect(node("biren").properties.mentions).toEqual([
      "register-2022-11 para 17",
      "register-2022-11 para 18",
      "register-2022-11 para 19",
    ]);
    expect(node("article-japan-550bn-2025-08").properties).toMatchObject({
      sourceId: "japan-550bn-2025-08",
      published: "2025-08",
      datePrecision: "month",
    });
  });

  it("gives the same graph on every load", async () => {
    expect(await loadSeed()).toEqual(graph);
  });

  it("→ SeedValidationError naming each missing file when the directory holds no seed", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "seed-empty-"));
    try {
      const failure = loadSeed(empty);
      await expect(failure).rejects.toBeInstanceOf(SeedValidationError);
      await expect(failure).rejects.toMatchObject({ code: "invalid_argument" });
      await expect(failure).rejects.toMatchObject({
        problems: [
          expect.stringMatching(/^sources\.yaml: cannot read .*file not found$/),
          expect.stringMatching(/^entities\.yaml: cannot read .*file not found$/),
          expect.stringMatching(/^relationships\.yaml: cannot read .*file not found$/),
        ],
      });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
