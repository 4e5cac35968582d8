// A minimal valid seed (one source, four entities, three relationships) for tests to break one field at a time.
import { stringify } from "yaml";

export interface SeedFixture {
  sources: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

/** A fresh, valid seed each call, so tests can mutate it freely. */
export function validSeedFixture(): SeedFixture {
  return {
    sources: [
      {
        id: "src-a",
        title: "A test article",
        publisher: "Test Outlet",
        published: "2022-11",
        datePrecision: "month",
        sha256: "0".repeat(64),
        paragraphs: 5,
      },
    ],
    entities: [
      {
        id: "japan",
        type: "Country",
        name: "Japan",
        description: "A country in the test.",
        mentions: { "src-a": [1] },
      },
      {
        id: "yen-fund",
        type: "Funding",
        name: "¥1bn fund",
        description: "A sum in the test.",
        mentions: { "src-a": [2] },
        properties: { amount: 1e9, currency: "JPY", amountUsd: 7e6, amountUsdBasis: "article-conversion" },
      },
      {
        id: "outlet",
        type: "Outlet",
        name: "Test Outlet",
        description: "The test's outlet.",
        mentions: { "src-a": [1] },
      },
      {
        id: "article-a",
        type: "Article",
        name: "A test article",
        description: "The test's article.",
        mentions: { "src-a": [1] },
        properties: { sourceId: "src-a" },
      },
    ],
    relationships: [
      {
        type: "PLEDGES",
        source: "japan",
        target: "yen-fund",
        certainty: "planned",
        date: "2022-11",
        datePrecision: "month",
        attributedTo: ["outlet"],
        evidence: [{ source: "src-a", para: 2, note: "Japan plans the fund, per the outlet." }],
      },
      {
        type: "PUBLISHES",
        source: "outlet",
        target: "article-a",
        evidence: [{ source: "src-a", para: 1, note: "The outlet published the article." }],
      },
      {
        type: "REPORTS_ON",
        source: "article-a",
        target: "yen-fund",
        evidence: [{ source: "src-a", para: 2, note: "The article is about the fund." }],
      },
    ],
  };
}

/** The fixture as the three YAML texts `parseSeed` reads. */
export function seedTexts(fixture: SeedFixture): {
  sources: string;
  entities: string;
  relationships: string;
} {
  return {
    sources: stringify(fixture.sources),
    entities: stringify(fixture.entities),
    relationships: stringify(fixture.relationships),
  };
}
