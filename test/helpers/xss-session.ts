// A browser session on a hostile graph: client built, app on the given store, Chromium watched for any XSS.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import type { GraphStore } from "../../server/store/graph-store.js";
import { buildClient, launchChromium, type RunningExplorer } from "./browser.js";
import { scanForXss, startAppOn, watchForXss, type XssFindings, type XssWatch } from "./xss-probe.js";

export interface PanelVisit {
  panel: string;
  elements: number;
  violations: string[];
}

export interface HostileSession {
  app: RunningExplorer;
  browser: Browser;
  page: Page;
  watch: XssWatch;
  pageErrors: string[];
  /** Every panel checked so far, with how many elements were scanned and any CSP violation seen. */
  visits: PanelVisit[];
  /** Opens another watched page (spies installed) in the same browser. */
  newWatchedPage(): Promise<{ page: Page; watch: XssWatch }>;
  /** Scans `page` (default: the session's) and fails, naming the panel, if anything got through. */
  check(panel: string, page?: Page, watch?: XssWatch): Promise<XssFindings>;
  close(): Promise<void>;
}

/** Builds the client, starts the app on `store`, and opens a watched 1400×900 page (not navigated yet). */
export async function openHostileSession(prefix: string, store: GraphStore): Promise<HostileSession> {
  const outDir = mkdtempSync(path.join(tmpdir(), prefix));
  await buildClient(outDir);
  const app = await startAppOn(store, outDir);
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const visits: PanelVisit[] = [];

  async function newWatchedPage(): Promise<{ page: Page; watch: XssWatch }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return { page, watch: await watchForXss(page) };
  }

  const main = await newWatchedPage();
  return {
    app,
    browser,
    page: main.page,
    watch: main.watch,
    pageErrors,
    visits,
    newWatchedPage,
    async check(panel, page = main.page, watch = main.watch) {
      const found = await scanForXss(page);
      visits.push({ panel, elements: found.elements, violations: found.violations });
      // One object, so a failure shows the panel and everything that got through at once.
      expect({
        panel,
        dialogs: watch.dialogs,
        hits: found.hits,
        onAttributes: found.onAttributes,
        scriptUrls: found.scriptUrls,
        foreignElements: found.foreignElements,
        scripts: found.scripts,
        frames: found.frames,
        cspViolations: [...found.violations, ...watch.consoleViolations],
      }).toEqual({
        panel,
        dialogs: [],
        hits: [],
        onAttributes: [],
        scriptUrls: [],
        foreignElements: [],
        scripts: [],
        frames: [],
        cspViolations: [],
      });
      return found;
    },
    async close() {
      await browser.close();
      await app.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
