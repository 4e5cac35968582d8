// Prints a briefing's HTML to PDF with headless Chromium (playwright-core), when both are installed.
import { existsSync } from "node:fs";
import type { BrowserType } from "playwright-core";
import { DomainError } from "../errors.js";

/** The flags the project runs Chromium with everywhere: headless, no sandbox (containers), no phoning home. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** CHROMIUM_PATH when set, else /usr/bin/chromium when it exists, else null. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(candidate) ? candidate : null;
}

export interface PdfRenderer {
  render(html: string): Promise<Buffer>;
}

/**
 * A renderer that launches Chromium per document: a briefing is rare enough that a resident browser
 * is not worth its memory, and nothing has to be shut down with the server. Throws `not_implemented`
 * when Chromium or playwright-core (a dev dependency) is missing.
 */
export function chromiumPdfRenderer(env: NodeJS.ProcessEnv = process.env): PdfRenderer {
  return {
    async render(html) {
      const executablePath = chromiumPath(env);
      if (!executablePath) {
        throw new DomainError(
          "not_implemented",
          "briefing: PDF needs headless Chromium; install it at /usr/bin/chromium or set CHROMIUM_PATH, or download the HTML and print it",
        );
      }
      let chromium: BrowserType;
      try {
        ({ chromium } = await import("playwright-core"));
      } catch {
        throw new DomainError(
          "not_implemented",
          "briefing: PDF needs the playwright-core package; run `npm install playwright-core`",
        );
      }
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        // The HTML is self-contained and its CSP blocks every fetch, so "load" is reached without the network.
        await page.setContent(html, { waitUntil: "load" });
        return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      } finally {
        await browser.close();
      }
    },
  };
}
