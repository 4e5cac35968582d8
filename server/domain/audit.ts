// The audit log's shapes and the one way to append to it: who did what and when, with before and after values.
import { randomUUID } from "node:crypto";
import { InvalidArgumentError } from "./errors.js";
import type { GraphStore } from "../store/graph-store.js";

/** What a write did; "import" is written by the import use case, the rest by curation. */
export const AUDIT_ACTIONS = [
  "create_node",
  "update_node",
  "delete_node",
  "create_edge",
  "update_edge",
  "delete_edge",
  "merge",
  "import",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the append-only log. `before`/`after` are the JSON values of what changed (null: absent). */
export interface AuditEntry {
  /** Sorts by time: `<at>-<random>`. */
  id: string;
  /** ISO timestamp (ms). */
  at: string;
  /** Who: "token" (the API_TOKEN holder) or "loopback" (no token, local server), with a name when given. */
  actor: string;
  action: AuditAction;
  /** Every node and edge id the write touched: what `GET /api/audit?entity=` matches. */
  entityIds: string[];
  summary: string;
  before: unknown;
  after: unknown;
}

/** What callers give: the id and time are added by `newAuditEntry`. */
export type AuditInput = Omit<AuditEntry, "id" | "at">;

export interface AuditQuery {
  /** Only entries touching this node or edge id. */
  entity?: string;
  /** 1..1000, newest first. */
  limit: number;
}

/** Stamp an input with an id and the current time. */
export function newAuditEntry(input: AuditInput, now: Date = new Date()): AuditEntry {
  const at = now.toISOString();
  return { ...structuredClone(input), id: `${at}-${randomUUID().slice(0, 8)}`, at };
}

/**
 * Append one entry to the store's audit log, e.g. after an import (edits and merges write theirs in the
 * same transaction as the change, through `store.applyChanges`).
 * @example await recordAudit(store, { actor, action: "import", entityIds: ids, summary: "imported x.csv", before: null, after: report });
 */
export async function recordAudit(store: GraphStore, input: AuditInput): Promise<AuditEntry> {
  if (input.entityIds.length > 100_000)
    throw new InvalidArgumentError("audit: at most 100000 entity ids per entry");
  const entry = newAuditEntry(input);
  await store.appendAudit(entry);
  return entry;
}
