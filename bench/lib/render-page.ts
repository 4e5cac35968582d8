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
  close(): Promise<void>;
}

export async function openRenderPage(): Promise<RenderPage> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "bench-render-"));
  await build({
    root: PAGE_DIR,
    configFile: false,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  const app = express();
  app.use(express.static(outDir));
  const server = await listen(app);
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
