// Curation in a real Chromium: edit an entity's name in the inspector form, see it saved, shown, and in its history.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeChromium,
  REPO_ROOT,
  type RunningExplorer,
  openExplorerSession,
  type ExplorerSession,
} from "../helpers/browser.js";

const POLL = { timeout: 20_000, interval: 100 };

describeChromium("curation in Chromium", () => {
  let app: RunningExplorer;
  let page: Page;
  let session: ExplorerSession | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openExplorerSession("curation-client-", { pageErrors });
    ({ app, page } = session);
    await page.goto(app.url);
    await page.waitForSelector('#graph[data-load="ready"]', { state: "attached" });
  });

  afterAll(async () => session?.close());

  async function openTsmc(): Promise<void> {
    await page.fill(".search-input", "");
    await page.locator(".search-input").pressSequentially("TSMC");
    await page.getByRole("option", { name: /TSMC/ }).first().click();
    await expect.poll(() => page.locator("#inspector .node-name").textContent(), POLL).toBe("TSMC");
  }

  it("renames an entity through the inspector's Edit form and shows the new name", async () => {
    await openTsmc();
    await page.locator('#inspector button[data-action="edit"]').click();
    const form = page.locator("#inspector form.entity-form");
    await form.locator('input[name="name"]').fill("TSMC (edited in the browser)");
    await form.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("#inspector .node-name").textContent(), POLL)
      .toBe("TSMC (edited in the browser)");
    const saved = (await (await fetch(`${app.url}/api/nodes/tsmc`)).json()) as { node: { name: string } };
    expect(saved.node.name).toBe("TSMC (edited in the browser)");
  });

  it("lists the edit in the entity's History, and saves a screenshot", async () => {
    await page.locator("#inspector .audit-trail summary").click();
    await expect
      .poll(() => page.locator("#inspector .audit-entry").first().textContent(), POLL)
      .toContain('updated "TSMC (edited in the browser)"');
    const file = path.join(REPO_ROOT, "test-results", "curation.png");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await page.screenshot());
  });

  it("says in the form, without saving, when the aliases are too long to index", async () => {
    const before = (await (await fetch(`${app.url}/api/nodes/tsmc`)).json()) as {
      node: { aliases: string[] };
    };
    await page.locator('#inspector button[data-action="edit"]').click();
    const form = page.locator("#inspector form.entity-form");
    // 70 aliases of 480 characters: each within the per-alias limit, together over the 32,000-byte index key.
    const aliases = Array.from({ length: 70 }, (_, i) => `alias ${i} `.padEnd(480, "x")).join(", ");
    await form.locator('input[name="aliases"]').fill(aliases);
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => form.locator(".error-text").textContent(), POLL).toMatch(/^Aliases: .*32,000/);
    expect(await form.isVisible()).toBe(true);
    const after = (await (await fetch(`${app.url}/api/nodes/tsmc`)).json()) as {
      node: { aliases: string[] };
    };
    expect(after.node.aliases).toEqual(before.node.aliases);
    await form.getByRole("button", { name: "Cancel" }).click();
  });

  it("shows the server's reason when a relationship is added without evidence", async () => {
    await page.locator('#inspector button[data-action="edit"]').click();
    await page.getByRole("button", { name: "Add relationship" }).click();
    const form = page.locator("#inspector form.edge-form");
    await form.locator('input[name="other"]').fill("japan");
    await form.getByRole("button", { name: "Add relationship" }).click();
    await expect.poll(() => form.locator(".error-text").textContent(), POLL).toContain("evidence");
  });

  it("offers a likely duplicate in the Duplicates panel and merges it into the kept entity", async () => {
    const created = await fetch(`${app.url}/api/nodes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        id: "tsmc-dup",
        type: "Company",
        name: "Taiwan Semiconductor Manufacturing Co., Ltd.",
      }),
    });
    expect(created.status).toBe(201);
    await page.locator("#duplicates-toggle").click();
    const pair = page.locator("#duplicates .duplicate").first();
    await expect
      .poll(() => pair.textContent(), POLL)
      .toContain("Taiwan Semiconductor Manufacturing Co., Ltd.");
    await pair.getByRole("button", { name: /^Keep TSMC/ }).click();
    await expect.poll(async () => (await fetch(`${app.url}/api/nodes/tsmc-dup`)).status, POLL).toBe(404);
    const kept = (await (await fetch(`${app.url}/api/nodes/tsmc`)).json()) as { node: { aliases: string[] } };
    expect(kept.node.aliases).toContain("Taiwan Semiconductor Manufacturing Co., Ltd.");
    await expect.poll(() => page.locator("#duplicates .duplicate").count(), POLL).toBe(0);
    writeFileSync(path.join(REPO_ROOT, "test-results", "curation-duplicates.png"), await page.screenshot());
  });

  it("raised no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
