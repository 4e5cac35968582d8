// The console's first read-only check: judge a query by its EXPLAIN plan before anything runs.
import type { CypherQueryType, PlanNode } from "./cypher.js";
import { DomainError } from "./errors.js";

/** Read-only schema introspection; everything else (dbms.*, db.create*, apoc.*, …) is refused. */
const ALLOWED_PROCEDURES = new Set(["db.labels", "db.relationshipTypes", "db.propertyKeys"]);
const ALLOWED_PROCEDURE_PREFIXES = ["db.schema."];

/** SHOW commands that only describe this database's schema; SHOW TRANSACTIONS/SETTINGS/… reveal or touch the server. */
const ALLOWED_SHOW_OPERATORS = new Set(["ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions"]);

/** Operators for `CALL { … } IN TRANSACTIONS`: each inner transaction would escape the console's READ transaction. */
const BATCHING_OPERATORS = new Set(["TransactionApply", "TransactionForeach"]);

/** `db.labels() :: (label :: STRING)` → `db.labels`; undefined when the details name no procedure. */
export function procedureName(details: string): string | undefined {
  return /^\s*`?([A-Za-z_][\w.`]*?)`?\s*\(/.exec(details)?.[1]?.replaceAll("`", "");
}

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.has(name) || ALLOWED_PROCEDURE_PREFIXES.some((p) => name.startsWith(p));
}

export const ALLOWED_PROCEDURE_NAMES: readonly string[] = [
  ...ALLOWED_PROCEDURES,
  ...ALLOWED_PROCEDURE_PREFIXES.map((p) => `${p}*`),
];

function* walk(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children) yield* walk(child);
}

/**
 * Throw unless a query with this type and plan is a plain read: query type "r", no LOAD CSV, no procedure outside
 * the allow-list, no batching into separate transactions, no server-level SHOW/TERMINATE command.
 * Fails closed: a procedure call whose name cannot be read from the plan is refused.
 */
export function assertReadOnlyPlan(queryType: CypherQueryType, plan: PlanNode): void {
  for (const op of walk(plan)) {
    if (op.operator === "LoadCSV") {
      throw new DomainError(
        "forbidden_procedure",
        "cypher console: LOAD CSV is not allowed (it reads files and URLs from the database server)",
        {
          operator: op.operator,
        },
      );
    }
    if (op.operator === "AdministrationCommand") {
      throw new DomainError(
        "forbidden",
        "cypher console: administration commands (users, roles, databases, privileges) are not allowed",
        {
          operator: op.operator,
        },
      );
    }
    if (op.operator === "ProcedureCall") {
      const name = procedureName(op.details);
      if (!name || !isAllowedProcedure(name)) {
        throw new DomainError(
          "forbidden_procedure",
          `cypher console: procedure ${name ?? "(unnamed)"} is not allowed; allowed: ${ALLOWED_PROCEDURE_NAMES.join(", ")}`,
          { procedure: name ?? null, allowed: [...ALLOWED_PROCEDURE_NAMES] },
        );
      }
    }
    if (BATCHING_OPERATORS.has(op.operator)) {
      throw new DomainError(
        "read_only",
        "cypher console: CALL { … } IN TRANSACTIONS is not allowed (the console runs one read transaction)",
        {
          operator: op.operator,
        },
      );
    }
    if (
      (op.operator.startsWith("Show") && !ALLOWED_SHOW_OPERATORS.has(op.operator)) ||
      op.operator.startsWith("Terminate")
    ) {
      throw new DomainError(
        "forbidden_procedure",
        `cypher console: the ${op.operator} command is not allowed`,
        { operator: op.operator },
      );
    }
  }
  if (queryType !== "r") {
    const what = queryType === "s" ? "changes the schema" : "writes to the graph";
    throw new DomainError(
      "read_only",
      `cypher console: the query ${what} (query type "${queryType}"); the console is read-only`,
      {
        queryType,
      },
    );
  }
}
