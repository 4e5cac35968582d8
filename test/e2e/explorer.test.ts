// The explorer in a real Chromium (WebGL via SwiftShader) against the real app and seed: load, search, inspect, expand.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeChromium,
  pixelStats,
  REPO_ROOT,
  type RunningExplorer,
  openExplorerSession,
  type ExplorerSession,
} from "../helpers/browser.js";

const nodeCount = (page: Page) => page.$eval("#graph", (el) => Number((el as HTMLElement).dataset.nodeCount));
/** Polls patiently: the machine may be busy, and only the outcome matters here, never the time. */
const POLL = { timeout: 20_000, interval: 100 };
const waitForLayout = (page: Page) =>
  page.waitForSelector('#graph[data-layout="idle"]', { state: "attached" });

describeChromium("explorer in Chromium", () => {
  let browser: Browser;
  let app: RunningExplorer;
  let page: Page;
  let session: ExplorerSession | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openExplorerSession("explorer-client-", { pageErrors });
    ({ app, browser, page } = session);
  });

  afterAll(async () => session?.close());

  it("has WebGL, through SwiftShader", async () => {
    await page.goto(app.url);
    const webgl = await page.evaluate(() => document.createElement("canvas").getContext("webgl2") !== null);
    expect(webgl).toBe(true);
  });

  it("draws the whole seed graph, with a legend of its node types", async () => {
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
    const health = (await (await fetch(`${app.url}/api/health`)).json()) as { counts: { nodes: number } };
    expect(await nodeCount(page)).toBe(health.counts.nodes);
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(0);
    expect(await page.locator(".legend-item").count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator("#loading").isHidden(), POLL).toBe(true);
    await waitForLayout(page);
  });

  it("says so when a search finds nothing", async () => {
    await page.fill(".search-input", "qqzzxx");
    await expect.poll(() => page.locator(".search-status").textContent(), POLL).toContain("No results for");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getAttribute(".search-input", "aria-expanded"), POLL).toBe("false");
  });

  it("suggests TSMC as you type, and choosing it opens the inspector with evidence and its source", async () => {
    await page.fill(".search-input", "");
    await page.locator(".search-input").pressSequentially("TSMC");
    const option = page.locator('[role="option"]', { hasText: "TSMC" }).first();
    await option.waitFor();
    expect(await page.getAttribute(".search-input", "aria-expanded")).toBe("true");
    await option.click();
    await page.waitForSelector("#inspector .evidence-item");
    expect(await page.locator("#inspector .node-name").textContent()).toBe("TSMC");
    expect(await page.$eval("#graph", (el) => (el as HTMLElement).dataset.selected)).toBe("tsmc");
    const evidence = await page.locator("#inspector .evidence-item .note").first().textContent();
    expect(evidence?.length).toBeGreaterThan(10);
    const titles = await page.locator("#inspector .source-title").allTextContents();
    expect(titles.some((t) => /Japan Semiconductor Funding|US to Japan/.test(t))).toBe(true);
    expect(await page.locator("#inspector .rel-heading").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/→|←/)]),
    );
  });

  it("grows the canvas when the isolated node is double-clicked, then via the Expand button", async () => {
    await page.getByRole("button", { name: "Show only this" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBe(1);
    // The camera eases onto the node, centred in the canvas left of the inspector; the pointer cursor
    // (set when Sigma reports the pointer entering a node) tells when the node has arrived there.
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
    await page.mouse.dblclick(target.x, target.y);
    await expect.poll(() => nodeCount(page), POLL).toBeGreaterThan(1);
    const afterDoubleClick = await nodeCount(page);
    await waitForLayout(page);

    await page.locator("#inspector button.counterpart", { hasText: "$550bn" }).first().click();
    await expect.poll(() => page.locator("#inspector .node-name").textContent(), POLL).toContain("$550bn");
    await page.getByRole("button", { name: "Expand neighbours" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBeGreaterThan(afterDoubleClick);
    await waitForLayout(page);
  });

  it("saves a screenshot whose canvas is clearly drawn, not blank", async () => {
    const graphBox = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(graphBox.x + 4, graphBox.y + 4); // off any node, so nothing stays hovered
    await page.waitForSelector('#graph[data-camera="still"]', { state: "attached" });
    await page.waitForTimeout(700); // the last frame
    const file = path.join(REPO_ROOT, "test-results", "explorer.png");
    mkdirSync(path.dirname(file), { recursive: true });
    const buffer = await page.screenshot();
    writeFileSync(file, buffer);
    const canvas = (await page.locator("#graph").boundingBox())!;
    const inspector = (await page.locator("#inspector").boundingBox())!;
    const stats = pixelStats(PNG.sync.read(buffer), { ...canvas, width: inspector.x - canvas.x });
    expect(stats.distinctColors).toBeGreaterThan(20);
    expect(stats.foregroundShare).toBeGreaterThan(0.01);
  });

  it("shows the server's error message in a banner when the API fails", async () => {
    const failing = await browser.newPage();
    await failing.route("**/api/overview*", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          error: { code: "store_unavailable", message: "The graph store is not reachable." },
        }),
      }),
    );
    await failing.goto(app.url);
    const banner = failing.locator("#banner");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("The graph store is not reachable.");
    expect(await banner.getAttribute("data-code")).toBe("store_unavailable");
    await failing.close();
  });

  it("says the graph is empty when the store holds no nodes", async () => {
    const empty = await browser.newPage();
    await empty.route("**/api/overview*", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ nodes: [], edges: [], truncated: false, nodeCount: 0, edgeCount: 0 }),
      }),
    );
    await empty.goto(app.url);
    await empty.locator("#empty").waitFor();
    expect(await empty.locator("#empty").textContent()).toContain("The graph is empty");
    expect(await empty.locator("#banner").isHidden()).toBe(true);
    await empty.close();
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
