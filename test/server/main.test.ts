// Tests for server/main.ts as a real process: it listens, serves, and exits cleanly on SIGTERM or bad config.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config.js";
import { readSnapshot } from "../../server/store/memory/snapshot.js";

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

type Outcome =
  | { kind: "answered"; status: number; body: string; type: string }
  | { kind: "refused"; code: string }
  | { kind: "broken"; message: string };

/**
 * One request on its own connection (no keep-alive pool, whose reuse of a closing socket would blur what
 * the server did). A connection the server never accepted counts as refused; one cut mid-answer as broken.
 */
function fire(url: string, method: string, pathname: string, json?: unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const body = json === undefined ? undefined : JSON.stringify(json);
    const req = request(`${url}${pathname}`, {
      method,
      agent: false,
      headers: body ? { "Content-Type": "application/json" } : {},
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({
          kind: "answered",
          status: res.statusCode ?? 0,
          body: text,
          type: String(res.headers["content-type"]),
        }),
      );
      res.on("aborted", () => resolve({ kind: "broken", message: "response cut mid-body" }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? "";
      // Refused outright, or reset by the kernel before the app read it (a backlog connection at close).
      if (code === "ECONNREFUSED" || code === "ECONNRESET") resolve({ kind: "refused", code });
      else resolve({ kind: "broken", message: error.message });
    });
    req.end(body);
  });
}

/** 50 requests at once: large exports, searches and health checks, and writes that each snapshot DATA_DIR. */
function fireFifty(url: string): Promise<Outcome>[] {
  return Array.from({ length: 50 }, (_, i) => {
    if (i % 5 === 0) return fire(url, "POST", "/api/nodes", { type: "Company", name: `Shutdown Test ${i}` });
    if (i % 5 === 1) return fire(url, "GET", "/api/search?q=tsmc");
    if (i % 5 === 2) return fire(url, "GET", "/api/health");
    return fire(url, "GET", "/api/export?format=json");
  });
}

/** Every request was answered with a whole, valid response (or 503), or refused before it was accepted. */
function expectCleanOutcomes(outcomes: Outcome[]): void {
  for (const outcome of outcomes) {
    expect(outcome.kind, JSON.stringify(outcome)).not.toBe("broken");
    if (outcome.kind !== "answered") continue;
    expect([200, 201, 503], outcome.body.slice(0, 200)).toContain(outcome.status);
    expect(outcome.type).toContain("application/json");
    expect(() => JSON.parse(outcome.body)).not.toThrow();
  }
  expect(outcomes.filter((o) => o.kind === "answered").length).toBeGreaterThan(0);
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

  it("on SIGTERM amid 50 concurrent requests, answers or refuses each cleanly and exits 0 within 10 s", async () => {
    started = startMain({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info" });
    const [, url] = await waitForLine(started, /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/);
    const outcomes = fireFifty(url!);
    await new Promise((resolve) => setTimeout(resolve, 30)); // some accepted and in flight, some not yet
    const signalled = Date.now();
    started.child.kill("SIGTERM");
    expect(await started.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expectCleanOutcomes(await Promise.all(outcomes));
    expect(started.output()).toContain('"msg":"stopped"');
  }, 30_000);

  it("with DATA_DIR, leaves a valid snapshot holding every acknowledged write after SIGTERM", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-shutdown-"));
    try {
      started = startMain({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", DATA_DIR: dataDir });
      const [, url] = await waitForLine(started, /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/);
      const outcomes = fireFifty(url!);
      await new Promise((resolve) => setTimeout(resolve, 30));
      started.child.kill("SIGTERM");
      expect(await started.exited).toBe(0);
      const settled = await Promise.all(outcomes);
      expectCleanOutcomes(settled);
      const snapshot = await readSnapshot(dataDir);
      expect(snapshot?.fellBack).toBe(false);
      const ids = new Set(snapshot!.state.graph.nodes.map((node) => node.id));
      for (const outcome of settled)
        if (outcome.kind === "answered" && outcome.status === 201)
          expect(ids.has(JSON.parse(outcome.body).node.id)).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
