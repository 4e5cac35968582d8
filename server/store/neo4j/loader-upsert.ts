// The classifying upsert of one batch (re-imports, curation): read what exists, write only what changed, count it.
import { isDeepStrictEqual } from "node:util";
import type { ManagedTransaction, Node } from "neo4j-driver";
import type { GraphEdge, GraphNode, Source } from "../../domain/model.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import type { LoadReport } from "../graph-store.js";
import { toGraphNode, toSource } from "./mappers.js";
import * as Q from "./queries.js";
import { edgeRow, nodeRow, sourceRow } from "./rows.js";
import { readEdges } from "./store-reads.js";

export type Tally = LoadReport["nodes"];

/** Upsert one batch of nodes in `tx`, counting what changed (also used by curation, apply-changes.ts). */
export async function upsertNodeBatch(tx: ManagedTransaction, batch: GraphNode[]): Promise<Tally> {
  const result = await tx.run(Q.GET_NODES, { ids: batch.map((n) => n.id) });
  const current = new Map(
    result.records.map((r) => {
      const n = toGraphNode(r.get("n") as Node);
      return [n.id, n] as const;
    }),
  );
  const { counts, changed } = classify(batch, current);
  for (const [type, nodes] of groupBy(changed, (n) => n.type)) {
    await tx.run(Q.upsertNodes(type as NodeType), { rows: nodes.map(nodeRow) });
  }
  return counts;
}

export async function upsertSourceBatch(tx: ManagedTransaction, batch: Source[]): Promise<Tally> {
  const result = await tx.run(Q.EXISTING_SOURCES, { ids: batch.map((s) => s.id) });
  const current = new Map(
    result.records.map((r) => {
      const s = toSource(r.get("s") as Node);
      return [s.id, s] as const;
    }),
  );
  const { counts, changed } = classify(batch, current);
  if (changed.length > 0) await tx.run(Q.UPSERT_SOURCES, { rows: changed.map(sourceRow) });
  return counts;
}

/** Upsert one batch of edges in `tx`; an edge whose type or ends changed is deleted and re-created. */
export async function upsertEdgeBatch(tx: ManagedTransaction, batch: GraphEdge[]): Promise<Tally> {
  // readEdges seeks only the relationship types the database holds (a batch is far above its probe threshold).
  const stored = await readEdges(
    (query, params) => tx.run(query, params),
    batch.map((e) => e.id),
  );
  const current = new Map(stored.map((e) => [e.id, e] as const));
  const { counts, changed } = classify(batch, current);
  // MERGE cannot move an edge to other ends or another type: drop the stored one first.
  const stale = changed.map((e) => current.get(e.id)).filter((e): e is GraphEdge => e !== undefined);
  for (const [type, edges] of groupBy(stale, (e) => e.type)) {
    await tx.run(Q.deleteEdges(type as RelType), { ids: edges.map((e) => e.id) });
  }
  for (const [type, edges] of groupBy(changed, (e) => e.type)) {
    await tx.run(Q.upsertEdges(type as RelType), { rows: edges.map(edgeRow) });
  }
  return counts;
}

function classify<T extends { id: string }>(
  batch: T[],
  current: ReadonlyMap<string, T>,
): { counts: Tally; changed: T[] } {
  const counts = tally();
  const changed: T[] = [];
  for (const item of batch) {
    const stored = current.get(item.id);
    if (!stored) counts.created++;
    else if (isDeepStrictEqual(stored, item)) {
      counts.unchanged++;
      continue;
    } else counts.updated++;
    changed.push(item);
  }
  return { counts, changed };
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function tally(created = 0): Tally {
  return { created, updated: 0, unchanged: 0 };
}

export function add(into: Tally, more: Tally): void {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
}
