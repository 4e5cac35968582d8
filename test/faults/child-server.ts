// Starts a server script as a child process for the fault scripts: waits for its URL, reads its event-loop delay, stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { PROJECT_ROOT } from "../../server/config.js";

export interface LoopDelay {
  /** Event-loop lag percentiles in ms over the window since the last read (see loop-delay.ts). */
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export interface ChildServer {
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** The lag since the previous call (the first call starts the window). */
  loopDelay(): Promise<LoopDelay>;
  /** SIGTERM, then the exit code (SIGKILL after `ms`). */
  stop(ms?: number): Promise<number | null>;
}

const LISTENING = /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/;

/**
 * `node --import tsx --import ./test/faults/loop-delay.ts <script>` with only `env` (plus PATH and HOME),
 * resolved once the script logs its URL (main.ts logs it at LOG_LEVEL info).
 */
export async function startChildServer(script: string, env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./test/faults/loop-delay.ts", script],
    {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = once(child, "exit").then(([code]) => code as number | null);

  const url = await waitFor(
    () => LISTENING.exec(output)?.[1],
    child,
    () => output,
    180_000,
  ).catch((error: unknown) => {
    child.kill("SIGKILL"); // never leave a half-started server behind
    throw error;
  });
  return {
    url,
    child,
    output: () => output,
    exited,
    async loopDelay() {
      const before = output.split("loop-delay ").length - 1;
      child.kill("SIGUSR2");
      const line = await waitFor(
        () =>
          output.split("loop-delay ").length - 1 > before ? output.split("loop-delay ").at(-1) : undefined,
        child,
        () => output,
        10_000,
      );
      return JSON.parse(line.split("\n")[0]!) as LoopDelay;
    },
    async stop(ms = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), ms);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

async function waitFor<T>(
  get: () => T | undefined,
  child: ChildProcess,
  output: () => string,
  ms: number,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (child.exitCode !== null) throw new Error(`child exited early (${child.exitCode}):\n${output()}`);
    if (Date.now() > deadline) throw new Error(`child did not answer within ${ms} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
