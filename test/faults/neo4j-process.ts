// Kills and restarts the launcher's Neo4j (tools/neo4j/neo4j.mjs) on the test port, timing when Bolt takes logins again.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import neo4j from "neo4j-driver";
import { PROJECT_ROOT } from "../../server/config.js";
import { neo4jTestConfig } from "../helpers/neo4j.js";

export const neo4jPort = Number(new URL(neo4jTestConfig().uri.replace(/^bolt/, "http")).port || 7687);
const home = path.join(PROJECT_ROOT, ".neo4j", String(neo4jPort));

/** SIGKILL this port's JVM (throws when the launcher is not running it); resolves once the process is gone. */
export async function killNeo4j(): Promise<void> {
  const pid = Number(readFileSync(path.join(home, "neo4j.pid"), "utf8").trim());
  process.kill(pid, "SIGKILL");
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** True when Bolt accepts a login with the test credentials. */
export async function neo4jAnswers(): Promise<boolean> {
  const cfg = neo4jTestConfig();
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    connectionTimeout: 2_000,
    logging: { level: "error", logger: () => undefined },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * `npm run neo4j -- start` on the port; resolves with the first time Bolt took a login (polled every 250 ms)
 * and `launched`, the launcher's own finish. Polling logins is safe here: the data directory already holds
 * the password, so no probe counts as a failed login. The launcher's own "ready" line waits for a
 * system-database write that has taken minutes on a loaded machine after Bolt was already serving.
 */
export async function startNeo4j(): Promise<{ readyAt: number; launched: Promise<unknown> }> {
  const launched = promisify(execFile)(process.execPath, ["tools/neo4j/neo4j.mjs", "start"], {
    cwd: PROJECT_ROOT,
    // Crash recovery on a busy 2-core machine has taken far longer than the launcher's default 120 s.
    env: { NEO4J_START_TIMEOUT: "1800", ...process.env, NEO4J_BOLT_PORT: String(neo4jPort) },
  });
  let failed: unknown;
  launched.catch((error: unknown) => (failed = error));
  for (;;) {
    if (failed) throw failed;
    if (await neo4jAnswers()) return { readyAt: Date.now(), launched };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
