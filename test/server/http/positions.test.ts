// POST /api/positions: "none" for small graphs, "computing" then "ready" above the threshold, cached, redone after a write.
import { afterEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../helpers/fixture-graph.js";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post = (body: unknown) =>
  server!.request("/api/positions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The fixture graph (17 edges) in a memory store that counts whole-graph reads (a layout starts with one). */
async function countingStore(): Promise<{ store: GraphStore; reads: () => number }> {
  const real = await createMemoryStore(fixtureGraph());
  let reads = 0;
  const store = Object.assign(Object.create(real) as GraphStore, {
    exportStream: () => {
      reads++;
      return real.exportStream();
    },
  });
  return { store, reads: () => reads };
}

/** Asks until the answer is no longer "computing". */
async function settled(ids: string[]) {
  for (;;) {
    const res = await post({ ids });
    expect(res.status, res.text).toBe(200);
    if (res.body.status !== "computing") return res.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const IDS = fixtureGraph().nodes.map((n) => n.id);

describe("POST /api/positions", () => {
  it("POST /api/positions → none on a graph at or below the threshold (default 100,000 edges)", async () => {
    server = await startTestServer();
    const res = await post({ ids: ["japan"] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "none", positions: {} });
  });

  it("POST /api/positions → computing, then ready with finite coordinates for every requested id", async () => {
    server = await startTestServer({ config: { POSITIONS_MIN_EDGES: 10 } });
    expect((await post({ ids: IDS })).body).toEqual({ status: "computing", positions: {} });
    const answer = await settled(IDS);
    expect(answer.status).toBe("ready");
    expect(Object.keys(answer.positions).sort()).toEqual([...IDS].sort());
    for (const [x, y] of Object.values(answer.positions) as [number, number][]) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    // Not all on one spot: a layout, not a placeholder.
    expect(new Set(Object.values(answer.positions).map((p) => JSON.stringify(p))).size).toBe(IDS.length);
  });

  it("POST /api/positions → only the known ids, and none when no requested id is known", async () => {
    server = await startTestServer({ config: { POSITIONS_MIN_EDGES: 10 } });
    const answer = await settled(["japan", "no-such-node"]);
    expect(Object.keys(answer.positions)).toEqual(["japan"]);
    expect((await post({ ids: ["no-such-node", "__proto__"] })).body).toEqual({
      status: "none",
      positions: {},
    });
  });

  it("POST /api/positions → answers from the cache: a second request computes nothing", async () => {
    const { store, reads } = await countingStore();
    server = await startTestServer({ store, config: { POSITIONS_MIN_EDGES: 10 } });
    const first = await settled(IDS);
    expect(reads()).toBe(1);
    expect(await settled(IDS)).toEqual(first);
    expect(reads()).toBe(1);
  });

  it("POST /api/positions → computes again after a write through the API, even one that keeps the counts", async () => {
    const { store, reads } = await countingStore();
    server = await startTestServer({ store, config: { POSITIONS_MIN_EDGES: 10, HOST: "127.0.0.1" } });
    await settled(IDS);
    const edit = await server.request("/api/nodes/kioxia", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Kioxia Holdings" }),
    });
    expect(edit.status, edit.text).toBe(200);
    expect((await post({ ids: IDS })).body.status).toBe("computing");
    expect((await settled(IDS)).status).toBe("ready");
    expect(reads()).toBe(2);
  });

  it("POST /api/positions → computes again when the graph changed behind the server's back (counts differ)", async () => {
    const { store, reads } = await countingStore();
    server = await startTestServer({ store, config: { POSITIONS_MIN_EDGES: 10 } });
    await settled(IDS);
    await Object.getPrototypeOf(store).applyChanges({ removeNodes: ["riken"] });
    expect((await settled(IDS.filter((id) => id !== "riken"))).status).toBe("ready");
    expect(reads()).toBe(2);
  });

  it("POST /api/positions → 400 naming the field for a bad body", async () => {
    server = await startTestServer();
    expectError(await post({}), 400, "invalid_argument", "ids");
    expectError(await post({ ids: [] }), 400, "invalid_argument", "ids");
    expectError(await post({ ids: ["a", 3] }), 400, "invalid_argument", "ids[1]");
    expectError(
      await post({ ids: Array.from({ length: 10_001 }, (_, i) => `n${i}`) }),
      400,
      "invalid_argument",
      "ids",
      "10000",
    );
    expectError(await post(["japan"]), 400, "invalid_argument");
  });
});
