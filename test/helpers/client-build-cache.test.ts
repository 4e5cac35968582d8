// The client build cache: one build per change of the sources, and two test processes building at once both succeed.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedClientBuild } from "./client-build-cache.js";

describe("cachedClientBuild", () => {
  let root: string;
  let builds: number;

  /** A stand-in for Vite: writes one page after a pause, so two calls overlap. */
  const slowBuild = async (dir: string) => {
    builds += 1;
    mkdirSync(dir, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(path.join(dir, "index.html"), "<p>built</p>");
  };
  const cacheEntries = () => readdirSync(path.join(root, "node_modules", ".cache", "explorer-client"));

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "client-build-cache-"));
    mkdirSync(path.join(root, "client"));
    writeFileSync(path.join(root, "client", "main.ts"), "export {};");
    writeFileSync(path.join(root, "package-lock.json"), "{}");
    builds = 0;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("builds once and copies the cached build for later calls", async () => {
    await cachedClientBuild(root, path.join(root, "out-1"), slowBuild);
    await cachedClientBuild(root, path.join(root, "out-2"), slowBuild);
    expect(builds).toBe(1);
    expect(readFileSync(path.join(root, "out-2", "index.html"), "utf8")).toBe("<p>built</p>");
  });

  it("lets two overlapping builds of the same sources both finish, keeping one cached copy and no temp dirs", async () => {
    await Promise.all([
      cachedClientBuild(root, path.join(root, "out-a"), slowBuild),
      cachedClientBuild(root, path.join(root, "out-b"), slowBuild),
    ]);
    expect(builds).toBe(2);
    for (const out of ["out-a", "out-b"])
      expect(readFileSync(path.join(root, out, "index.html"), "utf8")).toBe("<p>built</p>");
    expect(cacheEntries()).toHaveLength(1);
    expect(cacheEntries()[0]).not.toMatch(/\.tmp$/);
  });

  it("builds again when a client source changes", async () => {
    await cachedClientBuild(root, path.join(root, "out-1"), slowBuild);
    writeFileSync(path.join(root, "client", "main.ts"), "export const changed = true;");
    await cachedClientBuild(root, path.join(root, "out-2"), slowBuild);
    expect(builds).toBe(2);
    expect(existsSync(path.join(root, "out-2", "index.html"))).toBe(true);
  });
});
