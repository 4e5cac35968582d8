// `npm run import` against a running explorer (no NEO4J_URI): exit codes, progress, summary, refusals.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../server/config.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";
import { companiesFile } from "../../helpers/import-files.js";

const FIXTURES = path.join(PROJECT_ROOT, "test", "fixtures", "import");

/** Runs the CLI; `onStderr` sees its stderr as it grows, with the child (to signal it). */
function runImport(
  args: string[],
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NEO4J_URI: "", API_TOKEN: "" };
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

describe("npm run import (over HTTP)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ store: await createMemoryStore() });
  });
  afterAll(() => server.close());
  const csv = () => [
    "--nodes",
    path.join(FIXTURES, "nodes.csv"),
    "--relationships",
    path.join(FIXTURES, "relationships.csv"),
  ];

  it("reports a dry run, writes nothing and exits 0", async () => {
    const run = await runImport([...csv(), "--dry-run", "--server", server.baseUrl]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("dry run of nodes.csv + relationships.csv: nothing was written");
    expect(run.stdout).toContain("nodes    created 2, updated 0, unchanged 0");
    expect((await server.store.info()).counts.nodes).toBe(0);
  }, 30_000);

  it("imports with a progress bar and a summary, and exits 0", async () => {
    const run = await runImport([...csv(), "--server", server.baseUrl, "--batch-size", "1"]);
    expect(run.code, run.stderr).toBe(0);
    // --batch-size goes to the explorer: 2 nodes, the import's source and 2 relationships, one batch each.
    expect(run.stderr).toMatch(/\[#+\] 5\/5 batches/);
    expect(run.stdout).toContain("imported nodes.csv + relationships.csv in 5 of 5 batches");
    expect(run.stdout).toContain("edges    created 2, updated 0, unchanged 0");
    expect(await server.store.getNode("rapidus")).toMatchObject({
      aliases: ["Rapidus Corp.", "ラピダス"],
      properties: { founded: 2022, listed: false },
    });
  }, 30_000);

  it("exits 1 and lists every refused record with its line and field", async () => {
    const run = await runImport([
      "--nodes",
      path.join(FIXTURES, "bad-nodes.csv"),
      "--server",
      server.baseUrl,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad-nodes.csv line 2, field "founded:int": "twenty" is not an integer');
    expect(run.stderr).toContain("bad-nodes.csv line 3: expected 4 columns as in the header, got 2");
  }, 30_000);

  it("exits 2 with the usage on a bad flag", async () => {
    const run = await runImport(["graph.gexf", "--colour", "red"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown flag "--colour"');
    expect(run.stderr).toContain("Usage: npm run import");
  }, 30_000);

  it("exits 1 naming the server when no explorer answers", async () => {
    const run = await runImport([
      "--nodes",
      path.join(FIXTURES, "nodes.csv"),
      "--server",
      "http://127.0.0.1:9",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot reach the explorer at http://127.0.0.1:9");
  }, 30_000);

  it("exits 1 naming a file that does not exist", async () => {
    const run = await runImport([path.join(FIXTURES, "missing.gexf"), "--server", server.baseUrl]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ENOENT.*missing\.gexf/);
  }, 30_000);

  it("stops on Ctrl-C: the explorer writes whole batches up to where it saw the request go, and the command exits 1", async () => {
    const store = await createMemoryStore();
    const own = await startTestServer({ store });
    const dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-cli-http-sigint-"));
    try {
      // 150,000 nodes: 30 batches of the explorer's 5,000, then the import's own source.
      const file = await companiesFile(dir, 150_000);
      let interrupted = false;
      const run = await runImport([file, "--server", own.baseUrl], (text, child) => {
        if (!interrupted && text.includes("batches")) {
          interrupted = true;
          child.kill("SIGINT");
        }
      });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain("stopping after the batches in flight");
      const [, done, total] = /CANCELLED: (\d+) of (\d+) batches reported written/.exec(run.stdout) ?? [];
      expect(Number(total), run.stdout).toBe(31);
      expect(Number(done)).toBeGreaterThanOrEqual(1);
      expect(run.stdout).toContain("Run the same import again to finish it.");
      // The explorer noticed and stopped: whole batches, at least those reported, and not all of them.
      await expect
        .poll(async () => (await store.info()).counts.nodes, { timeout: 10_000 })
        .toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stored = (await store.info()).counts.nodes;
      expect(stored % 5_000).toBe(0);
      expect(stored).toBeGreaterThanOrEqual(Number(done) * 5_000);
      expect(stored).toBeLessThan(150_000);
    } finally {
      await own.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
