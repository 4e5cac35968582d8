// The briefing preview in a real Chromium: opened from the inspector, sandboxed, downloadable, citations linked back.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeChromium,
  type RunningExplorer,
  openExplorerSession,
  type ExplorerSession,
} from "../helpers/browser.js";

describeChromium("briefing preview in Chromium", () => {
  let app: RunningExplorer;
  let page: Page;
  let session: ExplorerSession | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openExplorerSession("briefing-client-", { pageErrors, acceptDownloads: true });
    ({ app, page } = session);
    await page.goto(app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
  });

  afterAll(async () => session?.close());

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
