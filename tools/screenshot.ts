// Writes docs/screenshot.png (1400×900): the seed graph in the built client, TSMC selected. Run: npx tsx tools/screenshot.ts
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  buildClient,
  CHROMIUM_PATH,
  chromiumAvailable,
  launchChromium,
  REPO_ROOT,
  startExplorer,
} from "../test/helpers/browser.js";

async function main(): Promise<void> {
  if (!chromiumAvailable()) throw new Error(`No Chromium at ${CHROMIUM_PATH}; set CHROMIUM_PATH.`);
  const outDir = mkdtempSync(path.join(tmpdir(), "explorer-client-"));
  const file = path.join(REPO_ROOT, "docs", "screenshot.png");
  await buildClient(outDir);
  const app = await startExplorer(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.goto(app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
    await page.waitForSelector('#graph[data-layout="idle"]', { state: "attached" });
    await page.locator(".search-input").pressSequentially("TSMC");
    await page.locator('[role="option"]', { hasText: "TSMC" }).first().click();
    await page.waitForSelector("#inspector .evidence-item");
    // Show the whole graph beside the inspector, TSMC ringed and its relationships lit.
    await page.getByRole("button", { name: "Fit" }).click();
    await page.locator(".search-input").blur();
    await page.mouse.move(2, 400);
    await page.waitForTimeout(1000);
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
  } finally {
    await browser.close();
    await app.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
