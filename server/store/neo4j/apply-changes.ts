// Curation writes on Neo4j: a ChangeSet and its audit entry in ONE write transaction, so both or neither happen.
import neo4j, { type ManagedTransaction, type Node } from "neo4j-driver";
import { InvalidArgumentError } from "../../domain/errors.js";
import type { AuditEntry, AuditQuery } from "../../domain/audit.js";
import { assertEndsExist, validateChangeSet } from "../../domain/edit-validate.js";
import type { ChangeReport, ChangeSet } from "../graph-store.js";
import { upsertEdgeBatch, upsertNodeBatch } from "./loader-upsert.js";
import { toCount } from "./mappers.js";
import * as Q from "./queries.js";
import * as C from "./curation-queries.js";

/**
 * Validate (outside the transaction), then in `tx`: check edge ends, remove edges, remove nodes (detached),
 * upsert nodes, upsert edges, create the :AuditEntry. Throwing inside `tx` rolls everything back.
 */
export async function applyChangesInTx(
  tx: ManagedTransaction,
  change: ChangeSet,
  audit?: AuditEntry,
): Promise<ChangeReport> {
  const checked = validateChangeSet(change);
  const removed = new Set(checked.removeNodes);
  const found = await tx.run(Q.EXISTING_NODE_IDS, { ids: checked.externalNodeIds });
  const existing = new Set(found.records.map((r) => String(r.get("id"))).filter((id) => !removed.has(id)));
  assertEndsExist(checked, existing);

  const report: ChangeReport = { nodes: { upserted: 0, removed: 0 }, edges: { upserted: 0, removed: 0 } };
  if (checked.removeEdges.length > 0) {
    const result = await tx.run(C.REMOVE_EDGES, { ids: checked.removeEdges });
    report.edges.removed += toCount(result.records[0]?.get("removed"));
  }
  if (checked.removeNodes.length > 0) {
    const record = (await tx.run(C.REMOVE_NODES, { ids: checked.removeNodes })).records[0];
    report.nodes.removed = toCount(record?.get("nodes"));
    report.edges.removed += toCount(record?.get("rels"));
  }
  if (checked.upsertNodes.length > 0) {
    await upsertNodeBatch(tx, checked.upsertNodes);
    report.nodes.upserted = checked.upsertNodes.length;
  }
  if (checked.upsertEdges.length > 0) {
    await upsertEdgeBatch(tx, checked.upsertEdges);
    report.edges.upserted = checked.upsertEdges.length;
  }
  if (audit) await createAuditEntry(tx, audit);
  return report;
}

/** Write one :AuditEntry; before/after travel as JSON strings (Neo4j properties cannot hold maps). */
export async function createAuditEntry(tx: ManagedTransaction, entry: AuditEntry): Promise<void> {
  await tx.run(C.CREATE_AUDIT_ENTRY, {
    entry: {
      id: entry.id,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      summary: entry.summary,
      entityIds: entry.entityIds,
      beforeJson: JSON.stringify(entry.before ?? null),
      afterJson: JSON.stringify(entry.after ?? null),
    },
  });
}

export async function readAuditInTx(tx: ManagedTransaction, query: AuditQuery): Promise<AuditEntry[]> {
  if (!Number.isSafeInteger(query.limit) || query.limit < 1)
    throw new InvalidArgumentError(`limit: must be a positive integer, got ${query.limit}`);
  const result = await tx.run(C.READ_AUDIT, { entity: query.entity ?? null, limit: neo4j.int(query.limit) });
  return result.records.map((r) => {
    const p = (r.get("a") as Node).properties as Record<string, unknown>;
    return {
      id: String(p.id),
      at: String(p.at),
      actor: String(p.actor),
      action: String(p.action) as AuditEntry["action"],
      entityIds: Array.isArray(p.entityIds) ? p.entityIds.map(String) : [],
      summary: String(p.summary ?? ""),
      before: JSON.parse(String(p.beforeJson ?? "null")) as unknown,
      after: JSON.parse(String(p.afterJson ?? "null")) as unknown,
    };
  });
}
