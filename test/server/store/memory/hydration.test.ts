// The memory store's background fill after a restore: writes wait for it in order, search and paths answer from the columns, shutdown pauses it.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newAuditEntry } from "../../../../server/domain/audit.js";
import type { GraphExport } from "../../../../server/domain/model.js";
import type { PathOptions, SearchOptions } from "../../../../server/store/graph-store.js";
import { createMemoryStore, MemoryGraphStore } from "../../../../server/store/memory/memory-store.js";
import { createPersistentMemoryStore } from "../../../../server/store/memory/persist.js";
import { SNAPSHOT_FILE, writeSnapshot } from "../../../../server/store/memory/snapshot.js";
import { toColumns } from "../../../../server/store/memory/snapshot-columns.js";
import { fixtureGraph, fixtureNode } from "../../../helpers/fixture-graph.js";
import { heldHydration, randomGraph } from "./held-hydration.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-hydration-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function snapshotOf(graph: GraphExport): Promise<void> {
  await writeSnapshot(dir, await (await createMemoryStore(graph)).exportState());
}

/** Lets the event loop turn a few times, so that anything scheduled could run. */
async function turns(count = 5): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

const renamed = (name: string) => ({ ...fixtureNode("japan"), name });

describe("MemoryGraphStore hydration after a restore", () => {
  it("holds writes made during the fill and applies them after it, in the order they were made", async () => {
    await snapshotOf(fixtureGraph());
    const held = heldHydration();
    const store = await createPersistentMemoryStore({ dataDir: dir, hydration: held.schedule });
    const order: string[] = [];
    const first = store.applyChanges({ upsertNodes: [renamed("First")] }).then(() => order.push("first"));
    const second = store.applyChanges({ upsertNodes: [renamed("Second")] }).then(() => order.push("second"));
    const audit = newAuditEntry({
      actor: "t",
      action: "update_node",
      entityIds: ["japan"],
      summary: "s",
      before: null,
      after: null,
    });
    const appended = store.appendAudit(audit).then(() => order.push("audit"));
    const removal = store.applyChanges({ removeNodes: ["riken"] }).then(() => order.push("removal"));
    await turns();
    expect(store.phase).toBe("columns");
    expect((await store.getNode("japan"))?.name).toBe("Japan"); // not yet written
    held.release();
    await Promise.all([first, second, appended, removal]);
    expect(order).toEqual(["first", "second", "audit", "removal"]);
    expect(store.phase).toBe("graph");
    expect((await store.getNode("japan"))?.name).toBe("Second");
    expect(await store.getNode("riken")).toBeNull();

    // Nothing is lost across a restart: the writes' snapshots hold them, the fill the rest.
    const expected = await store.exportState();
    await store.close();
    const restarted = await createPersistentMemoryStore({ dataDir: dir });
    expect(restarted.phase).toBe("columns");
    expect(await restarted.exportState()).toEqual(expected);
    await restarted.whenHydrated();
    expect(await restarted.exportState()).toEqual(expected);
    expect((await restarted.readAudit({ limit: 10 }))[0]).toEqual(audit);
  });

  it("answers search and paths from the columns during the fill, as a store loaded directly", async () => {
    await snapshotOf(fixtureGraph());
    const held = heldHydration();
    const store = await createPersistentMemoryStore({ dataDir: dir, hydration: held.schedule });
    const direct = await createMemoryStore(fixtureGraph());
    const cases: [string, SearchOptions][] = [
      ["jap", { limit: 5 }],
      ["a", { limit: 7 }],
      ["tsmc", { limit: 3, types: ["Company"] }],
      ["no such name", { limit: 5 }],
    ];
    for (const [query, options] of cases)
      expect(await store.search(query, options)).toEqual(await direct.search(query, options));
    const pathCases: [string, string, PathOptions][] = [
      ["japan", "tsmc-arizona", { maxHops: 4, k: 3 }],
      ["japan", "tsmc-arizona", { maxHops: 4, k: 3, relTypes: ["FUNDS", "OPERATES", "LOCATED_IN"] }],
      ["japan", "japan", { maxHops: 2, k: 1 }],
      ["japan", "nowhere", { maxHops: 2, k: 1 }],
    ];
    for (const [from, to, options] of pathCases)
      expect(await store.paths(from, to, options)).toEqual(await direct.paths(from, to, options));
    await turns();
    expect(store.phase).toBe("columns");
    held.release();
    await store.whenHydrated();
    for (const [from, to, options] of pathCases)
      expect(await store.paths(from, to, options)).toEqual(await direct.paths(from, to, options));
  });

  it("hands the columns' search texts to the graph's index, which then follows writes as before", async () => {
    await snapshotOf(fixtureGraph());
    const held = heldHydration();
    const store = await createPersistentMemoryStore({ dataDir: dir, hydration: held.schedule });
    const before = await store.search("jap", { limit: 5 }); // builds the columns' texts
    held.release();
    await store.whenHydrated();
    expect(await store.search("jap", { limit: 5 })).toEqual(before);
    await store.applyChanges({ upsertNodes: [renamed("Nippon State")] });
    expect((await store.search("nippon", { limit: 5 })).map((hit) => hit.id)).toEqual(["japan"]);
    expect((await store.search("japan", { limit: 5 })).map((hit) => hit.id)).not.toContain("japan");
  });

  it("answers search and paths on a random graph the same in both phases (astral and accented ids, aliases, types)", async () => {
    const graph = randomGraph(11, 400, 1_200);
    await snapshotOf(graph);
    const held = heldHydration();
    const store = await createPersistentMemoryStore({ dataDir: dir, hydration: held.schedule });
    const direct = await createMemoryStore(graph);
    const queries = ["node", "node 1", "alias", "de 3", "1", "7", "alias 2", "zz"];
    for (const q of queries)
      for (const options of [{ limit: 10 }, { limit: 3, types: ["Company" as const, "Person" as const] }])
        expect(await store.search(q, options), `${q} ${JSON.stringify(options)}`).toEqual(
          await direct.search(q, options),
        );
    const ids = graph.nodes.map((n) => n.id);
    const pairs = Array.from({ length: 25 }, (_, i) => [
      ids[(i * 37) % ids.length]!,
      ids[(i * 91 + 5) % ids.length]!,
    ]);
    const pathOptions: PathOptions[] = [
      { maxHops: 4, k: 3 },
      { maxHops: 3, k: 2, relTypes: ["FUNDS", "PARTNERS_WITH"] },
    ];
    let found = 0;
    for (const [from, to] of pairs)
      for (const options of pathOptions) {
        const paths = await store.paths(from!, to!, options);
        expect(paths, `${from} → ${to}`).toEqual(await direct.paths(from!, to!, options));
        if (paths?.length) found++;
      }
    expect(found).toBeGreaterThan(pairs.length / 2); // the pairs are mostly connected: real paths were compared
    expect(store.phase).toBe("columns");
    held.release();
    await store.whenHydrated();
    for (const q of queries)
      expect(await store.search(q, { limit: 10 })).toEqual(await direct.search(q, { limit: 10 }));
    for (const [from, to] of pairs)
      expect(await store.paths(from!, to!, pathOptions[0]!)).toEqual(
        await direct.paths(from!, to!, pathOptions[0]!),
      );
  });

  it("fills the graph over several turns of the event loop, which stays free to answer between them", async () => {
    await snapshotOf(randomGraph(7, 5_000, 40_000));
    const store = await createPersistentMemoryStore({ dataDir: dir });
    expect(store.phase).toBe("columns");
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    try {
      await store.whenHydrated();
    } finally {
      clearInterval(ticker);
    }
    expect(store.phase).toBe("graph");
    expect(ticks, "timer callbacks ran during the fill").toBeGreaterThan(1);
    expect((await store.info()).counts.relationships).toBe(40_000);
  });

  it("stops filling when closed, and finishes the fill when a write comes later", async () => {
    await snapshotOf(fixtureGraph());
    const held = heldHydration();
    const store = await createPersistentMemoryStore({ dataDir: dir, hydration: held.schedule });
    await store.close();
    held.release();
    await turns();
    expect(store.phase).toBe("columns");
    await store.applyChanges({ upsertNodes: [renamed("After close")] });
    expect(store.phase).toBe("graph");
    expect((await store.getNode("japan"))?.name).toBe("After close");
  });

  it("restores a format 1 snapshot, and columns whose ids are not sorted, straight into the graph", async () => {
    const body = Buffer.from(JSON.stringify({ graph: fixtureGraph(), audit: [] }));
    const sha256 = createHash("sha256").update(body).digest("hex");
    const header = JSON.stringify({ format: "chipgraph-snapshot/1", sha256, bytes: body.length });
    await writeFile(path.join(dir, SNAPSHOT_FILE), Buffer.concat([Buffer.from(`${header}\n`), body]));
    const fromFormat1 = await createPersistentMemoryStore({ dataDir: dir });
    expect(fromFormat1.phase).toBe("graph");
    expect(await fromFormat1.exportAll()).toEqual(fixtureGraph());

    const unsorted = fixtureGraph();
    unsorted.nodes.reverse();
    const store = new MemoryGraphStore();
    await store.restoreState({ graph: unsorted, audit: [], columns: toColumns(unsorted) });
    expect(store.phase).toBe("graph");
    expect(await store.exportAll()).toEqual(fixtureGraph());
  });

  it("rejects columns that do not fit together and leaves the store empty, as before", async () => {
    const columns = toColumns(fixtureGraph());
    columns.edges.targets[0] = 999;
    const store = new MemoryGraphStore();
    await expect(store.restoreState({ graph: fixtureGraph(), audit: [], columns })).rejects.toThrow(
      /out of range/,
    );
    expect((await store.info()).counts).toEqual({ nodes: 0, relationships: 0 });
  });
});
