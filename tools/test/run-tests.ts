// `npm test`'s runner: the parallel project first, then the Neo4j and solo lanes side by side in two Vitest processes.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { lanePlan, type Lane } from "./lanes.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const VITEST = path.join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs");

interface LaneResult {
  lane: Lane;
  code: number;
  seconds: number;
}

const running = new Set<ReturnType<typeof spawn>>();

/** Runs `vitest run <args>`; with a label, every output line is prefixed with it (two lanes share the terminal). */
function vitest(lane: Lane): Promise<LaneResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [VITEST, "run", ...lane.args], {
    cwd: REPO_ROOT,
    stdio: lane.label ? ["ignore", "pipe", "pipe"] : "inherit",
    // Piped output is not a terminal: keep the colours a terminal would get.
    env: lane.label && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: "1" } : process.env,
  });
  running.add(child);
  const { stdout, stderr } = child;
  if (lane.label && stdout && stderr) {
    const prefix = (from: NodeJS.ReadableStream, to: NodeJS.WritableStream) =>
      createInterface({ input: from }).on("line", (line) => to.write(`[${lane.label}] ${line}\n`));
    prefix(stdout, process.stdout);
    prefix(stderr, process.stderr);
  }
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      running.delete(child);
      const seconds = (performance.now() - started) / 1000;
      resolve({ lane, code: code ?? (signal ? 128 : 1), seconds });
    });
  });
}

// Ctrl-C or a CI timeout stops the lanes too, instead of leaving a Vitest holding Chromium or the database.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

const results: LaneResult[] = [];
for (const stage of lanePlan(process.argv.slice(2))) {
  // A failed stage does not stop the next: one run shows every failure, as a plain `vitest run` would.
  results.push(...(await Promise.all(stage.map(vitest))));
}

if (results.length > 1) {
  console.log("\nTest lanes:");
  for (const { lane, code, seconds } of results)
    console.log(
      `  ${lane.name.padEnd(9)} ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`,
    );
}
process.exit(results.find((r) => r.code !== 0)?.code ?? 0);
