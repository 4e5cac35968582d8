// A normal session under the server's Content-Security-Policy: load, layout, search, briefing, console, export — no violations.
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

describeChromium("the client under the CSP in Chromium", () => {
  let browser: Browser;
  let app: RunningExplorer;
  let page: Page;
  let outDir: string;
  const violations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "explorer-csp-"));
    await buildClient(outDir);
    app = await startExplorer(outDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(20_000);
    // Chromium reports each blocked resource or inline style/script as a console error naming the policy.
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Violations inside the page (and its srcdoc frame) also fire securitypolicyviolation events.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("serves the page with a CSP that allows no inline script", async () => {
    const response = await page.goto(app.url);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("worker-src 'self' blob:");
  });

  it("draws the graph and runs the layout worker without a violation", async () => {
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached" });
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it("searches, inspects and previews a briefing without a violation", async () => {
    await page.locator(".search-input").pressSequentially("TSMC");
    await page.locator('[role="option"]', { hasText: "TSMC" }).first().click();
    await expect.poll(() => page.locator("#inspector .node-name").textContent()).toBe("TSMC");
    await page.locator('#inspector button[data-action="briefing"]').click();
    await page.locator(".briefing-panel iframe.briefing-frame").waitFor();
    expect(await page.frameLocator(".briefing-frame").locator("h1").textContent()).toBe("TSMC");
    expect(violations).toEqual([]);
  });

  it("opens the Cypher console's editor without a violation", async () => {
    await page.getByRole("button", { name: "Close briefing" }).click();
    await page.click("#console-toggle");
    const editor = page.locator("#console .cm-content");
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type("MATCH (n) RETURN n LIMIT 1");
    expect(await editor.textContent()).toContain("MATCH (n)");
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("would notice a violation: an image from another origin is blocked and reported", async () => {
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "https://csp-probe.invalid/x.png";
      document.body.append(img);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join("\n")).toContain("img-src");
  });
});
