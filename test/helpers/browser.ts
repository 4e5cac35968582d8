// Browser-test support: finds Chromium, builds the client, and starts the real app in-process on a free port.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { describe, it } from "vitest";
import { createApp } from "../../server/app.js";
import { cachedClientBuild } from "./client-build-cache.js";
import type { GraphExport } from "../../server/domain/model.js";
import { silentLogger } from "../../server/logger.js";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { loadSeed } from "../../seed/load-seed.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Headless Chromium with WebGL through SwiftShader (no GPU on CI machines), and nothing phoning home. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` for browser tests: runs `fn` when Chromium is installed; when it is missing, fails on CI
 * (`CI=true`) and otherwise skips the block with a loud warning saying what to install.
 * @example describeChromium("explorer in Chromium", () => { it("draws the graph", async () => { … }); });
 */
export function describeChromium(title: string, fn: () => void): void {
  if (chromiumAvailable()) {
    describe(title, fn);
  } else if (process.env.CI === "true") {
    describe(title, () => {
      it("finds a Chromium to run in", () => {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH}: install it or set CHROMIUM_PATH (required on CI).`,
        );
      });
    });
  } else {
    console.warn(
      `\n*** SKIPPING "${title}": no Chromium at ${CHROMIUM_PATH}. Install it or set CHROMIUM_PATH. ***\n`,
    );
    describe.skip(title, fn);
  }
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  // playwright-core adds its own --headless; ours (`new`) comes later on the command line and wins.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

/** Builds the client with the project's Vite config into `outDir` (a temp dir keeps dist/ untouched). */
export async function buildClient(outDir: string): Promise<void> {
  await cachedClientBuild(REPO_ROOT, outDir, (dir) =>
    build({
      configFile: path.join(REPO_ROOT, "client/vite.config.ts"),
      logLevel: "warn",
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    }).then(() => undefined),
  );
}

export interface RunningExplorer {
  url: string;
  close(): Promise<void>;
}

/** The real app (createApp + memory store with the real seed, or `data`) serving `clientDir`, on port 0. */
export async function startExplorer(clientDir: string, data?: GraphExport): Promise<RunningExplorer> {
  const store = await createMemoryStore(data ?? (await loadSeed()));
  const app = createApp({ store, config: { CLIENT_DIR: clientDir }, logger: silentLogger });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

export interface PixelStats {
  /** Distinct colours after quantising each channel to 32 levels. */
  distinctColors: number;
  /** Share of pixels that differ clearly from the most common (background) colour. */
  foregroundShare: number;
}

/** Colour statistics of a PNG region, to tell a drawn graph from a blank or single-colour canvas. */
export function pixelStats(
  png: { width: number; height: number; data: Uint8Array },
  region: { x: number; y: number; width: number; height: number },
): PixelStats {
  const counts = new Map<number, number>();
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(png.width, Math.floor(region.x + region.width));
  const y1 = Math.min(png.height, Math.floor(region.y + region.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const key = ((png.data[i]! >> 3) << 10) | ((png.data[i + 1]! >> 3) << 5) | (png.data[i + 2]! >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const total = Math.max((x1 - x0) * (y1 - y0), 1);
  const background = Math.max(0, ...counts.values());
  return { distinctColors: counts.size, foregroundShare: (total - background) / total };
}

export interface ExplorerSession {
  app: RunningExplorer;
  browser: Browser;
  page: Page;
  /** Builds, server, browser: everything the session made, removed. */
  close(): Promise<void>;
}

/**
 * What every browser test starts from: the client built into a temporary folder, the real app on the seed,
 * Chromium, and a 1400×900 page whose uncaught errors land in `pageErrors`. The page is not opened yet.
 */
export async function openExplorerSession(
  prefix: string,
  options: { pageErrors?: string[]; acceptDownloads?: boolean; data?: GraphExport } = {},
): Promise<ExplorerSession> {
  const outDir = mkdtempSync(path.join(tmpdir(), prefix));
  await buildClient(outDir);
  const app = await startExplorer(outDir, options.data);
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  page.on("pageerror", (error) => options.pageErrors?.push(error.message));
  page.setDefaultTimeout(20_000);
  return {
    app,
    browser,
    page,
    async close() {
      await browser.close();
      await app.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
