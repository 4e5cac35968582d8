// docs/vocabulary.md stays in step with the vocabulary and the seed.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { NODE_TYPES, REL_TYPES } from "../../server/domain/vocabulary.js";
import { renderVocabularyDoc, VOCABULARY_DOC } from "../../tools/vocabulary-doc.js";

describe("docs/vocabulary.md", () => {
  it("matches what tools/vocabulary-doc.ts generates (run it after changing the vocabulary or the seed)", async () => {
    expect(await readFile(VOCABULARY_DOC, "utf8")).toBe(await renderVocabularyDoc());
  });

  it("documents every entity and relationship type", async () => {
    const doc = await renderVocabularyDoc();
    for (const type of [...NODE_TYPES, ...REL_TYPES]) expect(doc).toContain(`| \`${type}\` |`);
  });
});
