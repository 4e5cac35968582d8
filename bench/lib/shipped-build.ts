// Compiles a suite's entry point with tsc into dist/bench-shipped and runs it in plain node, as `npm start` runs the server.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./result.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TSCONFIG = path.join(ROOT, "bench", "tsconfig.shipped.json");
const OUT = path.join(ROOT, "dist", "bench-shipped");

/**
 * Builds bench/tsconfig.shipped.json (the entry points and every server module they import) and runs
 * `entry` (a path under bench/, e.g. "suites/expand-api-child.ts") in a child node with the bench's own
 * heap flags, returning the BenchResult it writes. `npm run bench` runs under tsx, which rewrites every
 * function it loads (esbuild keepNames) and maps every stack it reads: server code timed there is not the
 * code users run.
 */
export function runShipped(entry: string, args: string[]): BenchResult {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", TSCONFIG], { cwd: ROOT, encoding: "utf8" });
  // Type errors still emit JavaScript; only a missing output is fatal (the typecheck script judges types).
  if (build.status !== 0) console.log(`  tsc reported problems (output still written):\n${build.stdout}`);
  const script = path.join(OUT, "bench", entry.replace(/\.ts$/, ".js"));
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-shipped-"));
  const out = path.join(dir, "result.json");
  try {
    const flags = process.execArgv.filter((f) => /^--(max-old-space-size|expose-gc)/.test(f));
    const child = spawnSync(process.execPath, [...flags, script, out, ...args], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (child.status !== 0) throw new Error(`${entry} exited with ${child.status ?? child.signal}`);
    return JSON.parse(readFileSync(out, "utf8")) as BenchResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
