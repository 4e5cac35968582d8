// Exploration in a real Chromium against the real app and seed: context menu with paging, undo/redo, type
// filter, as-of slider, path highlight, deep link round trip and keyboard-only use. Screenshots in SHOTS_DIR.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeChromium,
  type RunningExplorer,
  openExplorerSession,
  type ExplorerSession,
} from "../helpers/browser.js";

/** Polls patiently: the machine may be busy, and only the outcome matters here, never the time. */
const POLL = { timeout: 20_000, interval: 100 };
const SHOTS_DIR = process.env.SHOTS_DIR ?? path.join(tmpdir(), "exploration-shots");
const data = (page: Page, name: string) =>
  page.$eval("#graph", (el, key) => (el as HTMLElement).dataset[key] ?? "", name);
const nodeCount = async (page: Page) => Number(await data(page, "nodeCount"));
const visibleEdges = async (page: Page) => Number(await data(page, "visibleEdges"));
const waitForLayout = (page: Page) =>
  page.waitForSelector('#graph[data-layout="idle"]', { state: "attached" });

/** Types into the search box and picks the suggestion with Enter, once the suggestion for `text` is listed. */
async function chooseSuggestion(page: Page, text: string, id: string): Promise<void> {
  await page.locator('[role="option"]', { hasText: text }).first().waitFor();
  // Enter picks the highlighted suggestion; a debounced search still in flight can swallow the first press.
  await expect
    .poll(async () => {
      if ((await data(page, "selected")) !== id) await page.keyboard.press("Enter");
      return data(page, "selected");
    }, POLL)
    .toBe(id);
}

async function selectBySearch(page: Page, text: string, id: string): Promise<void> {
  await page.fill(".search-input", "");
  await page.locator(".search-input").pressSequentially(text);
  await chooseSuggestion(page, text, id);
}

/** Right-clicks the only node left on the canvas, centred left of the inspector (see explorer.test.ts). */
async function rightClickCentredNode(page: Page): Promise<void> {
  const canvas = (await page.locator("#graph").boundingBox())!;
  const inspector = (await page.locator("#inspector").boundingBox())!;
  const target = { x: (canvas.x + inspector.x) / 2, y: canvas.y + canvas.height / 2 };
  await expect
    .poll(async () => {
      await page.mouse.move(target.x + 1, target.y);
      await page.mouse.move(target.x, target.y);
      return page.locator("#graph.is-pointing").count();
    }, POLL)
    .toBe(1);
  await page.mouse.click(target.x, target.y, { button: "right" });
  await page.locator(".context-menu:not([hidden])").waitFor();
}

describeChromium("exploration in Chromium", () => {
  let browser: Browser;
  let app: RunningExplorer;
  let page: Page;
  let session: ExplorerSession | undefined;
  const pageErrors: string[] = [];
  const shot = async (p: Page, name: string) => {
    await p.mouse.move(2, 200);
    await p.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    session = await openExplorerSession("exploration-client-", { pageErrors });
    ({ app, browser, page } = session);
    await page.goto(app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
    await waitForLayout(page);
  });

  afterAll(async () => session?.close());

  it("expands a node from its context menu by pages of 5, with a +N more entry for the next page", async () => {
    await selectBySearch(page, "United States", "united-states");
    await page.getByRole("button", { name: "Show only this" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBe(1);
    // The menu loads the node's counts after it opens and then renders again: hold that answer back, choose the
    // page size meanwhile, and the choice must survive the counts' arrival (it was reset to 10 on a busy machine).
    const counts = "**/api/nodes/united-states";
    await page.route(counts, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await rightClickCentredNode(page);
    await page.selectOption('.context-menu [data-role="limit"]', "5");
    await expect
      .poll(() => page.locator('.context-menu [data-role="rel-type"] option').count(), POLL)
      .toBeGreaterThan(1);
    await page.unroute(counts);
    expect(await page.inputValue('.context-menu [data-role="limit"]')).toBe("5");
    await page.click('.context-menu [data-action="expand"]');
    await expect.poll(() => nodeCount(page), POLL).toBe(6);
    await waitForLayout(page);
    await rightClickCentredNode(page).catch(async () => {
      // The layout may have moved the node: select it again to centre it, then retry.
      await selectBySearch(page, "United States", "united-states");
      await rightClickCentredNode(page);
    });
    const more = page.locator('.context-menu [data-action="more"]');
    await expect.poll(() => more.textContent(), POLL).toMatch(/^\+\d+ more$/);
    await shot(page, "1-context-menu-more");
    await more.click();
    await expect.poll(() => nodeCount(page), POLL).toBe(11);
    await waitForLayout(page);
    await shot(page, "2-after-second-page");
  });

  it("undoes and redoes canvas operations with Ctrl+Z and Shift+Ctrl+Z", async () => {
    await page.locator("#graph").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => nodeCount(page), POLL).toBe(6);
    await page.keyboard.press("z");
    await expect.poll(() => nodeCount(page), POLL).toBe(1);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => nodeCount(page), POLL).toBe(6);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBe(1);
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBe(48);
    await waitForLayout(page);
  });

  it("hides a node type with the type filter, showing its count, and shows it again", async () => {
    await page.click('[data-role="explore-toggle"]');
    const country = page.locator('input[data-filter="node"][data-type="Country"]');
    expect(await country.isChecked()).toBe(true);
    const label = await page.locator("label", { has: country }).textContent();
    const count = Number(/(\d+)\s*$/.exec(label ?? "")?.[1]);
    expect(count).toBeGreaterThan(2);
    expect(Number(await data(page, "visibleNodes"))).toBe(48);
    await country.uncheck();
    await expect.poll(async () => Number(await data(page, "visibleNodes")), POLL).toBe(48 - count);
    expect(await data(page, "hiddenNodes")).toContain("japan");
    await shot(page, "3-countries-filtered");
    await country.check();
    await expect.poll(async () => Number(await data(page, "visibleNodes")), POLL).toBe(48);
  });

  it("hides the 2025 package's facts when the as-of slider is set to 2023", async () => {
    const allEdges = await visibleEdges(page);
    const slider = page.locator('[data-role="as-of"]');
    await slider.focus();
    // Drag equivalent: a month index in 2023 (the slider counts months).
    await slider.evaluate((el: HTMLInputElement) => {
      el.value = String(2023 * 12 + 11);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect.poll(() => data(page, "asOf"), POLL).toBe("2023-12-31");
    await expect.poll(() => visibleEdges(page), POLL).toBeLessThan(allEdges);
    const hidden = (await data(page, "hiddenNodes")).split(",");
    expect(hidden).toContain("usd-550bn-us-chip-investment");
    expect(hidden).not.toContain("japan");
    expect(await page.locator('[data-role="as-of-label"]').textContent()).toBe("As of 2023-12-31");
    await shot(page, "4-as-of-2023");
    await page.click('[data-role="all-time"]');
    await expect.poll(() => visibleEdges(page), POLL).toBe(allEdges);
  });

  it("highlights the paths between two entities and lists each as a sentence with evidence", async () => {
    await page.fill('[data-role="path-from"]', "Japan");
    await page.locator('[data-role="path-from"]').dispatchEvent("change");
    await page.fill('[data-role="path-to"]', "TSMC");
    await page.locator('[data-role="path-to"]').dispatchEvent("change");
    await expect.poll(() => data(page, "pathActive"), POLL).toBe("0");
    const first = await page.locator(".path-item .path-sentence").first().textContent();
    expect(first).toMatch(/^Japan (→|←) .+ TSMC$/);
    expect(await page.locator(".path-item").first().locator(".hop-evidence").count()).toBeGreaterThan(0);
    await shot(page, "5-path-highlight");
    await page.keyboard.press("Escape");
    await expect.poll(() => data(page, "pathActive"), POLL).toBe("");
  });

  it("restores the view from a shared link: nodes, filters, as-of date and selection", async () => {
    await selectBySearch(page, "TSMC", "tsmc");
    await page.keyboard.press("Escape"); // leaves the search box
    await page.keyboard.press("Delete"); // hides TSMC from the canvas
    await expect.poll(() => nodeCount(page), POLL).toBe(47);
    await selectBySearch(page, "Japan", "japan");
    await page.locator('input[data-filter="rel"]').first().uncheck();
    await page.locator('[data-role="as-of"]').evaluate((el: HTMLInputElement) => {
      el.value = String(2022 * 12 + 11);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect.poll(() => page.url(), POLL).toContain("asof=2022-12-31");
    await expect.poll(() => page.url(), POLL).toContain("sel=japan");
    const link = page.url();
    const expected = {
      nodes: await nodeCount(page),
      edges: await visibleEdges(page),
      hidden: await data(page, "hiddenNodes"),
    };
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    other.on("pageerror", (error) => pageErrors.push(error.message));
    await other.goto(link);
    await expect.poll(() => data(other, "selected"), POLL).toBe("japan");
    await expect.poll(() => nodeCount(other), POLL).toBe(expected.nodes);
    expect(await data(other, "asOf")).toBe("2022-12-31");
    await expect.poll(() => visibleEdges(other), POLL).toBe(expected.edges);
    expect(await data(other, "hiddenNodes")).toBe(expected.hidden);
    await shot(other, "6-deep-link-restored");
    await other.close();
  });

  it("saves a named view in the browser and reopens it after the canvas changed", async () => {
    const saved = { nodes: await nodeCount(page), asOf: await data(page, "asOf") };
    await page.fill('[data-role="view-name"]', "Japan 2022");
    await page.click('[data-role="save-view"]');
    await page.locator('[data-view="Japan 2022"]').waitFor();
    expect(await page.evaluate(() => localStorage.getItem("chipgraph.saved-views"))).toContain("Japan 2022");
    await page.click('[data-role="all-time"]');
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBe(48);
    await waitForLayout(page);
    await page.locator('[data-view="Japan 2022"] button').first().click();
    await expect.poll(() => nodeCount(page), POLL).toBe(saved.nodes);
    await expect.poll(() => data(page, "asOf"), POLL).toBe(saved.asOf);
  });

  it("works from the keyboard: ? lists shortcuts, / searches, M opens the menu, E expands, Delete hides, Z undoes", async () => {
    await page.keyboard.press("Escape");
    await page.locator("body").focus();
    await page.keyboard.press("?");
    await expect.poll(() => page.locator(".shortcuts-dialog").isVisible(), POLL).toBe(true);
    await shot(page, "7-shortcuts");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".shortcuts-dialog").isHidden(), POLL).toBe(true);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("search-input"))).toBe(true);
    await page.keyboard.type("Kioxia");
    await chooseSuggestion(page, "Kioxia", "kioxia");
    await page.keyboard.press("Escape");
    await page.keyboard.press("m");
    await expect.poll(() => page.locator(".context-menu").isVisible(), POLL).toBe(true);
    expect(await data(page, "selected")).toBe("kioxia");
    expect(await page.locator(".context-menu .menu-title").textContent()).toBe("Kioxia");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".context-menu").isHidden(), POLL).toBe(true);
    // E on an isolated node brings its neighbours back, page by page.
    await page.getByRole("button", { name: "Show only this" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBe(1);
    await page.locator("#graph").focus();
    await page.keyboard.press("e");
    await expect.poll(() => nodeCount(page), POLL).toBeGreaterThan(1);
    await waitForLayout(page);
    const before = await nodeCount(page);
    await page.keyboard.press("Delete");
    await expect.poll(() => nodeCount(page), POLL).toBe(before - 1);
    expect(await data(page, "selected")).toBe("");
    await page.keyboard.press("z");
    await expect.poll(() => nodeCount(page), POLL).toBe(before);
    expect(pageErrors).toEqual([]);
  });
});
