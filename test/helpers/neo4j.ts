// Gates Neo4j-backed test blocks: runs them when a server answers, fails in CI, skips loudly elsewhere.
import neo4j from "neo4j-driver";
import { describe, it } from "vitest";

export interface Neo4jTestConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Where the Neo4j tests connect: NEO4J_TEST_URI wins over NEO4J_URI so a dev server is never touched by accident. */
export function neo4jTestConfig(env: NodeJS.ProcessEnv = process.env): Neo4jTestConfig {
  const database = env.NEO4J_TEST_DATABASE || env.NEO4J_DATABASE || undefined;
  return {
    uri: env.NEO4J_TEST_URI || env.NEO4J_URI || "bolt://127.0.0.1:7687",
    user: env.NEO4J_USER || "neo4j",
    password: env.NEO4J_PASSWORD || "explorer-local-dev",
    ...(database ? { database } : {}),
  };
}

export interface Neo4jProbe {
  ok: boolean;
  /** Why the probe failed (connection refused, bad credentials…); empty when ok. */
  reason: string;
}

let probe: Promise<Neo4jProbe> | undefined;

/** Connects once per process (auth included) and remembers the answer; a closed port answers within ~3 s. */
export function probeNeo4j(): Promise<Neo4jProbe> {
  probe ??= (async () => {
    const cfg = neo4jTestConfig();
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      connectionTimeout: 3_000,
      maxConnectionPoolSize: 1,
      // A probe that fails must not print driver warnings into the test output.
      logging: { level: "error", logger: () => undefined },
    });
    try {
      await driver.verifyConnectivity(cfg.database ? { database: cfg.database } : {});
      return { ok: true, reason: "" };
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? err.message : String(err) };
    } finally {
      await driver.close();
    }
  })();
  return probe;
}

/** True when a Neo4j server answers at neo4jTestConfig().uri with the configured credentials. */
export async function neo4jAvailable(): Promise<boolean> {
  return (await probeNeo4j()).ok;
}

// Top-level await: vitest collects `describe` blocks synchronously, so the answer must be known
// before any test file that imports this module starts declaring its suites.
const availability = await probeNeo4j();

/**
 * `describe` for tests that need a real Neo4j server. When none answers, the block fails under
 * CI=true (a missing database must never turn into a green build) and is skipped with a warning
 * elsewhere, so `npm test` on a laptop without Java still passes.
 *
 * @example
 * import { describeNeo4j, neo4jTestConfig } from "../helpers/neo4j.js";
 *
 * describeNeo4j("Neo4jStore", () => {
 *   let driver: Driver;
 *   beforeAll(() => {
 *     const cfg = neo4jTestConfig();
 *     driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
 *   });
 *   afterAll(() => driver.close());
 *   it("returns null for an unknown node", async () => { ... });
 * });
 */
export function describeNeo4j(title: string, fn: () => void): void {
  if (availability.ok) {
    describe(title, fn);
    return;
  }
  const { uri } = neo4jTestConfig();
  const message =
    `Neo4j is not reachable at ${uri}: start it with \`npm run neo4j start\`` +
    ` (or set NEO4J_TEST_URI). Cause: ${availability.reason}`;
  if (process.env.CI === "true") {
    describe(title, () => {
      it("needs a reachable Neo4j server", () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n⚠ Skipping "${title}". ${message}\n`);
  describe.skip(title, fn);
}
