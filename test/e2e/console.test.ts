// Browser test of the Cypher console on the Neo4j store: type a query, run it, see the graph and the table.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import type { Config } from "../../server/config.js";
import { silentLogger } from "../../server/logger.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { loadSeed } from "../../seed/load-seed.js";
import { buildClient, chromiumAvailable, CHROMIUM_PATH, launchChromium } from "../helpers/browser.js";
import { connectedTestStore } from "../helpers/neo4j-store.js";
import { describeNeo4j } from "../helpers/neo4j.js";

export const SCREENSHOT = path.join(os.tmpdir(), "chipgraph-console.png");

describeNeo4j("the Cypher console in a browser", () => {
  let browser: Browser;
  let server: Server;
  let store: Neo4jStore;
  let clientDir: string;
  let url: string;

  beforeAll(async () => {
    if (!chromiumAvailable()) {
      if (process.env.CI === "true")
        throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
      return;
    }
    clientDir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-console-client-"));
    await buildClient(clientDir);
    store = await connectedTestStore();
    await store.clear();
    await store.load(await loadSeed());
    server = createServer(
      createApp({ store, config: { CLIENT_DIR: clientDir } as Config, logger: silentLogger }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await store?.close();
    if (clientDir) await rm(clientDir, { recursive: true, force: true });
  });

  it("types a query, runs it with Ctrl+Enter, draws the graph and shows the table", async () => {
    if (!chromiumAvailable()) {
      console.warn(`⚠ Chromium not found at ${CHROMIUM_PATH}: the console browser test did not run.`);
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector("#graph[data-load='ready']", { timeout: 30_000 });
    await page.click("#console-toggle");
    const editor = page.locator("#console .cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await editor.pressSequentially(
      "MATCH p = (:Entity {id: 'tsmc'})-[:HALTED_SUPPLY_TO]->(b) RETURN b.name AS customer, p",
    );
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#console[data-state='done']", { timeout: 15_000 });

    // Graph view: the canvas now holds exactly the result's three nodes.
    await expect.poll(() => page.getAttribute("#graph", "data-node-count")).toBe("3");
    expect(await page.textContent("[data-testid='console-graph-note']")).toContain(
      "3 nodes and 2 relationships",
    );

    // Table view: one row per customer.
    await page.click("#console [data-view='table']");
    const cells = await page
      .locator("[data-testid='console-table'] tbody tr td:first-child")
      .allTextContents();
    expect(cells.sort()).toEqual(["Alibaba", "Biren"]);
    await page.click("#console [data-view='json']");
    expect(await page.textContent("[data-testid='console-json']")).toContain('"customer": "Biren"');
    await page.click("#console [data-view='table']");
    await page.screenshot({ path: SCREENSHOT });

    // A syntax error is underlined in the editor.
    await editor.click();
    await page.keyboard.press("Control+A");
    await editor.pressSequentially("MATCH (n) RETURN n +");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#console[data-state='error']");
    expect(await page.textContent("[data-testid='console-status']")).toContain("cypher_syntax");
    await page.waitForSelector("#console .cm-lintRange-error");
    expect(errors).toEqual([]);
  });
});
