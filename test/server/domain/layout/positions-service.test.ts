// PositionsService and watchWrites: layouts kept under DATA_DIR across restarts, and every write noticed.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  PositionsService,
  type PositionsAnswer,
} from "../../../../server/domain/layout/positions-service.js";
import { watchWrites } from "../../../../server/domain/layout/write-watch.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";

const IDS = fixtureGraph().nodes.map((n) => n.id);
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

function service(store: Parameters<typeof watchWrites>[0], dataDir: string | undefined, lines: string[]) {
  const logger = { info: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
  return new PositionsService(store, {
    minEdges: 10,
    iterations: 20,
    logger,
    ...(dataDir ? { dataDir } : {}),
  });
}

async function ready(s: PositionsService): Promise<PositionsAnswer> {
  for (;;) {
    const answer = await s.positions(IDS);
    if (answer.status !== "computing") return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("PositionsService", () => {
  it("keeps the layout under DATA_DIR, so a restarted server on the same graph reads it instead of recomputing", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "positions-"));
    const store = await createMemoryStore(fixtureGraph());
    const lines: string[] = [];
    const first = await ready(service(store, dir, lines));
    expect(first.status).toBe("ready");
    expect(lines).toEqual(["positions: whole-graph layout computed"]);
    expect((await readdir(path.join(dir, "positions"))).filter((f) => f.endsWith(".f32"))).toHaveLength(1);

    const restarted: string[] = [];
    expect(await ready(service(store, dir, restarted))).toEqual(first);
    expect(restarted).toEqual(["positions: layout read from DATA_DIR"]);
  });

  it("reuses the stored layout after a property edit (same structure) but not after an edge is removed", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "positions-"));
    const store = await createMemoryStore(fixtureGraph());
    await ready(service(store, dir, []));
    await store.applyChanges({ upsertNodes: [{ ...fixtureGraph().nodes[0]!, name: "Renamed" }] });
    const afterEdit: string[] = [];
    await ready(service(store, dir, afterEdit));
    expect(afterEdit).toEqual(["positions: layout read from DATA_DIR"]);

    await store.applyChanges({ removeEdges: [fixtureGraph().edges[0]!.id] });
    const afterRemoval: string[] = [];
    await ready(service(store, dir, afterRemoval));
    expect(afterRemoval).toEqual(["positions: whole-graph layout computed"]);
    expect(await readdir(path.join(dir, "positions"))).toHaveLength(1); // the outdated layout is gone
  });
});

describe("watchWrites", () => {
  it("reports load, applyChanges and clear once each, failed ones too, and no read", async () => {
    let writes = 0;
    const store = watchWrites(await createMemoryStore(fixtureGraph()), () => writes++);
    await store.getNode("japan");
    await store.exportAll();
    expect(writes).toBe(0);
    await store.load(fixtureGraph());
    await store.applyChanges({ removeNodes: ["riken"] });
    await expect(
      store.applyChanges({ upsertEdges: [{ ...fixtureGraph().edges[0]!, source: "ghost" }] }),
    ).rejects.toThrow();
    await store.clear();
    expect(writes).toBe(4);
    expect(store.kind).toBe("memory");
    expect(await store.info()).toMatchObject({ counts: { nodes: 0 } });
  });
});
