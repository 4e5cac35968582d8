// The large-graph path in Chromium: a 20k-edge store opens on a truncated overview, in performance mode, and
// search and expand still reach what the overview left out.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generateBA } from "../../bench/data/ba-generator.js";
import {
  describeChromium,
  openExplorerSession,
  pixelStats,
  REPO_ROOT,
  type ExplorerSession,
} from "../helpers/browser.js";

// ≈ 20,000 edges on 4,000 nodes: above the overview's defaults (2,000 nodes, 10,000 edges) and above
// performance mode's 5,000 drawn edges.
const data = generateBA({ edges: 20_000, seed: 42 });
const dataset = (page: Page, key: string) =>
  page.$eval("#graph", (el, k) => (el as HTMLElement).dataset[k] ?? "", key);
const nodeCount = async (page: Page) => Number(await dataset(page, "nodeCount"));
/** Patient polling: SwiftShader on a busy machine; only the outcome matters here, never the time. */
const POLL = { timeout: 60_000, interval: 200 };

/**
 * Records whether the edge layer is visible at each change of the canvas's layout state: the renderer switches
 * it in the same synchronous notification, so a MutationObserver (a microtask later) sees the settled value.
 */
const RECORD_EDGE_LAYER = `
  window.__edgeLayer = [];
  document.addEventListener("DOMContentLoaded", () => {
    const graph = document.getElementById("graph");
    let last = graph.dataset.layout;
    new MutationObserver(() => {
      if (graph.dataset.layout === last) return;
      last = graph.dataset.layout;
      const edges = graph.querySelector("canvas.sigma-edges");
      window.__edgeLayer.push(last + ":" + (edges && edges.style.visibility === "hidden" ? "hidden" : "shown"));
    }).observe(graph, { attributes: true });
  });
`;

describeChromium("large graph in Chromium", () => {
  let session: ExplorerSession | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openExplorerSession("large-graph-client-", { pageErrors, data });
    page = session.page;
    page.setDefaultTimeout(60_000);
    await page.addInitScript(RECORD_EDGE_LAYER);
  });

  afterAll(async () => session?.close());

  it("opens on a truncated overview that says how much of the graph it shows", async () => {
    await page.goto(session!.app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached", timeout: 90_000 });
    expect(await nodeCount(page)).toBe(2000);
    const edges = Number(await dataset(page, "edgeCount"));
    expect(edges).toBeGreaterThan(5000);
    expect(edges).toBeLessThanOrEqual(10_000);
    await expect
      .poll(() => page.locator("#status-line").textContent(), POLL)
      .toContain(`Showing 2,000 of ${data.nodes.length.toLocaleString("en")} nodes`);
    expect(await page.locator("#status-line").textContent()).toContain("search or expand to see more");
  }, 120_000);

  it("switches to performance mode and says what that changes", async () => {
    expect(await dataset(page, "performance")).toBe("on");
    const chip = page.locator("#performance-mode");
    expect(await chip.textContent()).toBe("Performance: on");
    expect(await chip.getAttribute("title")).toContain("Automatic");
    expect(await chip.getAttribute("title")).toContain("plain lines");
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached", timeout: 90_000 });
  }, 120_000);

  it("hides the edges while the layout runs on the large view, and draws them again when it stops", async () => {
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached", timeout: 90_000 });
    const record = await page.evaluate(() => (window as unknown as { __edgeLayer: string[] }).__edgeLayer);
    expect(record).toContain("running:hidden");
    expect(record.at(-1)).toBe("idle:shown");
  }, 120_000);

  it("finds a node the overview left out, and expands it", async () => {
    const overview = (await (await fetch(`${session!.app.url}/api/overview`)).json()) as {
      nodes: { id: string }[];
    };
    const drawn = new Set(overview.nodes.map((n) => n.id));
    const missing = data.nodes.filter((n) => !drawn.has(n.id)).at(-1)!;
    await page.locator(".search-input").pressSequentially(missing.name);
    const option = page.locator('[role="option"]', { hasText: missing.name }).first();
    await option.waitFor();
    await option.click();
    await expect.poll(() => dataset(page, "selected"), POLL).toBe(missing.id);
    await expect.poll(() => nodeCount(page), POLL).toBe(2001);
    await page.getByRole("button", { name: "Expand neighbours" }).click();
    await expect.poll(() => nodeCount(page), POLL).toBeGreaterThan(2001);
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached", timeout: 90_000 });
  }, 120_000);

  it("saves a screenshot of a drawn canvas, with no page errors", async () => {
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.waitForTimeout(700);
    const buffer = await page.screenshot();
    const file = path.join(REPO_ROOT, "test-results", "large-graph.png");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, buffer);
    const stats = pixelStats(PNG.sync.read(buffer), { ...box, width: box.width / 2 });
    expect(stats.distinctColors).toBeGreaterThan(8);
    expect(stats.foregroundShare).toBeGreaterThan(0.02);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
