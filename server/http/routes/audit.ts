// GET /api/audit?entity=&limit=: the audit log, newest first, optionally for one node or edge id.
import type { Router } from "express";
import { InvalidArgumentError } from "../../domain/errors.js";
import type { AppDeps } from "../deps.js";

/** `limit` as an integer in 1..1000, `fallback` when absent. */
export function parseLimit(query: Record<string, unknown>, fallback: number): number {
  const raw = query.limit;
  if (raw === undefined || raw === "") return fallback;
  if (typeof raw !== "string" || !/^\d{1,4}$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > 1000)
    throw new InvalidArgumentError(
      `limit: must be an integer between 1 and 1000, got ${JSON.stringify(raw)}`,
      {
        parameter: "limit",
      },
    );
  return Number(raw);
}

export function auditRoutes(router: Router, { store }: AppDeps): void {
  router.get("/audit", async (req, res) => {
    const query = req.query as Record<string, unknown>;
    const entity = query.entity;
    if (entity !== undefined && (typeof entity !== "string" || entity.length > 200))
      throw new InvalidArgumentError("entity: must be one id of at most 200 characters", {
        parameter: "entity",
      });
    const limit = parseLimit(query, 50);
    res.json({ entries: await store.readAudit({ entity: entity || undefined, limit }) });
  });
}
