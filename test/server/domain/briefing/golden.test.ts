// Pins the Markdown of TSMC's seed briefing; regenerate with UPDATE_GOLDEN=1 after an intended change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../../server/domain/briefing/render-markdown.js";
import { entityBriefing } from "../../../../server/domain/briefing/service.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { loadSeed } from "../../../../seed/load-seed.js";

const GOLDEN = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../fixtures/briefing/tsmc.md",
);

describe("Briefing Markdown golden file", () => {
  it("renders TSMC's briefing exactly as test/fixtures/briefing/tsmc.md (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const store = await createMemoryStore(await loadSeed());
    const briefing = await entityBriefing({ store, now: () => new Date("2026-01-15T09:30:00Z") }, "tsmc", {
      format: "md",
      since: { date: "2023", precision: "year", label: "2023" },
      focus: null,
    });
    const markdown = renderMarkdown(briefing);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(GOLDEN)) {
      // A missing golden file is written once; CI then fails below, so it cannot pass unnoticed.
      if (process.env.CI === "true" && !existsSync(GOLDEN)) throw new Error(`golden file missing: ${GOLDEN}`);
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, markdown);
    }
    expect(markdown).toBe(readFileSync(GOLDEN, "utf8"));
  });
});
