// `npm run import` with NEO4J_URI: writes straight to Neo4j; a dry run writes nothing; a re-run changes nothing.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../server/config.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { companiesFile } from "../../helpers/import-files.js";
import { describeNeo4j, neo4jTestConfig } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const FIXTURES = path.join(PROJECT_ROOT, "test", "fixtures", "import");
const CSV = [
  "--nodes",
  path.join(FIXTURES, "nodes.csv"),
  "--relationships",
  path.join(FIXTURES, "relationships.csv"),
];

/** Runs the CLI; `onStderr` sees its stderr as it grows, with the child (to signal it). */
function runImport(
  args: string[],
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cfg = neo4jTestConfig();
  const env = { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/cli/import.ts", ...args], {
      cwd: PROJECT_ROOT,
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => {
      stderr += c;
      onStderr?.(stderr, child);
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describeNeo4j("npm run import (Neo4j)", () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await connectedTestStore();
    await store.clear();
  }, 90_000);
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it("writes nothing on --dry-run, imports on the real run, and changes nothing the second time", async () => {
    const dry = await runImport([...CSV, "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("nodes    created 2, updated 0, unchanged 0");
    expect((await store.info()).counts.nodes).toBe(0);

    const real = await runImport(CSV);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stderr).toContain("3/3 batches");
    expect((await store.info()).counts).toEqual({ nodes: 2, relationships: 2 });
    const edge = (await store.exportAll()).edges.find((e) => e.type === "RELATED_TO")!;
    expect(edge.properties).toEqual({ originalType: "BUILDS_FAB_IN" });
    expect((await store.sources())[0]!.publisher).toMatch(/^cli \(/);

    const again = await runImport(CSV);
    expect(again.stdout).toContain("edges    created 0, updated 0, unchanged 2");
  }, 120_000);

  it("stops between batches on Ctrl-C, prints what it wrote, and exits 1", async () => {
    await store.clear();
    const dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-cli-sigint-"));
    try {
      const file = await companiesFile(dir, 3_000);
      let interrupted = false;
      const run = await runImport([file, "--batch-size", "10"], (text, child) => {
        if (!interrupted && text.includes("batches")) {
          interrupted = true;
          child.kill("SIGINT");
        }
      });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain("stopping after the batches in flight");
      const [, done, total] =
        /CANCELLED after companies\.json in (\d+) of (\d+) batches/.exec(run.stdout) ?? [];
      expect(Number(total)).toBe(301); // 300 node batches, then the import's own source
      expect(Number(done)).toBeGreaterThanOrEqual(1);
      expect(Number(done)).toBeLessThan(300);
      // Node batches come first: the database holds exactly the batches reported, each whole.
      expect((await store.info()).counts.nodes).toBe(Number(done) * 10);
      expect(run.stdout).toContain(`nodes    created ${Number(done) * 10}, updated 0, unchanged 0`);
      expect(run.stdout).toContain("run the same import again to finish it");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("exits 1 on a refused file and leaves the database as it was", async () => {
    const before = await store.exportAll();
    const run = await runImport(["--nodes", path.join(FIXTURES, "bad-nodes.csv")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad-nodes.csv line 2, field "founded:int"');
    expect(await store.exportAll()).toEqual(before);
  }, 60_000);
});
