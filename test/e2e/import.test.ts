// The import dialog in a real Chromium: pick CSV files, see the dry run, confirm, and the graph grows.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeChromium,
  REPO_ROOT,
  type RunningExplorer,
  openExplorerSession,
  type ExplorerSession,
} from "../helpers/browser.js";

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "import");
const nodeCount = (page: Page) => page.$eval("#graph", (el) => Number((el as HTMLElement).dataset.nodeCount));
const POLL = { timeout: 20_000, interval: 100 };

describeChromium("import dialog in Chromium", () => {
  let app: RunningExplorer;
  let page: Page;
  let session: ExplorerSession | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openExplorerSession("explorer-import-", { pageErrors });
    ({ app, page } = session);
    await page.goto(app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
  }, 180_000);

  afterAll(async () => session?.close());

  it("shows the dry run of the chosen files: counts, and nothing imported yet", async () => {
    const before = await nodeCount(page);
    await page.click("#import-toggle");
    await page.setInputFiles('[data-testid="import-file"]', [
      path.join(FIXTURES, "nodes.csv"),
      path.join(FIXTURES, "relationships.csv"),
    ]);
    await page.waitForSelector(".import-summary");
    const cells = await page.$$eval(".import-summary tbody tr", (rows) =>
      rows.map((r) => [...r.querySelectorAll("th,td")].map((c) => c.textContent)),
    );
    expect(cells).toEqual([
      ["Entities", "2", "0", "0"],
      ["Relationships", "2", "0", "0"],
      ["Sources", "1", "0", "0"],
    ]);
    expect(await page.isEnabled(".import-confirm")).toBe(true);
    await page.screenshot({ path: path.join(REPO_ROOT, "test-results", "import-preview.png") });
    expect(await nodeCount(page)).toBe(before);
  });

  it("imports on confirm, and the graph grows by the new entities", async () => {
    const before = await nodeCount(page);
    await page.click(".import-confirm");
    await page.waitForSelector('[data-testid="import-done"]');
    await expect.poll(() => nodeCount(page), POLL).toBe(before + 2);
    const health = (await (await fetch(`${app.url}/api/health`)).json()) as { counts: { nodes: number } };
    expect(health.counts.nodes).toBe(before + 2);
  });

  it("lists the refused records of a bad file with their line and field", async () => {
    await page.click(".import-actions button:not(.import-confirm)");
    await page.click("#import-toggle");
    await page.setInputFiles('[data-testid="import-file"]', path.join(FIXTURES, "bad-nodes.csv"));
    await page.waitForSelector(".import-issues");
    const items = await page.$$eval(".import-issues li", (li) => li.map((l) => l.textContent));
    expect(items[0]).toContain("bad-nodes.csv line 2 · founded:int");
    expect(await page.isDisabled(".import-confirm")).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
