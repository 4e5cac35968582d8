// Builds bench/browser with Vite into a temp dir, serves it, and opens it in the tests' headless Chromium.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { launchChromium } from "../../test/helpers/browser.js";
import { listen } from "./http.js";

const PAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "browser");

export interface RenderPage {
  page: Page;
  /**
   * Closes the current page and opens the render page anew in the same browser: a fresh JavaScript heap, so
   * one library's leftovers (vis-network at 100k edges slowed the next mount by seconds) cost only itself.
   */
  freshPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openRenderPage(): Promise<RenderPage> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "bench-render-"));
  await build({
    root: PAGE_DIR,
    configFile: false,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
    },
  });
  const app = express();
  app.use(express.static(outDir));
  const server = await listen(app);
  // window.gc() lets the page collect a warm-up mount's garbage before the measured mount's clock starts.
  const browser: Browser = await launchChromium(["--js-flags=--expose-gc"]);
  const open = async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    return page;
  };
  const handle: RenderPage = {
    page: await open(),
    async freshPage() {
      await handle.page.close();
      handle.page = await open();
      return handle.page;
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
  return handle;
}
