// k shortest simple paths for the Neo4j store: ends, nodes and edges in one statement per attempt.
import neo4j, {
  type ManagedTransaction,
  type Node,
  type Record as Neo4jRecord,
  type Relationship,
} from "neo4j-driver";
import type { GraphPath } from "../../domain/model.js";
import { compareIdSequences } from "../../domain/ordering.js";
import type { PathOptions } from "../graph-store.js";
import { toCount, toGraphEdge, toGraphNode } from "./mappers.js";
import { firstShortestPathStatement, shortestPathsStatement } from "./path-queries.js";
import type { RunStatement } from "./run-statement.js";

interface PathRow {
  ns: Node[];
  ids: string[];
  hops: { r: Relationship; source: unknown; target: unknown }[];
}

/**
 * Same result as server/store/memory/paths.ts: up to `k` distinct simple node sequences within
 * `maxHops`, undirected, ordered by (hops, node-id sequence); each hop uses the smallest-id allowed edge.
 *
 * k = 1 is `firstShortestPath`.
 *
 * k > 1, why groups: `SHORTEST k` picks arbitrarily among equally long paths and counts parallel edges as
 * different paths, so it could disagree with the memory store on ties. `SHORTEST g GROUPS` returns
 * every trail of the g shortest lengths, so the tie order can be settled. Trails may revisit a node;
 * those are dropped, and if fewer than k simple paths remain while more length groups exist, we ask
 * for more groups (never more than maxHops: lengths are 1..maxHops). Usually one round trip.
 */
export async function shortestPaths(
  tx: ManagedTransaction,
  from: string,
  to: string,
  options: PathOptions,
): Promise<GraphPath[] | null> {
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const { maxHops, k } = options;
  if (k === 1) return firstShortestPath((query, params) => tx.run(query, params), from, to, options);
  let groups = Math.min(k, maxHops);
  for (;;) {
    const record = (
      await tx.run(shortestPathsStatement(groups, maxHops), { from, to, k: neo4j.int(k), relTypes })
    ).records[0]!;
    const rows = record.get("paths") as PathRow[];
    if (rows.length >= k || toCount(record.get("lengths")) < groups || groups >= maxHops) {
      return toPaths(record, from === to);
    }
    groups = Math.min(groups * 2, maxHops);
  }
}

/**
 * `shortestPaths` for k = 1 (the explorer's and the briefing's case), in one statement, so the store can
 * pipeline it: the smallest id sequence among all shortest paths (path-queries.ts firstShortestPathStatement).
 */
export async function firstShortestPath(
  run: RunStatement,
  from: string,
  to: string,
  options: Omit<PathOptions, "k">,
): Promise<GraphPath[] | null> {
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const record = (await run(firstShortestPathStatement(options.maxHops), { from, to, relTypes })).records[0]!;
  return toPaths(record, from === to);
}

/** One statement's row → the paths: null when an end is missing, the lone node when both ends are one. */
function toPaths(record: Neo4jRecord, sameEnds: boolean): GraphPath[] | null {
  const a = record.get("a") as Node | null;
  if (!a || !record.get("b")) return null;
  if (sameEnds) return [{ nodes: [toGraphNode(a)], edges: [] }];
  return (record.get("paths") as PathRow[])
    .sort((x, y) => x.ids.length - y.ids.length || compareIdSequences(x.ids, y.ids))
    .map((row) => ({
      nodes: row.ns.map(toGraphNode),
      edges: row.hops.map((h) => toGraphEdge(h.r, h.source, h.target)),
    }));
}
