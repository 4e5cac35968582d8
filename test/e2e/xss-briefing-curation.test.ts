// XSS in Chromium: hostile data in the briefing (preview, server HTML, Markdown rendered) and in curation panels.
import MarkdownIt from "markdown-it";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { HUB_ID, hostileGraph, nodeId } from "../fixtures/xss-graph.js";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads.js";
import { describeChromium } from "../helpers/browser.js";
import { scanForXss, showUntrustedHtml } from "../helpers/xss-probe.js";
import { openHostileSession, type HostileSession } from "../helpers/xss-session.js";

const POLL = { timeout: 20_000, interval: 100 };
const graph = hostileGraph();
/** Entities briefed: the hub (16 hostile neighbours, every source) and a few payload-named nodes. */
const BRIEFED = [HUB_ID, nodeId(0), nodeId(3), nodeId(41), nodeId(60), nodeId(XSS_PAYLOADS.length - 1)];

async function selectFromTable(page: Page, id: string, name: string): Promise<void> {
  const row = page.locator(`#table-panel tr[data-node="${id}"]`);
  if (!(await row.isVisible())) await page.getByRole("button", { name: "Table", exact: true }).click();
  await row.click();
  await expect.poll(() => page.locator("#inspector .node-name").textContent(), POLL).toBe(name);
}

describeChromium("hostile data in briefings and curation (XSS)", () => {
  let s: HostileSession | undefined;
  let page: Page;

  beforeAll(async () => {
    s = await openHostileSession("xss-briefing-", await createMemoryStore(graph));
    page = s.page;
    await page.goto(s.app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
  });

  afterAll(async () => s?.close());

  it("would notice a payload that got through: raw markup fires a dialog and leaves what the scan looks for", async () => {
    const { page: canary, watch } = await s!.newWatchedPage();
    await showUntrustedHtml(
      canary,
      `<!doctype html><body><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>` +
        `<iframe srcdoc="<b>x</b>"></iframe><svg onload="window.__xss=1"></svg></body>`,
    );
    await expect.poll(() => watch.dialogs.length, POLL).toBeGreaterThan(0);
    const found = await scanForXss(canary);
    expect(found.onAttributes).toEqual(expect.arrayContaining(["img@onerror", "svg@onload"]));
    expect(found.scriptUrls).toEqual([expect.stringContaining("a@href=javascript:")]);
    expect(found.foreignElements).toContain("img");
    expect(found.frames.length).toBe(1);
    expect(found.hits).toEqual(expect.arrayContaining(["alert(1)", "__xss=1"]));
    await canary.close();
  });

  it("previews briefings of hostile entities in the sandboxed frame, and their citations as text", async () => {
    for (const id of [HUB_ID, nodeId(0)]) {
      const node = graph.nodes.find((n) => n.id === id)!;
      await selectFromTable(page, id, node.name);
      await page.locator('#inspector button[data-action="briefing"]').click();
      const frame = page.frameLocator(".briefing-panel iframe.briefing-frame");
      await expect.poll(() => frame.locator("h1").textContent(), POLL).toBe(node.name);
      expect(await page.locator(".briefing-citations > li").count()).toBeGreaterThan(0);
      await s!.check(`briefing preview: ${id}`);
      await page.getByRole("button", { name: "Close briefing" }).click();
    }
    await page.getByRole("button", { name: "Briefing on view" }).click();
    await page.frameLocator(".briefing-frame").locator(".kicker").waitFor();
    await s!.check("briefing preview: the whole view as a set");
    await page.getByRole("button", { name: "Close briefing" }).click();
  });

  it("serves HTML briefings that, opened directly, hold no markup from the data", async () => {
    const { page: direct, watch } = await s!.newWatchedPage();
    for (const id of BRIEFED) {
      const response = await direct.goto(`${s!.app.url}/api/briefings/${id}?format=html`);
      expect(response?.status()).toBe(200);
      await s!.check(`server HTML briefing: ${id}`, direct, watch);
    }
    await direct.close();
  });

  it("serves Markdown briefings that stay inert even rendered with raw HTML allowed", async () => {
    // markdown-it with html: true passes any HTML through, stricter than GitHub's sanitiser: only the
    // briefing's own escaping keeps payloads text. The page has no CSP, so anything that got through would run.
    const markdown = new MarkdownIt({ html: true, linkify: true });
    const { page: rendered, watch } = await s!.newWatchedPage();
    for (const id of BRIEFED) {
      const response = await fetch(`${s!.app.url}/api/briefings/${id}?format=md`);
      expect(response.status).toBe(200);
      const text = await response.text();
      const html = markdown.render(text);
      await showUntrustedHtml(rendered, `<!doctype html><meta charset="utf-8"><body>${html}</body>`);
      const links = await rendered
        .locator("a[href]")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.filter((href) => !/^(https?:|mailto:|#)/.test(href ?? ""))).toEqual([]);
      await s!.check(`server Markdown briefing, rendered: ${id}`, rendered, watch);
    }
    await rendered.close();
  });

  it("opens the Edit form of a hostile entity with payloads as field values, and saves a payload as its name", async () => {
    await selectFromTable(page, nodeId(5), XSS_PAYLOADS[5]!);
    await page.locator('#inspector button[data-action="edit"]').click();
    const form = page.locator("#inspector form.entity-form");
    expect(await form.locator('input[name="name"]').inputValue()).toBe(XSS_PAYLOADS[5]);
    await s!.check("edit form");
    await page.locator("#inspector .relationship-editor button", { hasText: "Edit" }).first().click();
    await page.locator("#inspector form.edge-form").waitFor();
    await s!.check("edit relationship form with evidence");
    const renamed = XSS_PAYLOADS[8]!.replace("alert", "confirm");
    await form.locator('input[name="name"]').fill(renamed);
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("#inspector .node-name").textContent(), POLL).toBe(renamed);
    await page.locator("#inspector .audit-trail summary").click();
    await expect
      .poll(() => page.locator("#inspector .audit-entry").first().textContent(), POLL)
      .toContain(renamed);
    await s!.check("history (audit trail)");
  });

  it("lists hostile duplicates and their reasons as text, and merges one", async () => {
    await page.locator("#duplicates-toggle").click();
    const pair = page.locator("#duplicates .duplicate").first();
    await pair.waitFor();
    await s!.check("duplicates panel");
    // The panel lists the API's candidates in order; the first button keeps `a` and merges `b` into it.
    const { candidates } = (await (await fetch(`${s!.app.url}/api/duplicates`)).json()) as {
      candidates: { a: { id: string; name: string }; b: { id: string; name: string } }[];
    };
    const first = candidates[0]!;
    expect(await pair.textContent()).toContain(first.b.name);
    await pair.getByRole("button").first().click();
    await expect
      .poll(async () => (await fetch(`${s!.app.url}/api/nodes/${first.b.id}`)).status, POLL)
      .toBe(404);
    await s!.check("duplicates panel after a merge");
  });

  it("raised no dialog and no page error", () => {
    console.info(
      `XSS briefings/curation: ${s!.visits.length} scans (${s!.visits.map((v) => v.panel).join("; ")}), ` +
        `${s!.visits.reduce((n, v) => n + v.elements, 0)} elements, dialogs ${s!.watch.dialogs.length}`,
    );
    expect(s!.watch.dialogs).toEqual([]);
    expect(s!.pageErrors).toEqual([]);
  });
});
