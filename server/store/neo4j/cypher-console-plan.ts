// Converts the driver's EXPLAIN plan and summary into the console's domain shapes.
import type { Notification, Plan, QueryStatistics } from "neo4j-driver";
import type { CypherNotification, CypherQueryType, PlanNode } from "../../domain/cypher.js";

/** Neo4j 5 suffixes operators with the database ("ProduceResults@neo4j"); the guard matches bare names. */
export function toPlanTree(plan: Plan): PlanNode {
  const args = plan.arguments as Record<string, unknown>;
  const estimated = Number(args.EstimatedRows ?? 0);
  return {
    operator: plan.operatorType.replace(/@.*$/, ""),
    details: typeof args.Details === "string" ? args.Details : "",
    identifiers: [...plan.identifiers],
    estimatedRows: Number.isFinite(estimated) ? Math.round(estimated * 100) / 100 : 0,
    children: plan.children.map(toPlanTree),
  };
}

export function toQueryType(raw: string | undefined): CypherQueryType {
  return raw === "r" || raw === "w" || raw === "rw" || raw === "s" ? raw : "rw";
}

/** Only the counters that moved, so a read answers {} and a write says exactly what it did. */
export function toCounters(stats: QueryStatistics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(stats.updates())) if (value !== 0) out[key] = value;
  const system = stats.systemUpdates();
  if (system !== 0) out.systemUpdates = system;
  return out;
}

export function toNotifications(list: Notification[]): CypherNotification[] {
  return list.map((n) => {
    const pos = n.position as { line?: number; column?: number; offset?: number };
    return {
      code: n.code,
      title: n.title,
      description: n.description,
      severity: n.rawSeverityLevel,
      ...(pos.line !== undefined
        ? { position: { line: pos.line, column: pos.column ?? 1, offset: pos.offset ?? 0 } }
        : {}),
    };
  });
}
