// Drives `npm run neo4j` (tools/neo4j/neo4j.mjs) against the server it started, as a developer would.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { describeNeo4j, neo4jTestConfig } from "../helpers/neo4j.js";

const LAUNCHER = path.resolve(import.meta.dirname, "../../tools/neo4j/neo4j.mjs");

interface LauncherResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the launcher with NEO4J_BOLT_PORT set; resolves with its exit code instead of throwing. */
async function launcher(port: number, ...args: string[]): Promise<LauncherResult> {
  const env = { ...process.env, NEO4J_BOLT_PORT: String(port) };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [LAUNCHER, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

// A port nobody uses, so these checks never touch a real server.
const IDLE_PORT = 59_999;

describe("npm run neo4j without a server", () => {
  it("reports a port with no server as not running, with exit code 3", async () => {
    const result = await launcher(IDLE_PORT, "status");
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(`not running on port ${IDLE_PORT}`);
  });

  it("treats stop on a port with no server as a successful no-op", async () => {
    const result = await launcher(IDLE_PORT, "stop");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("was not running");
  });

  it("rejects an unknown command with the usage text and exit code 2", async () => {
    const result = await launcher(IDLE_PORT, "restart-everything");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm run neo4j");
  });
});

// These expect the server at neo4jTestConfig().uri to have been started by `npm run neo4j start`.
describeNeo4j("npm run neo4j with a running server", () => {
  const cfg = neo4jTestConfig();
  const port = Number(new URL(cfg.uri).port || 7687);

  it("reports the server as running with its port and a 5.26 version", async () => {
    const result = await launcher(port, "status");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`running on bolt://127.0.0.1:${port}`);
    expect(result.stdout).toMatch(/version 5\.26\.\d+ community/);
  });

  it("says so and succeeds when asked to start a server that is already running", async () => {
    const result = await launcher(port, "start");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/already running on bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+, 5\.26\.\d+\)/);
  });

  it("runs a parameterised Cypher round trip with the configured credentials", async () => {
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    const session = driver.session(cfg.database ? { database: cfg.database } : {});
    const tx = session.beginTransaction();
    try {
      const token = `launcher-test-${process.pid}-${Date.now()}`;
      await tx.run("CREATE (:LauncherProbe {token: $token})", { token });
      const result = await tx.run("MATCH (p:LauncherProbe {token: $token}) RETURN p.token AS token", {
        token,
      });
      expect(result.records.map((r) => r.get("token"))).toEqual([token]);
    } finally {
      // Rolled back so the shared database is left exactly as it was.
      await tx.rollback();
      await session.close();
      await driver.close();
    }
  });

  it("refuses a wrong password with Neo.ClientError.Security.Unauthorized", async () => {
    // One failed login only: three in a row would lock the neo4j user for other test files.
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, `${cfg.password}-wrong`));
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    } finally {
      await driver.close();
    }
  });
});
