// Neo4j killed mid-import: SIGKILL the launcher's java process during a batched load; no partial batch, and a re-run converges.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config.js";
import type { GraphExport } from "../../server/domain/model.js";
import { loadGraph } from "../../server/store/neo4j/loader.js";
import { neo4jTestConfig } from "../helpers/neo4j.js";

const NODES = 20_000;
const BATCH = 500;
const config = neo4jTestConfig();
const port = Number(new URL(config.uri.replace(/^bolt/, "http")).port || 7687);

function data(): GraphExport {
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    id: `fault-${String(i).padStart(5, "0")}`,
    type: "Company" as const,
    name: `Fault company ${i}`,
    aliases: [],
    properties: { i },
  }));
  return { nodes, edges: [], sources: [] };
}

const connect = () => neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));

async function faultIds(driver: Driver): Promise<string[]> {
  const result = await driver.executeQuery(
    "MATCH (n:Entity) WHERE n.id STARTS WITH 'fault-' RETURN n.id AS id",
  );
  return result.records.map((r) => String(r.get("id")));
}

async function launcher(command: "start" | "stop"): Promise<void> {
  await promisify(execFile)(process.execPath, ["tools/neo4j/neo4j.mjs", command], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_BOLT_PORT: String(port) },
    timeout: 240_000,
  });
}

describe(`Neo4j killed mid-import (launcher instance on port ${port})`, () => {
  it(`keeps every batch of ${BATCH} all-or-nothing after SIGKILL, and a re-run converges to ${NODES} nodes`, async () => {
    const pidFile = path.join(PROJECT_ROOT, ".neo4j", String(port), "neo4j.pid");
    const pid = Number(readFileSync(pidFile, "utf8").trim()); // throws when this port's launcher is not running
    let driver = connect();
    await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'fault-' DETACH DELETE n");

    const loading = loadGraph(driver, data(), { batchSize: BATCH }).then(
      () => "finished" as const,
      () => "failed" as const,
    );
    let seenBeforeKill: number;
    for (;;) {
      seenBeforeKill = (await faultIds(driver)).length;
      if (seenBeforeKill >= 4 * BATCH) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    process.kill(pid, "SIGKILL");
    expect(await loading).toBe("failed");
    await driver.close().catch(() => undefined);

    await launcher("start");
    driver = connect();
    try {
      const ids = await faultIds(driver);
      const perBatch = new Map<number, number>();
      for (const id of ids) {
        const batch = Math.floor(Number(id.slice("fault-".length)) / BATCH);
        perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
      }
      const partial = [...perBatch.entries()].filter(([, n]) => n !== BATCH);
      console.log(
        `neo4j kill: ${seenBeforeKill} nodes seen before SIGKILL, ${ids.length} after restart in ${perBatch.size} batches, partial batches: ${partial.length}`,
      );
      expect(partial).toEqual([]);
      expect(ids.length % BATCH).toBe(0);
      expect(ids.length).toBeGreaterThanOrEqual(seenBeforeKill);
      expect(ids.length).toBeLessThan(NODES);

      const report = await loadGraph(driver, data(), { batchSize: BATCH });
      expect(report.nodes.created + report.nodes.unchanged).toBe(NODES);
      expect(report.nodes.unchanged).toBe(ids.length);
      expect((await faultIds(driver)).length).toBe(NODES);
      expect((await loadGraph(driver, data(), { batchSize: BATCH })).nodes.unchanged).toBe(NODES);
    } finally {
      await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'fault-' DETACH DELETE n");
      await driver.close();
    }
  }, 600_000);
});
