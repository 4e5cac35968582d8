// Right-to-left names and stray direction marks in Chromium: isolated in the inspector and search, never reordering our words.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphExport } from "../../server/domain/model.js";
import {
  describeChromium,
  openExplorerSession,
  REPO_ROOT,
  type ExplorerSession,
} from "../helpers/browser.js";

const ARABIC = "شركة تايوان لصناعة أشباه الموصلات";
const HEBREW = "טאיוואן סמיקונדקטור";
/** U+202E RIGHT-TO-LEFT OVERRIDE: left open, it reverses everything after it on the line. */
const OVERRIDE = "Invoice \u202Egnp.exe";

const graph: GraphExport = {
  nodes: [
    { id: "tsmc-ar", type: "Company", name: ARABIC, aliases: ["TSMC", HEBREW], properties: {} },
    { id: "spoof", type: "Company", name: OVERRIDE, aliases: [], properties: {} },
    { id: "japan", type: "Country", name: "Japan", aliases: [], properties: {} },
  ],
  edges: [
    {
      id: "e1",
      type: "FUNDS",
      source: "japan",
      target: "tsmc-ar",
      properties: {},
      evidence: [{ sourceId: "s1", locator: "¶ ٣", note: "دعم حكومي للمصنع" }],
    },
    {
      id: "e2",
      type: "PARTNERS_WITH",
      source: "spoof",
      target: "tsmc-ar",
      properties: {},
      evidence: [{ sourceId: "s1", locator: "¶ 4", note: "A note" }],
    },
  ],
  sources: [{ id: "s1", title: "מקור", publisher: "הארץ", published: "2024-02", datePrecision: "month" }],
};

/** Polls patiently: the machine may be busy, and only the outcome matters here, never the time. */
const POLL = { timeout: 20_000, interval: 100 };

/** The texts of every <bdi> under `selector`. */
const isolatedTexts = (page: Page, selector: string) =>
  page.$$eval(`${selector} bdi`, (els) => els.map((el) => el.textContent ?? ""));

describeChromium("right-to-left and direction-mark text in Chromium", () => {
  let session: ExplorerSession | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openExplorerSession("bidi-", { pageErrors, data: graph });
    page = session.page;
    await page.goto(session.app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
  });

  afterAll(async () => session?.close());

  it("isolates a matched name and alias in the search suggestions", async () => {
    await page.locator(".search-input").pressSequentially("TSMC");
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    expect(await isolatedTexts(page, '[role="option"]')).toEqual(expect.arrayContaining([ARABIC, "TSMC"]));
    await option.click();
    await expect.poll(() => page.locator("#inspector .node-name").textContent(), POLL).toBe(ARABIC);
  });

  it("gives the inspector's name its own direction and isolates aliases, neighbours and citations", async () => {
    await page.waitForSelector("#inspector .evidence-item");
    expect(await page.getAttribute("#inspector .node-name", "dir")).toBe("auto");
    expect(await page.$eval("#inspector .node-name", (el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await isolatedTexts(page, "#inspector .aliases")).toEqual(["TSMC", HEBREW]);
    expect(await page.locator("#inspector .aliases").textContent()).toBe(`Also: TSMC, ${HEBREW}`);
    const counterparts = await isolatedTexts(page, "#inspector button.counterpart");
    expect(counterparts).toEqual(expect.arrayContaining(["Japan", OVERRIDE]));
    expect(await isolatedTexts(page, "#inspector .citation")).toEqual(
      expect.arrayContaining(["מקור", "הארץ", "¶ ٣"]),
    );
    expect(await page.$eval("#inspector .evidence-item .note", (el) => getComputedStyle(el).direction)).toBe(
      "rtl",
    );
    expect(pageErrors).toEqual([]);
  });

  it("keeps the override inside its own name: the type label after it still reads left to right", async () => {
    // An isolate ends the override at the name's end, so the type label that follows keeps its own order
    // and sits to the right of the name, as it does for every other neighbour.
    const button = page.locator("#inspector button.counterpart", { hasText: "gnp.exe" });
    const name = (await button.locator("bdi").boundingBox())!;
    const type = (await button.locator(".option-type").boundingBox())!;
    expect(type.x).toBeGreaterThanOrEqual(name.x + name.width - 1);
    const dir = path.join(REPO_ROOT, "test-results");
    mkdirSync(dir, { recursive: true });
    await page.locator("#inspector").screenshot({ path: path.join(dir, "bidi-inspector.png") });
  });
});
