// Process faults: SIGTERM with an import and 50 requests in flight on DATA_DIR; clean answers, exit 0, a valid snapshot.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphExport } from "../../server/domain/model.js";
import { readSnapshot } from "../../server/store/memory/snapshot.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { oneRequest, type Answer } from "./one-request.js";

const TOKEN = "sigterm-fault-token-0123456789";
const IMPORTED = 100_000;
/** apply-import.ts writes in batches of this many (domain/load-batches.ts: nodes, then sources, then edges). */
const BATCH = 5_000;
const auth = { Authorization: `Bearer ${TOKEN}` };

/** 100k companies in a chain of PARTNERS_WITH: 20 node batches, 1 source batch (the import's own), 20 edge batches. */
function importFile(): string {
  const id = (i: number) => `imp-${String(i).padStart(5, "0")}`;
  const graph: GraphExport = {
    nodes: Array.from({ length: IMPORTED }, (_, i) => ({
      id: id(i),
      type: "Company" as const,
      name: `Imported Company ${i}`,
      aliases: [],
      properties: { i },
    })),
    edges: Array.from({ length: IMPORTED - 1 }, (_, i) => ({
      id: `imp-e-${i}`,
      type: "PARTNERS_WITH" as const,
      source: id(i),
      target: id(i + 1),
      properties: {},
      evidence: [],
    })),
    sources: [],
  };
  return JSON.stringify(graph);
}

/** 50 at once, each on its own connection: writes (each snapshots DATA_DIR), searches, health, exports. */
function fifty(url: string): Promise<Answer>[] {
  return Array.from({ length: 50 }, (_, i) => {
    if (i % 5 === 0)
      return oneRequest(
        `${url}/api/nodes`,
        "POST",
        { ...auth, "Content-Type": "application/json" },
        JSON.stringify({ type: "Company", name: `Shutdown Write ${i}` }),
      );
    if (i % 5 === 1) return oneRequest(`${url}/api/search?q=tsmc`, "GET");
    if (i % 5 === 2) return oneRequest(`${url}/api/health`, "GET");
    return oneRequest(`${url}/api/export?format=json`, "GET");
  });
}

describe("SIGTERM with an import and 50 requests in flight (memory store, DATA_DIR)", () => {
  let dataDir: string;
  let server: ChildServer | undefined;
  afterEach(async () => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers or refuses every request cleanly, exits 0 within 10 s, and leaves a batch-consistent snapshot", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-sigterm-"));
    const env = { PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", DATA_DIR: dataDir, API_TOKEN: TOKEN };
    server = await startChildServer("server/main.ts", env);
    const before = (await readSnapshot(dataDir))!.state.graph;

    // The import streams NDJSON progress; the 50 requests and SIGTERM go out once its first batch is written.
    let firstBatch: () => void = () => undefined;
    const batchWritten = new Promise<void>((resolve) => (firstBatch = resolve));
    const importing = oneRequest(
      `${server.url}/api/import?format=json`,
      "POST",
      { ...auth, "Content-Type": "application/json", Accept: "application/x-ndjson" },
      importFile(),
      (text) => text.includes('"progress"') && firstBatch(),
    );
    await Promise.race([batchWritten, importing]);
    const requests = fifty(server.url);
    await new Promise((resolve) => setTimeout(resolve, 30)); // some accepted and in flight, some not yet
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    const code = await server.exited;
    const exitMs = Date.now() - signalled;
    const answers = await Promise.all(requests);
    const imported = await importing;

    // The import: completed (a result line), or stopped with the error or cut only after the 5 s grace.
    const lines = imported.kind === "refused" ? [] : imported.body.trim().split("\n").filter(Boolean);
    const parsed = lines.map(
      (l) =>
        JSON.parse(l) as { progress?: { done: number; total: number }; result?: unknown; error?: unknown },
    );
    const progress = parsed.filter((l) => l.progress).at(-1)?.progress;
    const importOutcome = parsed.some((l) => l.result)
      ? "completed"
      : parsed.some((l) => l.error)
        ? "error line"
        : imported.kind;

    const snapshot = await readSnapshot(dataDir);
    const nodes = snapshot!.state.graph.nodes;
    const edges = snapshot!.state.graph.edges;
    const importedNodes = nodes.filter((n) => n.id.startsWith("imp-")).length;
    const importedEdges = edges.filter((e) => e.id.startsWith("imp-e-")).length;
    const tally = (kind: string) => answers.filter((a) => a.kind === kind).length;
    console.log(
      `sigterm + import: exit ${code} after ${exitMs} ms; 50 requests: ${tally("answered")} answered ` +
        `(${answers.filter((a) => a.kind === "answered" && a.status < 300).length} 2xx, ` +
        `${answers.filter((a) => a.kind === "answered" && a.status === 503).length} 503), ${tally("refused")} refused, ${tally("cut")} cut; ` +
        `import ${importOutcome} after ${progress?.done ?? 0}/${progress?.total ?? "?"} batches` +
        `${imported.kind === "cut" ? ` (cut ${imported.at - signalled} ms after SIGTERM)` : ""}; ` +
        `snapshot: ${importedNodes}/${IMPORTED} imported nodes, ${importedEdges}/${IMPORTED - 1} imported edges, fellBack ${snapshot?.fellBack} | ` +
        `load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
    );

    expect(code, server.output().slice(-3000)).toBe(0);
    expect(exitMs).toBeLessThan(10_000);
    for (const a of answers) {
      expect(a.kind, JSON.stringify(a).slice(0, 300)).not.toBe("cut");
      // Refused (reset from the listen backlog) only once the close began, never before the signal.
      if (a.kind === "refused") expect(a.at).toBeGreaterThanOrEqual(signalled);
      if (a.kind !== "answered") continue;
      expect([200, 201, 503], a.body.slice(0, 300)).toContain(a.status);
      expect(a.type).toContain("application/json");
      expect(() => JSON.parse(a.body)).not.toThrow();
    }
    expect(tally("answered")).toBeGreaterThan(0);
    // The import was answered whole, or stopped cleanly between batches; a cut only once the grace period is over.
    expect(["completed", "error line", "cut"]).toContain(importOutcome);
    expect(
      progress?.done ?? 0,
      "the import was under way (not refused) when SIGTERM came",
    ).toBeGreaterThanOrEqual(1);
    if (imported.kind === "cut") expect(imported.at - signalled).toBeGreaterThanOrEqual(4_900);

    // The snapshot: valid, everything before the import kept, the import a whole number of batches in order.
    expect(snapshot?.fellBack).toBe(false);
    const ids = new Set(nodes.map((n) => n.id));
    for (const n of before.nodes) expect(ids.has(n.id)).toBe(true);
    expect(importedNodes === IMPORTED || importedNodes % BATCH === 0).toBe(true);
    expect(importedEdges === IMPORTED - 1 || importedEdges % BATCH === 0).toBe(true);
    if (importedEdges > 0) expect(importedNodes).toBe(IMPORTED);
    if (importOutcome === "completed")
      expect([importedNodes, importedEdges]).toEqual([IMPORTED, IMPORTED - 1]);
    for (const a of answers)
      if (a.kind === "answered" && a.status === 201) expect(ids.has(JSON.parse(a.body).node.id)).toBe(true);

    // And the server starts again from it, serving exactly what the snapshot holds.
    server = await startChildServer("server/main.ts", env);
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.counts).toMatchObject({ nodes: nodes.length, relationships: edges.length });
    expect(await server.stop()).toBe(0);
  });
});
