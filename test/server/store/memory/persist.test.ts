// The embedded store's persistence: snapshots survive a restart exactly, corrupt ones fall back, the seed loads only once.
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newAuditEntry } from "../../../../server/domain/audit.js";
import { createPersistentMemoryStore } from "../../../../server/store/memory/persist.js";
import {
  PREVIOUS_FILE,
  SNAPSHOT_FILE,
  SnapshotError,
  decode,
  readSnapshot,
} from "../../../../server/store/memory/snapshot.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-persist-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seeded = () => createPersistentMemoryStore({ dataDir: dir, seed: async () => fixtureGraph() });
const ibm = {
  id: "ibm",
  type: "Company" as const,
  name: "IBM",
  aliases: ["Big Blue"],
  properties: { n: 1.5 },
};

describe("createPersistentMemoryStore", () => {
  it("close() waits for queued snapshots and leaves one holding the final state", async () => {
    const store = await seeded();
    const write = store.applyChanges({ upsertNodes: [ibm] }); // not awaited: its snapshot may still be queued
    await store.close();
    await write;
    const found = await readSnapshot(dir);
    expect(found?.fellBack).toBe(false);
    expect(found?.state.graph.nodes.map((node) => node.id)).toContain("ibm");
  });

  it("loads the seed into an empty directory and writes a snapshot of it", async () => {
    const store = await seeded();
    expect(await store.exportAll()).toEqual(fixtureGraph());
    expect(await readdir(dir)).toContain(SNAPSHOT_FILE);
  });

  it("brings back exactly what was there after a restart: edits, removals and the audit log", async () => {
    const first = await seeded();
    const audit = newAuditEntry({
      actor: "t",
      action: "create_node",
      entityIds: ["ibm"],
      summary: "s",
      before: null,
      after: ibm,
    });
    await first.applyChanges({ upsertNodes: [ibm], removeNodes: ["kioxia"] }, audit);
    const expected = await first.exportState();

    const second = await seeded();
    expect(await second.exportState()).toEqual(expected);
    expect(await second.getNode("kioxia")).toBeNull();
    expect(await second.readAudit({ entity: "ibm", limit: 5 })).toEqual([audit]);
  });

  it("does not load the seed over kept data, even when the graph was emptied", async () => {
    const first = await seeded();
    await first.clear();
    const second = await seeded();
    expect((await second.info()).counts).toEqual({ nodes: 0, relationships: 0 });
  });

  it("keeps the previous snapshot and falls back to it when the newest is corrupt", async () => {
    const store = await seeded();
    await store.applyChanges({ upsertNodes: [ibm] });
    const text = await readFile(path.join(dir, SNAPSHOT_FILE), "utf8");
    await writeFile(path.join(dir, SNAPSHOT_FILE), text.replace("IBM", "IBN")); // one flipped byte
    const found = await readSnapshot(dir);
    expect(found?.fellBack).toBe(true);
    const restarted = await seeded();
    expect(await restarted.getNode("ibm")).toBeNull(); // the previous snapshot: before the IBM write
    expect((await restarted.info()).counts).toEqual({ nodes: 12, relationships: 17 });
  });

  it("refuses to start when every snapshot is corrupt, rather than reseeding over data", async () => {
    await seeded();
    await writeFile(path.join(dir, SNAPSHOT_FILE), "garbage");
    await writeFile(path.join(dir, PREVIOUS_FILE), "{}\n{}");
    await expect(seeded()).rejects.toBeInstanceOf(SnapshotError);
  });
});

describe("snapshot decode", () => {
  it("names what is wrong with a truncated or tampered file", async () => {
    await seeded();
    const text = await readFile(path.join(dir, SNAPSHOT_FILE), "utf8");
    expect(decode(text.slice(0, -10))).toMatch(/truncated/);
    expect(decode(text.replace("Japan", "Jap4n"))).toMatch(/checksum/);
    expect(decode("no newline")).toMatch(/header/);
    expect(typeof decode(text)).toBe("object");
  });
});

describe("a snapshot that cannot be written", () => {
  it("answers store_unavailable (503) instead of a generic error", async () => {
    const store = await seeded();
    await rm(dir, { recursive: true, force: true });
    await writeFile(dir, "a file where the directory was"); // mkdir and open now fail
    await expect(store.applyChanges({ upsertNodes: [ibm] })).rejects.toMatchObject({
      code: "store_unavailable",
    });
    await rm(dir, { force: true });
  });
});
