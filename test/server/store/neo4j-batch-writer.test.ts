// The loader's batch writer: several fresh batches in flight, committed in order; failures and clashes keep a prefix written.
import { setTimeout as sleep } from "node:timers/promises";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { BatchWriter } from "../../../server/store/neo4j/batch-writer.js";
import { loadGraph } from "../../../server/store/neo4j/loader.js";
import { tally, type Tally } from "../../../server/store/neo4j/loader-upsert.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const LABEL = "BatchWriterTest"; // its own label: store.clear() leaves it, the tests delete it themselves
const batches = (count: number, size = 5) =>
  Array.from({ length: count }, (_, b) => Array.from({ length: size }, (_, k) => b * size + k));

const node = (i: number): GraphNode => ({
  id: `bw-${String(i).padStart(3, "0")}`,
  type: "Company",
  name: `Batch writer node ${i}`,
  aliases: [],
  properties: {},
});
const nodes = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => node(from + k));

describeNeo4j("BatchWriter", () => {
  let store: Neo4jStore;
  let driver: Driver;

  const written = async (): Promise<number[]> => {
    const { records } = await driver.executeQuery(`MATCH (n:${LABEL}) RETURN n.i AS i ORDER BY i`);
    return records.map((r) => Number(r.get("i")));
  };
  const createRows = async (tx: ManagedTransaction, batch: number[]): Promise<Tally> => {
    await tx.run(`UNWIND $rows AS i CREATE (:${LABEL} {i: i})`, { rows: batch });
    return tally(batch.length);
  };
  const upsertRows = (): Promise<Tally> => Promise.reject(new Error("no upsert expected"));

  beforeAll(async () => {
    store = await connectedTestStore();
    driver = store.connection.driver;
  });
  beforeEach(async () => {
    await store.clear();
    await driver.executeQuery(`MATCH (n:${LABEL}) DELETE n`);
  });
  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:${LABEL}) DELETE n`);
    await store.close();
  });

  it("writes every batch with several in flight and adds up their counts", async () => {
    const writer = new BatchWriter(driver, undefined, true, 3);
    try {
      expect(await writer.writeAll(batches(7), createRows, upsertRows)).toEqual(tally(35));
    } finally {
      await writer.close();
    }
    expect(await written()).toEqual(batches(7).flat());
  });

  it("reports a failed batch and writes nothing after it, even batches in flight that finished first", async () => {
    const later: number[] = [];
    const failSecond = async (tx: ManagedTransaction, batch: number[]): Promise<Tally> => {
      if (batch[0] === 5) {
        await sleep(300); // the batches after it run their statements meanwhile, then wait to commit
        throw new Error("batch 1 failed");
      }
      const counts = await createRows(tx, batch);
      if (batch[0]! > 5) later.push(batch[0]!);
      return counts;
    };
    const writer = new BatchWriter(driver, undefined, true, 3);
    try {
      await expect(writer.writeAll(batches(6), failSecond, upsertRows)).rejects.toThrow("batch 1 failed");
    } finally {
      await writer.close();
    }
    expect(later).toContain(10); // batch 2 ran beside the failing one…
    expect(await written()).toEqual(batches(1).flat()); // …and rolled back with every later batch
  });

  it("fails like one batch at a time when asked for one in flight", async () => {
    const failThird = async (tx: ManagedTransaction, batch: number[]): Promise<Tally> => {
      if (batch[0] === 10) throw new Error("batch 2 failed");
      return createRows(tx, batch);
    };
    const writer = new BatchWriter(driver, undefined, true, 1);
    try {
      await expect(writer.writeAll(batches(5), failThird, upsertRows)).rejects.toThrow("batch 2 failed");
    } finally {
      await writer.close();
    }
    expect(await written()).toEqual(batches(2).flat());
  });

  it("gives way when the batch before it waits for a lock it holds, and still commits in order", async () => {
    // A lock cycle through the client: batch 1 (rows 5–9) waits in the client for batch 0 to commit, and batch 0
    // waits in Neo4j for a lock batch 1 holds. Neo4j cannot see that cycle; batch 1 giving way breaks it.
    await driver.executeQuery(`CREATE (:${LABEL} {i: -1, by: "nobody"})`);
    let secondLocked!: () => void;
    const locked = new Promise<void>((resolve) => (secondLocked = resolve));
    const claim = async (tx: ManagedTransaction, batch: number[]): Promise<Tally> => {
      if (batch[0] === 0) await locked; // let batch 1 take the lock first
      await tx.run(`MATCH (n:${LABEL} {i: -1}) SET n.by = $by`, { by: `batch ${batch[0]}` });
      if (batch[0] === 5) secondLocked();
      return createRows(tx, batch);
    };
    const writer = new BatchWriter(driver, undefined, true, 2, 300);
    try {
      expect(await writer.writeAll(batches(2), claim, upsertRows)).toEqual(tally(10));
    } finally {
      await writer.close();
    }
    expect(writer.gaveWay).toBe(1);
    expect(await written()).toEqual([-1, ...batches(2).flat()]);
    // Batch 1 wrote last: its second run came after batch 0's commit.
    const { records } = await driver.executeQuery(`MATCH (n:${LABEL} {i: -1}) RETURN n.by AS by`);
    expect(records[0]?.get("by")).toBe("batch 5");
  });

  it("refuses a number in flight below one", () => {
    expect(() => new BatchWriter(driver, undefined, true, 0)).toThrow(RangeError);
  });

  it("redoes the clashing batch and the later ones in flight by upsert, with exact counts, on a clash mid-load", async () => {
    await loadGraph(driver, { nodes: nodes(25, 28), edges: [], sources: [] }, { mode: "upsert" });
    const report = await loadGraph(
      driver,
      { nodes: nodes(0, 50), edges: [], sources: [] },
      { batchSize: 5, mode: "fresh", transactionsInFlight: 4 },
    );
    expect(report.nodes).toEqual({ created: 47, updated: 0, unchanged: 3 });
    expect((await store.info()).counts.nodes).toBe(50);
    expect(await store.getNodes(nodes(0, 50).map((n) => n.id))).toEqual(nodes(0, 50));
  });

  it("loads many batches of edges onto one hub in flight at once without deadlocking", async () => {
    const spokes = nodes(0, 200);
    await loadGraph(driver, { nodes: spokes, edges: [], sources: [] }, { mode: "fresh" });
    const edges: GraphEdge[] = spokes.slice(1).map((n, i) => ({
      id: `bw-e${i}`,
      type: i % 2 ? "FUNDS" : "PARTNERS_WITH",
      source: i % 3 ? n.id : spokes[0]!.id,
      target: i % 3 ? spokes[0]!.id : n.id,
      properties: {},
      evidence: [],
    }));
    const report = await loadGraph(
      driver,
      { nodes: [], edges, sources: [] },
      { batchSize: 10, mode: "fresh", transactionsInFlight: 4 },
    );
    expect(report.edges.created).toBe(199);
    const { records } = await driver.executeQuery(
      "MATCH (:Entity {id: $id})--(n) RETURN count(n) AS degree",
      {
        id: spokes[0]!.id,
      },
    );
    expect(Number(records[0]?.get("degree"))).toBe(199);
  });
});
