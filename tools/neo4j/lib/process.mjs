// Owns the server's OS process: pid file, detached spawn with the JVM flags, and a graceful stop.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { MAIN_CLASS } from "./paths.mjs";

// The flags Neo4j's own launcher passes on Java 17, minus the ones that only matter for big servers.
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

// A pid file can outlive its process and the pid be reused; on Linux, make sure it is still our JVM.
function isOurs(pid) {
  if (!alive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(MAIN_CLASS);
  } catch {
    return process.platform !== "linux";
  }
}

/** The pid of the server recorded for these settings, or null when none is running (stale files are removed). */
export function runningPid(s) {
  let pid;
  try {
    pid = Number(fs.readFileSync(s.pidFile, "utf8").trim());
  } catch {
    return null;
  }
  if (Number.isInteger(pid) && pid > 0 && isOurs(pid)) return pid;
  fs.rmSync(s.pidFile, { force: true });
  return null;
}

/** Spawns the JVM. `foreground` shares this terminal; otherwise it is detached and
 * writes a fresh logs/console.log (whose "ready" line the launcher waits for). */
export function spawnServer(s, classpath, { foreground = false } = {}) {
  fs.mkdirSync(`${s.home}/logs`, { recursive: true });
  const args = [`-Xms${s.heap}`, `-Xmx${s.heap}`, ...JVM_FLAGS, "-cp", classpath, MAIN_CLASS];
  const out = foreground ? "inherit" : fs.openSync(s.consoleLog, "w");
  const child = spawn("java", args, {
    cwd: s.home,
    detached: !foreground,
    stdio: foreground ? "inherit" : ["ignore", out, out],
    env: {
      ...process.env,
      NEO4J_HOME: s.home,
      NEO4J_BOLT_PORT: String(s.port),
      NEO4J_PASSWORD: s.password,
      NEO4J_PAGECACHE: s.pageCache,
    },
  });
  if (typeof out === "number") fs.closeSync(out);
  fs.writeFileSync(s.pidFile, `${child.pid}\n`);
  if (!foreground) child.unref();
  return child;
}

/** SIGTERM (the JVM's shutdown hook closes the stores), then SIGKILL after `graceMs`. Returns how it ended. */
export async function stopServer(s, { graceMs = 30_000, log = console.log } = {}) {
  const pid = runningPid(s);
  if (pid === null) return "not-running";
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  let nextNote = Date.now() + 5_000;
  while (alive(pid) && Date.now() < deadline) {
    if (Date.now() >= nextNote) {
      log(`  still stopping (pid ${pid})…`);
      nextNote += 5_000;
    }
    await sleep(200);
  }
  let how = "stopped";
  if (alive(pid)) {
    process.kill(pid, "SIGKILL");
    how = "killed";
    for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
  }
  fs.rmSync(s.pidFile, { force: true });
  return how;
}
