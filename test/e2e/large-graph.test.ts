// The large-graph path in Chromium: a 20k-edge store opens on a truncated overview, in performance mode, and
// search and expand still reach what the overview left out.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { changedShare } from "../helpers/pixels.js";
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
 * Records the edge layer's visibility at each change of the canvas's layout state ("running:hidden"), and each
 * time the layer itself is hidden or shown ("edges:shown"). The renderer switches the layer in the same
 * synchronous notification as the state, so a MutationObserver (a microtask later) sees the settled value.
 */
const RECORD_EDGE_LAYER = `
  window.__edgeLayer = [];
  document.addEventListener("DOMContentLoaded", () => {
    const graph = document.getElementById("graph");
    const state = () => {
      const edges = graph.querySelector("canvas.sigma-edges");
      return edges && edges.style.visibility === "hidden" ? "hidden" : "shown";
    };
    let layout = graph.dataset.layout;
    let edges = state();
    new MutationObserver(() => {
      if (graph.dataset.layout !== layout) {
        layout = graph.dataset.layout;
        edges = state();
        window.__edgeLayer.push(layout + ":" + edges);
      } else if (state() !== edges) {
        edges = state();
        window.__edgeLayer.push("edges:" + edges);
      }
    }).observe(graph, { attributes: true, subtree: true, attributeFilter: ["data-layout", "style"] });
  });
`;
const edgeLayerRecord = (page: Page) =>
  page.evaluate(() => (window as unknown as { __edgeLayer: string[] }).__edgeLayer);

async function screenshot(page: Page, name: string): Promise<PNG> {
  const buffer = await page.screenshot();
  const file = path.join(REPO_ROOT, "test-results", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, buffer);
  return PNG.sync.read(buffer);
}

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

  /** The `nth` drawn node whose name is in no other name, so the search's option for it is the only match. */
  async function searchableDrawnNode(nth = 0): Promise<(typeof data.nodes)[number]> {
    const overview = (await (await fetch(`${session!.app.url}/api/overview`)).json()) as {
      nodes: { id: string }[];
    };
    const drawn = new Set(overview.nodes.map((n) => n.id));
    let skip = nth;
    return data.nodes.find(
      (n) => drawn.has(n.id) && data.nodes.every((m) => m === n || !m.name.includes(n.name)) && skip-- === 0,
    )!;
  }

  /**
   * Selects `target` from the search (the camera eases onto it), clears the selection, then clicks where the node
   * is drawn: the click selects it again only if Sigma's picking knows where it is.
   */
  async function clickSelect(target: { id: string; name: string }): Promise<void> {
    const box = (await page.locator("#graph").boundingBox())!;
    await page.locator(".search-input").pressSequentially(target.name);
    await page.locator('[role="option"]', { hasText: target.name }).first().click();
    await expect.poll(() => dataset(page, "selected"), POLL).toBe(target.id);
    const inspector = (await page.locator("#inspector").boundingBox())!;
    const at = { x: (box.x + inspector.x) / 2, y: box.y + box.height / 2 };
    // Not a fixed wait: 1.5 s once let a loaded clean-clone CI run click before the ease ended (it picked a neighbour).
    await page.waitForSelector('#graph[data-camera="still"]', { state: "attached" });
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => dataset(page, "selected"), POLL).toBe("");
    await page.mouse.move(at.x + 1, at.y);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator("#graph.is-pointing").count(), POLL).toBe(1);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => dataset(page, "selected"), POLL).toBe(target.id);
  }

  /** The drawing's pixels after the view settled, and after a window resize makes Sigma re-index it in one go. */
  async function slicedAndFull(name: string): Promise<{ sliced: PNG; full: PNG }> {
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + box.width - 4, box.y + box.height - 4);
    await page.waitForTimeout(700);
    const sliced = await screenshot(page, `${name}.png`);
    await page.setViewportSize({ width: 1400, height: 899 });
    await page.waitForTimeout(500);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForTimeout(1500);
    return { sliced, full: await screenshot(page, `${name}-full-redraw.png`) };
  }

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

  it("hides the edges while the layout runs on the large view, and draws them again a few frames after it stops", async () => {
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached", timeout: 90_000 });
    await expect.poll(async () => (await edgeLayerRecord(page)).at(-1), POLL).toBe("edges:shown");
    const record = await edgeLayerRecord(page);
    expect(record).toContain("running:hidden");
    // Still hidden when the layout reports idle: the stop's re-index runs over the next frames (not one task).
    expect(record.at(-2)).toBe("idle:hidden");
  }, 120_000);

  it("ends the stop's re-index with what a full redraw draws: every edge, the same pixels, nodes that answer the pointer", async () => {
    const box = (await page.locator("#graph").boundingBox())!;
    // Left of the inspector and right of the legend, below the toolbar: the drawing itself.
    const region = { x: box.x + 260, y: box.y + 60, width: 640, height: box.height - 120 };
    await page.mouse.move(box.x + box.width - 4, box.y + box.height - 4);
    await page.waitForTimeout(700);
    const sliced = await screenshot(page, "large-graph-settled.png");
    // The edges are drawn: hiding their layer changes a good share of the drawing.
    const edgeLayer = (visibility: string) =>
      page.$eval(
        "canvas.sigma-edges",
        (el, v) => void ((el as HTMLElement).style.visibility = v),
        visibility,
      );
    await edgeLayer("hidden");
    const withoutEdges = await screenshot(page, "large-graph-without-edges.png");
    await edgeLayer("");
    expect(changedShare(sliced, withoutEdges, region, 30)).toBeGreaterThan(0.05);
    // Sigma re-indexes everything in one `process` after a window resize: resize away and back, then compare.
    await page.setViewportSize({ width: 1400, height: 899 });
    await page.waitForTimeout(500);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForTimeout(1500);
    const full = await screenshot(page, "large-graph-full-redraw.png");
    expect(changedShare(sliced, full, region, 30)).toBeLessThan(0.001);
    // Picking reads the re-indexed nodes: a node selected from the search is picked by a click where it is drawn.
    await clickSelect(await searchableDrawnNode());
    await page.keyboard.press("Escape");
    await page.fill(".search-input", "");
  }, 120_000);

  it("hides a node without a layout: the nodes are redrawn at once, the edges a few frames later, as a full redraw draws them", async () => {
    const box = (await page.locator("#graph").boundingBox())!;
    const region = { x: box.x + 260, y: box.y + 60, width: 640, height: box.height - 120 };
    await clickSelect(await searchableDrawnNode(1));
    await page.evaluate(() => void ((window as unknown as { __edgeLayer: string[] }).__edgeLayer.length = 0));
    await page.keyboard.press("Delete");
    await expect.poll(() => nodeCount(page), POLL).toBe(1999);
    await expect.poll(async () => (await edgeLayerRecord(page)).at(-1), POLL).toBe("edges:shown");
    // Sigma's process after the drop left the edges to later frames, hidden meanwhile; no layout ran.
    const record = await edgeLayerRecord(page);
    expect(record).toContain("edges:hidden");
    expect(record.filter((r) => !r.startsWith("edges:"))).toEqual([]);
    const { sliced, full } = await slicedAndFull("large-graph-after-hide");
    expect(changedShare(sliced, full, region, 30)).toBeLessThan(0.001);
    // Undo brings the node back, drawn the same way.
    await page.keyboard.press("Control+z");
    await expect.poll(() => nodeCount(page), POLL).toBe(2000);
    await expect.poll(async () => (await edgeLayerRecord(page)).at(-1), POLL).toBe("edges:shown");
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached", timeout: 90_000 });
    await page.keyboard.press("Escape");
    await page.fill(".search-input", "");
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
