// Regenerates docs/examples/: TSMC's seed briefing as HTML and Markdown (`npm run docs:examples`).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../server/config.js";
import { renderHtml } from "../server/domain/briefing/render-html.js";
import { renderMarkdown } from "../server/domain/briefing/render-markdown.js";
import { entityBriefing } from "../server/domain/briefing/service.js";
import { createMemoryStore } from "../server/store/memory/memory-store.js";
import { loadSeed } from "../seed/load-seed.js";

/** Pinned so regenerating unchanged data changes no file; BRIEFING_NOW=<ISO time> overrides it. */
const GENERATED_AT = new Date(process.env.BRIEFING_NOW ?? "2026-01-01T00:00:00Z");
const OUT_DIR = path.join(PROJECT_ROOT, "docs", "examples");

const store = await createMemoryStore(await loadSeed());
const briefing = await entityBriefing({ store, now: () => GENERATED_AT }, "tsmc", {
  format: "html",
  since: { date: "2023", precision: "year", label: "2023" },
  focus: null,
});
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(path.join(OUT_DIR, "briefing-tsmc.html"), renderHtml(briefing));
writeFileSync(path.join(OUT_DIR, "briefing-tsmc.md"), renderMarkdown(briefing));
console.log(`wrote ${path.relative(PROJECT_ROOT, OUT_DIR)}/briefing-tsmc.{html,md}`);
