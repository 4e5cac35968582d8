// Driver errors → domain errors: the rest of the server never sees a Neo4jError.
import { Neo4jError } from "neo4j-driver";
import { ConflictError, DomainError, StoreUnavailableError } from "../../domain/errors.js";

/** Errors that mean "the database cannot be reached or used right now": retrying later may succeed. */
export function isUnavailableError(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return isSocketError(err);
  const code = err.code ?? "";
  // The driver's own pool errors carry no server code ("N/A"): every connection busy or broken is still "down".
  if (POOL_EXHAUSTED.test(err.message)) return true;
  return (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    code.startsWith("Neo.TransientError.") ||
    code === "Neo.ClientError.Database.DatabaseNotFound" ||
    code === "Neo.ClientError.Security.Unauthorized" ||
    code === "Neo.ClientError.Security.AuthenticationRateLimit" ||
    code === "Neo.ClientError.Cluster.NotALeader"
  );
}

const POOL_EXHAUSTED = /^(Connection acquisition timed out|Pool is closed)/;

function isSocketError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" &&
    ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"].includes(code)
  );
}

/**
 * Translate `err` thrown while running `operation` (e.g. "Neo4jStore.search") into a DomainError.
 * Domain errors pass through; errors we cannot classify are returned unchanged (→ logged, 500).
 */
export function toDomainError(operation: string, err: unknown): unknown {
  if (err instanceof DomainError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (isUnavailableError(err)) {
    const code = err instanceof Neo4jError ? err.code : undefined;
    return new StoreUnavailableError(
      `${operation}: the Neo4j database is unavailable (${firstLine(message)})`,
      {
        ...(code ? { cause: code } : {}),
      },
    );
  }
  if (err instanceof Neo4jError) {
    if (err.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new ConflictError(`${operation}: ${firstLine(message)}`);
    }
    if (
      err.code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
      err.code?.endsWith("TransactionTimedOutClientConfiguration")
    ) {
      return new DomainError("timeout", `${operation}: the query took too long and was stopped`);
    }
  }
  return err;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.slice(0, 300);
}
