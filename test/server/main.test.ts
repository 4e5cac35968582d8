// Tests for server/main.ts as a real process: it listens, serves, and exits cleanly on SIGTERM or bad config.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config.js";

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

async function waitForLine(started: Started, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = started.output().match(pattern);
    if (match) return match;
    if (started.child.exitCode !== null) throw new Error(`main exited early:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("server/main.ts", () => {
  let started: Started | undefined;
  afterEach(() => {
    if (started && started.child.exitCode === null) started.child.kill("SIGKILL");
  });

  it("listens on HOST:PORT, logs the URL, serves the API and stops cleanly on SIGTERM", async () => {
    started = startMain({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info" });
    const [, url] = await waitForLine(started, /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toMatchObject({ status: "ok", store: "memory" });
    started.child.kill("SIGTERM");
    expect(await started.exited).toBe(0);
    expect(started.output()).toContain('"msg":"stopped"');
  });

  it("exits with status 1 and names the variable when the configuration is invalid", async () => {
    started = startMain({ PORT: "not-a-port" });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/Invalid configuration:\s+PORT:/);
  });
});
