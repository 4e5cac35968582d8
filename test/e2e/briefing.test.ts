// The briefing preview in a real Chromium: opened from the inspector, sandboxed, downloadable, citations linked back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  buildClient,
  describeChromium,
  launchChromium,
  type RunningExplorer,
  startExplorer,
} from "../helpers/browser.js";

describeChromium("briefing preview in Chromium", () => {
  let browser: Browser;
  let app: RunningExplorer;
  let page: Page;
  let outDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "briefing-client-"));
    await buildClient(outDir);
    app = await startExplorer(outDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.setDefaultTimeout(20_000);
    await page.goto(app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("opens TSMC's briefing from the inspector in a sandboxed frame that runs no scripts", async () => {
    await page.locator(".search-input").pressSequentially("TSMC");
    await page.locator('[role="option"]', { hasText: "TSMC" }).first().click();
    await expect.poll(() => page.locator("#inspector .node-name").textContent()).toBe("TSMC");
    await page.locator('#inspector button[data-action="briefing"]').click();
    const frame = page.locator(".briefing-panel iframe.briefing-frame");
    await frame.waitFor();
    expect(await frame.getAttribute("sandbox")).toBe("");
    expect(await page.frameLocator(".briefing-frame").locator("h1").textContent()).toBe("TSMC");
    expect(await page.frameLocator(".briefing-frame").locator("#money table").count()).toBe(1);
    expect(await page.frameLocator(".briefing-frame").locator("#figure svg").count()).toBe(1);
    expect(await frame.evaluate((el) => (el as HTMLIFrameElement).srcdoc.includes("<script"))).toBe(false);
  });

  it("lists the cited sources beside the preview, and a citation shows its relationship's evidence in the inspector", async () => {
    const sources = page.locator(".briefing-citations > li");
    expect(await sources.count()).toBe(2);
    const citation = page.locator(".briefing-citations button.link", { hasText: "headquartered in" }).first();
    await citation.click();
    await expect.poll(() => page.locator("#graph").getAttribute("data-selected")).toBe("tsmc");
    await page
      .locator('#inspector .rel-group[data-rel-type="HEADQUARTERED_IN"].briefing-flash')
      .waitFor({ state: "attached" });
  });

  it("downloads the briefing as Markdown and as PDF", async () => {
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('.briefing-panel button[data-format="md"]').click(),
    ]);
    expect(markdown.suggestedFilename()).toBe("briefing-tsmc.md");
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('.briefing-panel button[data-format="pdf"]').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe("briefing-tsmc.pdf");
  });

  it("closes, and briefs the entities on screen as a set", async () => {
    await page.getByRole("button", { name: "Close briefing" }).click();
    expect(await page.locator(".briefing-panel").isHidden()).toBe(true);
    await page.getByRole("button", { name: "Briefing on view" }).click();
    await page.locator(".briefing-panel iframe.briefing-frame").waitFor();
    expect(await page.frameLocator(".briefing-frame").locator(".kicker").textContent()).toContain(
      "entity set",
    );
    expect(pageErrors).toEqual([]);
  });
});
