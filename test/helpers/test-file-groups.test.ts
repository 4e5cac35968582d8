// The split of test files into a parallel group and two one-at-a-time lanes: by what they import, through test-side modules too.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testFileGroups } from "./test-file-groups.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A module that imports `specifiers` (built at run time, so this file's own imports stay what they are). */
const importing = (...specifiers: string[]) =>
  specifiers.map((s) => `import ${JSON.stringify(s)};\n`).join("");

describe("testFileGroups", () => {
  let root: string;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "test-file-groups-"));
    write("test/pure/maths.test.ts", importing("../../server/maths.js", "vitest"));
    write("test/db/store.test.ts", importing("../helpers/neo4j.js"));
    write("test/db/app-on-neo4j.test.ts", importing("../helpers/neo4j-store.js", "../helpers/browser.js"));
    write("test/e2e/page.test.ts", importing("playwright-core"));
    write("test/cli/run.test.ts", importing("node:child_process"));
    write("test/http/uses-db-server.test.ts", importing("./db-server.js"));
    write("test/http/db-server.ts", importing("./deeper.js"));
    write("test/http/deeper.ts", importing("neo4j-driver"));
    write("test/http/cycle-a.test.ts", importing("./cycle-b.js"));
    write("test/http/cycle-b.ts", importing("./cycle-a.test.js"));
    // Server code may use the driver: only what the test side imports decides the group.
    write("server/store.ts", importing("neo4j-driver"));
    write("test/unit/store-shape.test.ts", importing("../../server/store.js"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("puts every test that reaches the shared Neo4j database in the Neo4j lane, following test-side imports", () => {
    expect(testFileGroups(root).neo4j).toEqual([
      "test/db/app-on-neo4j.test.ts",
      "test/db/store.test.ts",
      "test/http/uses-db-server.test.ts",
    ]);
  });

  it("puts Chromium and child-process tests that do not use the database in the solo lane", () => {
    expect(testFileGroups(root).solo).toEqual(["test/cli/run.test.ts", "test/e2e/page.test.ts"]);
  });

  it("leaves the rest parallel, import cycles included", () => {
    expect(testFileGroups(root).parallel).toEqual([
      "test/http/cycle-a.test.ts",
      "test/pure/maths.test.ts",
      "test/unit/store-shape.test.ts",
    ]);
  });

  it("runs every test file of this repository that gates on Neo4j or Chromium in a one-at-a-time lane", () => {
    const gated = testFileGroups(REPO_ROOT).parallel.filter((rel) =>
      /\b(describeNeo4j|describeChromium|launchChromium|openExplorerSession)\(/.test(
        readFileSync(path.join(REPO_ROOT, rel), "utf8"),
      ),
    );
    expect(gated).toEqual([]);
  });
});
