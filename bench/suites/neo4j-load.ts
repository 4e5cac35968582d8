// Benchmark a: bulk load into Neo4j with the project's loader vs one auto-commit transaction per row.
import type { GraphExport } from "../../server/domain/model.js";
import { DEFAULT_BATCH_SIZE, loadGraph } from "../../server/store/neo4j/loader.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { nodeRow } from "../../server/store/neo4j/rows.js";
import { applySchema } from "../../server/store/neo4j/schema.js";
import { chunksOf, dataSetName, wordnetGraph, type DataSet } from "../lib/graphs.js";
import { compare, Recorder } from "../lib/result.js";
import type { BenchContext, Suite } from "../lib/suite.js";

/**
 * Rows of one per-row baseline: the 5,000-row prefix (200 in --quick). Each row is its own fsync-bound
 * commit, ~60–220 rows/s here, so it is measured just before each load rather than once: the per-row rate moved
 * from 58 to 160 rows/s within an hour on one database. Before 2026-11-23 full runs used a 1,000-row prefix.
 */
const perRowPrefix = (quick: boolean) => (quick ? 200 : 5_000);

/** Rounds of (per-row baseline, load) behind each goal row; the median round's ratio is reported. */
const goalRounds = (quick: boolean) => (quick ? 1 : 3);

export const neo4jLoadSuite: Suite = {
  name: "neo4j-load",
  title: "Bulk load into Neo4j",
  async run(ctx: BenchContext) {
    const rec = new Recorder(this.name, this.title);
    const store = ctx.neo4j;
    if (!store) {
      rec.note("Neo4j not running: nothing ran");
      return rec.finish();
    }
    const main: DataSet = { kind: "ba", edges: ctx.quick ? 10_000 : 100_000 };
    const small: DataSet = { kind: "ba", edges: ctx.quick ? 2_000 : 10_000 };
    rec.data.push(
      dataSetName(main),
      `${dataSetName(small)} (constraint on/off)`,
      `per-row: the data set's first ${perRowPrefix(ctx.quick)} nodes, measured just before each load`,
    );
    // The goal is the project's loader as it ships (its default batch size); the other sizes are there to
    // show the choice, and rows for them carry no goal of their own.
    const loaderGoal = { text: "≥ 100× per-row rows/s", check: (c: { ratio: number }) => c.ratio >= 100 };
    const perRowBefore = async () => {
      await store.clear();
      const rate = await perRowNodes(store, firstNodes(main, perRowPrefix(ctx.quick)));
      await store.clear();
      return rate;
    };

    // Without the uniqueness constraint, MERGE on id has no index to seek: each row scans the label.
    await store.clear();
    const withConstraint = await timedLoad(store, small, 1_000);
    await store.clear();
    await store.connection.driver.executeQuery("DROP CONSTRAINT entity_id IF EXISTS");
    try {
      const without = await timedLoad(store, small, 1_000);
      rec.add(
        compare({
          subject: `loader, no entity_id constraint, ${dataSetName(small)}`,
          baseline: "the same load with the constraint",
          metric: "rows/s",
          unit: "rows/s",
          value: without.totalRate,
          baselineValue: withConstraint.totalRate,
        }),
      );
    } finally {
      await store.clear();
      await applySchema(store.connection.driver, undefined);
    }

    // The 1k/10k/50k, and the default (5,000 since the sixth pass) between them.
    const sizes = ctx.quick ? [1_000, DEFAULT_BATCH_SIZE] : [1_000, DEFAULT_BATCH_SIZE, 10_000, 50_000];
    for (const batchSize of sizes) {
      const isDefault = batchSize === DEFAULT_BATCH_SIZE;
      const rounds = await measureRounds(isDefault ? goalRounds(ctx.quick) : 1, async () => {
        const baseline = await perRowBefore();
        return { baseline, load: await timedLoad(store, main, batchSize) };
      });
      const { baseline, load } = medianRound(rounds, (r) => r.load.nodeRate / r.baseline);
      if (rounds.length > 1)
        rec.note(
          `batch ${batchSize}, ${dataSetName(main)}, ${rounds.length} rounds (per-row, then load), median shown: ` +
            rounds.map(describeRound((r) => r.load.nodeRate)).join("; "),
        );
      rec.add(
        compare(
          {
            subject: `loader nodes, batch ${batchSize}${isDefault ? " (default)" : ""}, ${dataSetName(main)}`,
            baseline: "one auto-commit tx per node row",
            metric: "rows/s",
            unit: "rows/s",
            value: load.nodeRate,
            baselineValue: baseline,
          },
          isDefault ? loaderGoal : undefined,
        ),
      );
      rec.add(
        compare({
          subject: `loader edges, batch ${batchSize}, ${dataSetName(main)}`,
          baseline: "one auto-commit tx per node row",
          metric: "rows/s",
          unit: "rows/s",
          value: load.edgeRate,
          baselineValue: baseline,
        }),
      );
    }

    if (!ctx.quick) {
      const wn: DataSet = { kind: "wordnet" };
      const wnPerRowBefore = async () => {
        await store.clear();
        const rate = await perRowNodes(store, firstNodes(wn, perRowPrefix(ctx.quick)));
        await store.clear();
        return rate;
      };
      rec.data.push(
        `WordNet 3.0 (per-row: its own first ${perRowPrefix(ctx.quick)} nodes, just before each load)`,
      );
      const chunkedBaseline = await wnPerRowBefore();
      const chunked = await timedLoad(store, wn, DEFAULT_BATCH_SIZE);
      rec.add(
        compare({
          subject: `loader, batch ${DEFAULT_BATCH_SIZE} (default), WordNet 3.0, in 50,000-row loads`,
          baseline: "one auto-commit tx per node row (WordNet prefix)",
          metric: "rows/s",
          unit: "rows/s",
          value: chunked.totalRate,
          baselineValue: chunkedBaseline,
        }),
      );
      const rounds = await measureRounds(goalRounds(ctx.quick), async () => {
        const baseline = await wnPerRowBefore();
        return { baseline, rate: await timedWholeLoad(store, wordnetGraph()) };
      });
      const whole = medianRound(rounds, (r) => r.rate / r.baseline);
      rec.note(
        `WordNet as one load, ${rounds.length} rounds (per-row, then load), median shown: ` +
          rounds.map(describeRound((r) => r.rate)).join("; "),
      );
      rec.add(
        compare(
          {
            subject: `loader, batch ${DEFAULT_BATCH_SIZE} (default), WordNet 3.0, one load of the whole graph (as npm run import and seed do)`,
            baseline: "one auto-commit tx per node row (WordNet prefix)",
            metric: "rows/s",
            unit: "rows/s",
            value: whole.rate,
            baselineValue: whole.baseline,
          },
          loaderGoal,
        ),
      );
      rec.note(
        "WordNet in 50,000-row loads: each load decides alone whether to build the search indexes once after its nodes " +
          "instead of row by row (only while it writes at least as many nodes as are stored), so from the third load on " +
          "they are kept current row by row; one load of the whole file builds them once",
      );
    }
    rec.note(
      "the last batch-size load (and WordNet in full runs) is left in the database for the read benchmarks",
    );
    rec.note(
      'the loader runs with mode "fresh" (plain CREATE, no read per batch) since each load starts from a cleared database; ' +
        "the one WordNet load goes through store.load, which picks that mode itself for an empty database",
    );
    return rec.finish();
  },
};

async function measureRounds<T>(count: number, round: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(await round());
  return out;
}

/** The round whose ratio is the median (rounds are odd in number, or one). */
function medianRound<T>(rounds: T[], ratio: (round: T) => number): T {
  const sorted = [...rounds].sort((a, b) => ratio(a) - ratio(b));
  return sorted[(sorted.length - 1) >> 1]!;
}

function describeRound<T extends { baseline: number }>(rate: (round: T) => number) {
  return (round: T) =>
    `${Math.round(rate(round))} / ${round.baseline.toFixed(1)} rows/s = ${(rate(round) / round.baseline).toFixed(1)}×`;
}

function firstNodes(d: DataSet, count: number): GraphExport["nodes"] {
  const first = chunksOf(d, count).next().value as GraphExport;
  return first.nodes.map((n) => ({ ...n, id: `row:${n.id}` }));
}

/** The baseline: each node row its own auto-commit transaction (what a naive importer does). */
async function perRowNodes(store: Neo4jStore, nodes: GraphExport["nodes"]): Promise<number> {
  const session = store.connection.driver.session();
  const started = performance.now();
  try {
    for (const n of nodes) {
      const row = nodeRow(n);
      await session.run(`MERGE (n:Entity {id: $id}) SET n = $props SET n:${n.type}`, {
        id: row.id,
        props: row.props,
      });
    }
  } finally {
    await session.close();
  }
  return nodes.length / ((performance.now() - started) / 1000);
}

/** Load `d` into a cleared database chunk by chunk; "fresh": every chunk's ids are new (see loader.ts LoadMode). */
async function timedLoad(store: Neo4jStore, d: DataSet, batchSize: number) {
  let nodes = 0;
  let edges = 0;
  let nodeMs = 0;
  let edgeMs = 0;
  for (const chunk of chunksOf(d, 50_000)) {
    const t = performance.now();
    await loadGraph(store.connection.driver, chunk, { batchSize, mode: "fresh" });
    const ms = performance.now() - t;
    nodes += chunk.nodes.length;
    edges += chunk.edges.length;
    if (chunk.nodes.length) nodeMs += ms;
    else edgeMs += ms;
  }
  return {
    nodeRate: nodes / (nodeMs / 1000),
    edgeRate: edges / (edgeMs / 1000),
    totalRate: (nodes + edges) / ((nodeMs + edgeMs) / 1000),
  };
}

/** One load of the whole graph through the store, as `npm run import` and `npm run seed` do. */
async function timedWholeLoad(store: Neo4jStore, data: GraphExport): Promise<number> {
  const started = performance.now();
  await store.load(data, { batchSize: DEFAULT_BATCH_SIZE });
  return (data.nodes.length + data.edges.length) / ((performance.now() - started) / 1000);
}
