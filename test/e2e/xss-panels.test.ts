// XSS in Chromium: a graph made of payloads, rendered in search, inspector, canvas, table, explore drawer, style, export.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { HOSTILE_FIELDS, HUB_ID, HUB_NAME, hostileGraph, nodeId, WINDOW } from "../fixtures/xss-graph.js";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads.js";
import { describeChromium, REPO_ROOT } from "../helpers/browser.js";
import { showUntrustedHtml } from "../helpers/xss-probe.js";
import { openHostileSession, type HostileSession } from "../helpers/xss-session.js";

/** Polls patiently: the machine may be busy, and only the outcome matters here, never the time. */
const POLL = { timeout: 20_000, interval: 100 };
const graph = hostileGraph();
const selected = (page: Page) => page.$eval("#graph", (el) => (el as HTMLElement).dataset.selected ?? "");
/**
 * Selects a node through its table row. The click is dispatched to the row rather than aimed with the mouse:
 * rows far down need the table scrolled, and re-renders while it scrolls can outlast Playwright's retries.
 */
async function selectRow(page: Page, id: string): Promise<void> {
  await page.locator(`#table-panel tr[data-node="${id}"]`).dispatchEvent("click");
  await expect.poll(() => selected(page), POLL).toBe(id);
}
const drawerButton = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

describeChromium("hostile data in every panel (XSS)", () => {
  let s: HostileSession | undefined;
  let page: Page;
  let suggestions = 0;

  beforeAll(async () => {
    s = await openHostileSession("xss-panels-", await createMemoryStore(graph));
    page = s.page;
    await page.goto(s.app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached" });
  });

  afterAll(async () => s?.close());

  it("uses at least 50 distinct payloads, each in every hostile field", () => {
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(graph.nodes.map((n) => n.name)).toEqual(expect.arrayContaining([...XSS_PAYLOADS]));
    expect(graph.sources.map((src) => src.url)).toEqual([...XSS_PAYLOADS]);
  });

  it("draws the whole hostile graph with its legend, and nothing runs", async () => {
    expect(await page.$eval("#graph", (el) => Number((el as HTMLElement).dataset.nodeCount))).toBe(
      graph.nodes.length,
    );
    await s!.check("canvas and legend");
  });

  it("lists payloads as plain text in the search suggestions", async () => {
    for (const term of ["onerror", "script", "javascript", "svg", "constructor", "Hostile"]) {
      await page.fill(".search-input", term);
      await page.locator('[role="option"]').first().waitFor();
      suggestions += await page.locator('[role="option"]').count();
      await s!.check(`search suggestions for ${term}`);
    }
    // A payload typed whole is found and shown verbatim.
    await page.fill(".search-input", XSS_PAYLOADS[0]!);
    await expect
      .poll(() => page.locator('[role="option"]').allTextContents(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining(XSS_PAYLOADS[0]!)]));
    await page.fill(".search-input", "");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator('[role="option"]').count(), POLL).toBe(0);
  });

  // Each node's inspector shows WINDOW consecutive payloads in every field (see hostileGraph), so visiting
  // every WINDOW-th node puts every payload on screen as a name, alias, property key and value, edge property,
  // evidence note and locator, and source title and publisher.
  it("shows hostile nodes in the inspector: properties, aliases, relationships and evidence as text", async () => {
    await drawerButton(page, "Table").click();
    for (let i = 0; i < XSS_PAYLOADS.length; i += WINDOW) {
      await selectRow(page, nodeId(i));
      await expect
        .poll(() => page.locator("#inspector .node-name").textContent(), POLL)
        .toBe(XSS_PAYLOADS[i]);
      await s!.check(`inspector: ${nodeId(i)}`);
    }
    await selectRow(page, HUB_ID);
    await expect.poll(() => page.locator("#inspector .node-name").textContent(), POLL).toBe(HUB_NAME);
    const notes = await page.locator("#inspector .evidence-item .note").allTextContents();
    expect(notes.length).toBeGreaterThan(10);
    expect(XSS_PAYLOADS).toEqual(expect.arrayContaining(notes));
    await s!.check("inspector: hub with 16 hostile relationships");
  }, 120_000);

  it("shows the table's node and edge tabs with payload cells as text", async () => {
    await page.click("#table-tab-nodes");
    await s!.check("table: nodes");
    await page.click("#table-tab-edges");
    await expect.poll(() => page.locator("#table-panel tbody tr").count(), POLL).toBeGreaterThan(50);
    await s!.check("table: edges");
    await drawerButton(page, "Table").click();
  });

  it("draws hostile names as canvas hover labels and in the context menu, without running them", async () => {
    await drawerButton(page, "Table").click();
    await page.click("#table-tab-nodes");
    // A focused table row hovers its node: the renderer draws that node's label on the canvas.
    for (let i = 0; i < 2 * WINDOW; i++)
      await page.locator(`#table-panel tr[data-node="${nodeId(i)}"]`).focus();
    await page.screenshot({ path: path.join(REPO_ROOT, "test-results", "xss-canvas-hover.png") });
    await s!.check("canvas: hover labels of hostile nodes");
    // The pointer over the canvas too, on a coarse grid, in case any hover shows more than a canvas label.
    const canvas = (await page.locator("#graph").boundingBox())!;
    for (let x = canvas.x + 60; x < canvas.x + canvas.width - 480; x += 120)
      for (let y = canvas.y + 60; y < canvas.y + canvas.height - 60; y += 120) await page.mouse.move(x, y);
    await s!.check("canvas: pointer sweep");
    // M opens the selected node's context menu, titled with its (hostile) name.
    await selectRow(page, nodeId(0));
    await expect.poll(() => selected(page), POLL).toBe(nodeId(0));
    await page.keyboard.press("m");
    await page.locator(".context-menu:not([hidden])").waitFor();
    expect(await page.locator(".context-menu .menu-title").textContent()).toBe(XSS_PAYLOADS[0]);
    await s!.check("context menu");
    await page.keyboard.press("Escape");
    await drawerButton(page, "Table").click();
  });

  it("finds a path through hostile nodes and lists its sentence and evidence as text", async () => {
    await page.click('[data-role="explore-toggle"]');
    await s!.check("explore drawer: filters and as-of slider");
    await page.fill('[data-role="path-from"]', XSS_PAYLOADS[1]!);
    await page.locator('[data-role="path-from"]').dispatchEvent("change");
    await page.fill('[data-role="path-to"]', XSS_PAYLOADS[4]!);
    await page.locator('[data-role="path-to"]').dispatchEvent("change");
    await page.locator(".path-item .path-sentence").first().waitFor();
    expect(await page.locator(".path-item .path-sentence").first().textContent()).toContain(XSS_PAYLOADS[1]!);
    expect(await page.locator(".path-item .hop-evidence").count()).toBeGreaterThan(0);
    await s!.check("paths panel");
    await page.keyboard.press("Escape");
  });

  it("saves a view named with a payload and lists it as text", async () => {
    const name = XSS_PAYLOADS[7]!;
    await page.fill('[data-role="view-name"]', name);
    await page.click('[data-role="save-view"]');
    await expect.poll(() => page.locator(".view-list").textContent(), POLL).toContain(name);
    await s!.check("saved views");
    await page.click('[data-role="explore-toggle"]');
  });

  it("offers property keys in the Style panel as plain options", async () => {
    await drawerButton(page, "Style").click();
    await page.locator("#style-panel").waitFor();
    for (const select of await page.locator("#style-panel select").all()) {
      for (const value of await select
        .locator("option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
        await select.selectOption(value).catch(() => undefined); // each mapping, payload-named ones too
      await s!.check("style panel");
    }
    await drawerButton(page, "Style").click();
  });

  it("exports SVG, GEXF and GraphML files that parse, hold no script or event attribute, and run nothing opened", async () => {
    await drawerButton(page, "Export").click();
    await s!.check("export panel");
    for (const [format, type] of [
      ["svg", "image/svg+xml"],
      ["gexf", "application/xml"],
      ["graphml", "application/xml"],
    ] as const) {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`#export-panel button[data-format="${format}"]`),
      ]);
      const text = readFileSync((await file.path())!, "utf8");
      // The browser's own XML parser, strict where xmldom is lenient: a parse error page means a broken file.
      const { page: opened, watch } = await s!.newWatchedPage();
      await showUntrustedHtml(opened, text, type);
      expect(await opened.locator("parsererror").count(), `${format} export is well-formed XML`).toBe(0);
      await s!.check(`export: ${format} file opened in the browser`, opened, watch);
      await opened.close();
      // U+FFFD (what the export puts for characters XML cannot carry) is expected: only errors count.
      const xmlErrors: string[] = [];
      const parser = new DOMParser({
        onError: (level, message) => void (level !== "warning" && xmlErrors.push(message)),
      });
      const doc = parser.parseFromString(text, "application/xml");
      expect(xmlErrors).toEqual([]);
      const elements = Array.from(doc.getElementsByTagName("*"));
      expect(elements.filter((e) => /^(script|foreignObject|iframe)$/i.test(e.localName ?? ""))).toEqual([]);
      const attributes = elements.flatMap((e) => Array.from(e.attributes).map((a) => a.name));
      expect(attributes.filter((n) => /^on/i.test(n))).toEqual([]);
    }
    await drawerButton(page, "Export").click();
  });

  it("saves a screenshot with payloads visible as text in the inspector", async () => {
    await drawerButton(page, "Table").click();
    await selectRow(page, nodeId(0));
    await drawerButton(page, "Table").click();
    await page.locator("#inspector .evidence-item").first().waitFor();
    await page.screenshot({ path: path.join(REPO_ROOT, "test-results", "xss-inspector.png") });
    await s!.check("inspector of a hostile node, screenshot");
  });

  it("raised no dialog, ran no payload and threw no page error in any of the panels", () => {
    const panels = new Set(s!.visits.map((v) => v.panel.replace(/: xss-\d+$/, "")));
    console.info(
      `XSS panels: ${XSS_PAYLOADS.length} payloads × ${HOSTILE_FIELDS.length} fields; ${s!.visits.length} scans ` +
        `over ${panels.size} panels (${[...panels].join("; ")}); ${suggestions} suggestions; ` +
        `${s!.visits.reduce((n, v) => n + v.elements, 0)} elements scanned; dialogs ${s!.watch.dialogs.length}`,
    );
    expect(s!.watch.dialogs).toEqual([]);
    expect(s!.pageErrors).toEqual([]);
    expect(panels.size).toBeGreaterThanOrEqual(12);
  });
});
