#!/usr/bin/env node
// `npm run neo4j <start|stop|status|run> [--fresh]`: a local Neo4j 5.26 Community server without Docker.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { queryServer } from "./lib/bolt.mjs";
import { PrerequisiteError, checkJava, ensureBuilt } from "./lib/build.mjs";
import { REPO_ROOT, settings } from "./lib/paths.mjs";
import { runningPid, spawnServer, stopServer } from "./lib/process.mjs";

const USAGE = `Usage: npm run neo4j -- <start|stop|status|run> [--fresh]
  start    build if needed, start in the background, wait until Bolt answers
  stop     stop gracefully (SIGTERM, SIGKILL after 30 s); does nothing if not running
  status   running or not, with port, pid and version (exit 3 when not running)
  run      like start, but in the foreground (Ctrl-C stops it)
  --fresh  (start/run) delete this port's data first
Environment: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (explorer-local-dev), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m),
  NEO4J_START_TIMEOUT (120 s)`;
// A busy machine (or crash recovery after a SIGKILL) can take longer; NEO4J_START_TIMEOUT (seconds) raises it.
const READY_TIMEOUT_MS = (Number(process.env.NEO4J_START_TIMEOUT) || 120) * 1000;

const rel = (p) => path.relative(REPO_ROOT, p) || ".";

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}

async function prepare(s, fresh) {
  checkJava();
  if (fresh) {
    await stopServer(s);
    fs.rmSync(s.home, { recursive: true, force: true });
    console.log(`Wiped ${rel(s.home)}`);
  }
  if (await portInUse(s.port)) {
    throw new Error(`Port ${s.port} is already used by another program; pick another with NEO4J_BOLT_PORT`);
  }
  fs.mkdirSync(s.home, { recursive: true });
  return ensureBuilt();
}

async function start(s, fresh) {
  const pid = runningPid(s);
  if (pid !== null && !fresh) {
    const info = await queryServer(s);
    console.log(`Neo4j is already running on ${s.uri} (pid ${pid}${info.ok ? `, ${info.version}` : ""})`);
    return 0;
  }
  const classpath = await prepare(s, fresh);
  const startedAt = Date.now();
  const child = spawnServer(s, classpath);
  let exited = null;
  child.once("exit", (code, signal) => (exited = signal ?? code));
  console.log(`Starting Neo4j on ${s.uri} (pid ${child.pid}, heap ${s.heap}, data ${rel(s.home)})…`);
  let nextNote = Date.now() + 5_000;
  while (Date.now() - startedAt < READY_TIMEOUT_MS) {
    if (exited !== null) {
      console.error(
        `Neo4j exited during startup (${exited}). Last lines of ${rel(s.consoleLog)}:\n${tail(s.consoleLog)}`,
      );
      return 1;
    }
    // Probing before LocalNeo4j has set the password would count as failed logins and lock the
    // neo4j user for a few seconds, so wait for its "ready" line first.
    const info = tail(s.consoleLog, 200).includes(" ready on ") ? await queryServer(s) : { ok: false };
    if (info.ok) {
      const secs = ((Date.now() - startedAt) / 1000).toFixed(1);
      console.log(
        `Neo4j ${info.version} ${info.edition} ready on ${s.uri} after ${secs} s (user neo4j; logs in ${rel(s.home)}/logs)`,
      );
      return 0;
    }
    if (info.code === "Neo.ClientError.Security.Unauthorized") {
      console.error(`Neo4j answers on ${s.uri} but refuses the password from NEO4J_PASSWORD: ${info.reason}`);
      return 1;
    }
    if (Date.now() >= nextNote) {
      console.log(`  waiting for Bolt… ${Math.round((Date.now() - startedAt) / 1000)} s`);
      nextNote += 5_000;
    }
    await sleep(500);
  }
  console.error(
    `Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s; stopping it. Last lines:\n${tail(s.consoleLog)}`,
  );
  await stopServer(s);
  return 1;
}

async function run(s, fresh) {
  if (runningPid(s) !== null && !fresh) {
    console.error(
      `Neo4j is already running on ${s.uri} in the background; stop it first (npm run neo4j stop)`,
    );
    return 1;
  }
  const child = spawnServer(s, await prepare(s, fresh), { foreground: true });
  // Ctrl-C reaches the JVM too (same process group); forwarding SIGTERM covers `kill <launcher>`.
  let stopRequested = false;
  process.on("SIGINT", () => (stopRequested = true));
  process.on("SIGTERM", () => ((stopRequested = true), child.kill("SIGTERM")));
  const code = await new Promise((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  fs.rmSync(s.pidFile, { force: true });
  // The JVM exits with 128+signal after its shutdown hook; a stop we asked for is a success.
  return stopRequested ? 0 : code;
}

async function status(s) {
  const pid = runningPid(s);
  if (pid === null) {
    console.log(
      `Neo4j is not running on port ${s.port} (data ${rel(s.home)}). Start it with: npm run neo4j start`,
    );
    return 3;
  }
  const info = await queryServer(s);
  const detail = info.ok ? `version ${info.version} ${info.edition}` : `not answering: ${info.reason}`;
  console.log(`Neo4j is running on ${s.uri} (pid ${pid}, port ${s.port}, ${detail}, data ${rel(s.home)})`);
  return info.ok ? 0 : 1;
}

async function main(argv) {
  const [command, ...flags] = argv;
  const fresh = flags.includes("--fresh");
  const unknown = flags.filter((f) => f !== "--fresh");
  if (unknown.length > 0 || !["start", "stop", "status", "run"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const s = settings();
  switch (command) {
    case "start":
      return start(s, fresh);
    case "run":
      return run(s, fresh);
    case "status":
      return status(s);
    default: {
      const how = await stopServer(s);
      console.log(
        how === "not-running" ? `Neo4j was not running on port ${s.port}` : `Neo4j on port ${s.port} ${how}`,
      );
      return 0;
    }
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof PrerequisiteError ? err.message : `neo4j: ${err?.message ?? err}`);
  process.exitCode = 1;
}
