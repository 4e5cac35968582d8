// `npm run seed`: its flags, its exit codes and messages, and a real run against the test database.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseSeedArgs } from "../../../server/cli/seed-args.js";
import { loadSeed } from "../../../seed/load-seed.js";
import { describeNeo4j, neo4jTestConfig } from "../../helpers/neo4j.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** Runs the CLI with `env` on top of a clean environment; resolves with its exit code and output. */
async function seedCli(args: string[], env: Record<string, string>) {
  const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ["server/cli/seed.ts", ...args], {
      cwd: ROOT,
      env: { ...base, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("seed CLI flags", () => {
  it("defaults to no reset, 5000 rows per batch and a 60 s wait", () => {
    expect(parseSeedArgs([])).toEqual({
      reset: false,
      ifEmpty: false,
      batchSize: 5_000,
      waitSeconds: 60,
      help: false,
    });
  });

  it("reads --reset, --batch-size and --wait, with a space or an equals sign", () => {
    expect(parseSeedArgs(["--reset", "--batch-size", "50", "--wait=5"])).toMatchObject({
      reset: true,
      batchSize: 50,
      waitSeconds: 5,
    });
  });

  it("rejects an unknown flag, a bad number, and --reset with --if-empty", () => {
    expect(() => parseSeedArgs(["--force"])).toThrow(/unknown flag "--force"/);
    expect(() => parseSeedArgs(["--batch-size", "0"])).toThrow(/--batch-size/);
    expect(() => parseSeedArgs(["--reset", "--if-empty"])).toThrow(/contradict/);
  });

  it("exits non-zero with a readable message when NEO4J_URI is not set", async () => {
    const result = await seedCli([], {});
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("NEO4J_URI is not set");
  });
});

describeNeo4j("seed CLI on the test database", () => {
  it("loads the seed with --reset, prints the counts, then skips with --if-empty", async () => {
    const cfg = neo4jTestConfig();
    const env = {
      NEO4J_URI: cfg.uri,
      NEO4J_USER: cfg.user,
      NEO4J_PASSWORD: cfg.password,
      ...(cfg.database ? { NEO4J_DATABASE: cfg.database } : {}),
    };
    const seed = await loadSeed();

    const first = await seedCli(["--reset", "--batch-size", "20"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`nodes    created ${seed.nodes.length}, updated 0, unchanged 0`);
    expect(first.stdout).toContain(
      `holds ${seed.nodes.length} entities and ${seed.edges.length} relationships`,
    );
    expect(first.stdout + first.stderr).not.toContain(cfg.password);

    const second = await seedCli(["--if-empty"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("skipped");
  });
});
