// parseSeed on small fixtures: a valid seed builds, and each kind of mistake is reported naming file, record and field.
import { describe, expect, it } from "vitest";
import { parseSeed, SeedValidationError } from "../../seed/load-seed.js";
import { seedTexts, validSeedFixture, type SeedFixture } from "../helpers/seed-fixture.js";

/** The problems parseSeed reports for the fixture after `breakIt` changes it; fails the test if none. */
function problemsAfter(breakIt: (seed: SeedFixture) => void): string[] {
  const seed = validSeedFixture();
  breakIt(seed);
  try {
    parseSeed(seedTexts(seed));
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems;
  }
  throw new Error("expected parseSeed to reject the seed");
}

describe("parseSeed", () => {
  it("builds a GraphExport from a valid seed, with derived edge ids and paragraph locators", () => {
    const graph = parseSeed(seedTexts(validSeedFixture()));
    expect(graph.nodes.map((n) => n.id)).toEqual(["article-a", "japan", "outlet", "yen-fund"]);
    expect(graph.edges.find((e) => e.id === "japan--pledges--yen-fund")).toEqual({
      id: "japan--pledges--yen-fund",
      type: "PLEDGES",
      source: "japan",
      target: "yen-fund",
      properties: {
        certainty: "planned",
        date: "2022-11",
        datePrecision: "month",
        attributedTo: ["outlet"],
      },
      evidence: [{ sourceId: "src-a", locator: "para 2", note: "Japan plans the fund, per the outlet." }],
    });
    expect(graph.sources).toEqual([
      {
        id: "src-a",
        title: "A test article",
        publisher: "Test Outlet",
        published: "2022-11",
        datePrecision: "month",
      },
    ]);
  });

  it("defaults a relationship's certainty to fact and a node's aliases to none", () => {
    const graph = parseSeed(seedTexts(validSeedFixture()));
    expect(graph.edges.find((e) => e.type === "PUBLISHES")?.properties.certainty).toBe("fact");
    expect(graph.nodes.find((n) => n.id === "japan")?.aliases).toEqual([]);
  });

  it("rejects a node type outside the vocabulary, naming the file, the record's id and the field", () => {
    const problems = problemsAfter((seed) => (seed.entities[0]!.type = "Nation"));
    expect(problems).toEqual([expect.stringMatching(/^entities\.yaml: \[0\] \(japan\)\.type: /)]);
  });

  it("rejects a misspelt property instead of silently keeping it", () => {
    const problems = problemsAfter((seed) => {
      (seed.entities[1]!.properties as Record<string, unknown>).amountUSD = 1;
    });
    expect(problems).toEqual([
      expect.stringMatching(/^entities\.yaml: \[1\] \(yen-fund\)\.properties: .*amountUSD/),
    ]);
  });

  it("rejects an id that is not kebab-case", () => {
    const problems = problemsAfter((seed) => (seed.entities[0]!.id = "Japan"));
    expect(problems).toEqual([
      expect.stringMatching(/^entities\.yaml: \[0\] \(Japan\)\.id: must be kebab-case/),
    ]);
  });

  it("rejects a date not written at its stated precision", () => {
    const problems = problemsAfter((seed) => (seed.relationships[0]!.datePrecision = "day"));
    expect(problems).toEqual([
      expect.stringMatching(
        /^relationships\.yaml: \[0\] \(japan--pledges--yen-fund\)\.date: "2022-11" is not a date at day precision$/,
      ),
    ]);
  });

  it("rejects a relationship without evidence", () => {
    const problems = problemsAfter((seed) => (seed.relationships[1]!.evidence = []));
    expect(problems).toEqual([
      expect.stringMatching(
        /^relationships\.yaml: \[1\] \(outlet--publishes--article-a\)\.evidence: every relationship needs/,
      ),
    ]);
  });

  it("rejects a relationship whose target is not an entity", () => {
    const problems = problemsAfter((seed) => (seed.relationships[2]!.target = "no-such-node"));
    expect(problems).toContain(
      'relationships.yaml: article-a--reports-on--no-such-node: target "no-such-node" is not in entities.yaml',
    );
  });

  it("rejects evidence that points past the end of its source", () => {
    const problems = problemsAfter((seed) => {
      (seed.relationships[1]!.evidence as { para: number }[])[0]!.para = 6;
    });
    expect(problems).toEqual([
      'relationships.yaml: outlet--publishes--article-a: evidence cites para 6 of "src-a", which has 5',
    ]);
  });

  it("rejects a relationship type joining node types it cannot join", () => {
    const problems = problemsAfter((seed) => (seed.relationships[1]!.source = "japan"));
    expect(problems).toContain(
      "relationships.yaml: japan--publishes--article-a: PUBLISHES may not start at a Country (allowed: Outlet)",
    );
  });

  it("rejects a claim attributed to something that is neither an Outlet nor a Person", () => {
    const problems = problemsAfter((seed) => (seed.relationships[0]!.attributedTo = ["japan"]));
    expect(problems).toEqual([
      'relationships.yaml: japan--pledges--yen-fund: attributedTo "japan" must be an Outlet or Person in entities.yaml',
    ]);
  });

  it("rejects a Funding without an amount and a dollar figure without its basis", () => {
    const problems = problemsAfter((seed) => {
      seed.entities[1]!.properties = { amountUsd: 7e6 };
    });
    expect(problems).toEqual([
      "entities.yaml: yen-fund: a Funding needs amount and currency",
      "entities.yaml: yen-fund: amountUsd needs amountUsdBasis (say whether the article stated or converted it)",
    ]);
  });

  it("rejects the same source, type and target twice unless one has an explicit id", () => {
    const problems = problemsAfter((seed) => seed.relationships.push({ ...seed.relationships[2]! }));
    expect(problems).toEqual([
      'relationships.yaml: "article-a--reports-on--yen-fund" appears twice (give one an explicit id if both are meant)',
    ]);
    const seed = validSeedFixture();
    seed.relationships.push({ ...seed.relationships[2]!, id: "article-a-reports-on-yen-fund-again" });
    expect(parseSeed(seedTexts(seed)).edges).toHaveLength(4);
  });

  it("rejects an entity no relationship touches, and a source with no Article entity", () => {
    const problems = problemsAfter((seed) => {
      seed.entities.push({
        id: "lonely",
        type: "Place",
        name: "Lonely",
        description: "Nobody links here.",
        mentions: { "src-a": [3] },
      });
      seed.entities = seed.entities.filter((e) => e.id !== "article-a");
      seed.relationships = seed.relationships.filter(
        (r) => r.source !== "article-a" && r.target !== "article-a",
      );
    });
    expect(problems).toEqual([
      "entities.yaml: outlet: has no relationship",
      "entities.yaml: lonely: has no relationship",
      "sources.yaml: src-a: has no Article entity (the sources are part of the graph)",
    ]);
  });

  it("reports every problem in one run rather than stopping at the first", () => {
    const problems = problemsAfter((seed) => {
      seed.entities[0]!.type = "Nation";
      seed.relationships[0]!.certainty = "certain";
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^entities\.yaml: /);
    expect(problems[1]).toMatch(/^relationships\.yaml: \[0\] \(japan--pledges--yen-fund\)\.certainty: /);
  });

  it("rejects text that is not YAML, saying where", () => {
    const texts = seedTexts(validSeedFixture());
    texts.entities = "- id: japan\n  name: [unclosed\n";
    expect(() => parseSeed(texts)).toThrow(/entities\.yaml: not valid YAML: .*at line \d+, column \d+/s);
  });
});
