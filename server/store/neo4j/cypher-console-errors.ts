// Translates Neo4j errors from console queries into domain errors: a stable code each, Neo4j's message kept.
import { Neo4jError } from "neo4j-driver";
import { DomainError, InvalidArgumentError, StoreUnavailableError } from "../../domain/errors.js";
import { toDomainError } from "./errors.js";

/** "… (line 2, column 5 (offset: 17))" → 1-based line and column, as an editor shows them. */
export function syntaxPosition(
  message: string,
  prefixLength = 0,
): { line: number; column: number; offset: number } | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!m) return undefined;
  // Positions count from the text Neo4j saw; the console prefixes "EXPLAIN " on line 1, so shift back to the user's text.
  const line = Math.max(1, Number(m[1]));
  const column = Math.max(1, Number(m[2]) - (line === 1 ? prefixLength : 0));
  return { line, column, offset: Math.max(0, Number(m[3]) - prefixLength) };
}

/** Map a driver error to a domain error; anything unrecognised is returned unchanged (the middleware's 500). */
export function toConsoleError(err: unknown, timeoutMs: number, prefixLength = 0): unknown {
  if (err instanceof DomainError) return err;
  if (!(err instanceof Neo4jError)) return toDomainError("cypher console", err);
  const code = err.code ?? "";
  const message = err.message;
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new StoreUnavailableError(`cypher console: Neo4j is unreachable (${message})`);
  }
  if (
    code.includes("TransactionTimedOut") ||
    code === "Neo.TransientError.Transaction.Terminated" ||
    code.includes("TransactionTerminated")
  ) {
    return new DomainError(
      "query_too_expensive",
      `cypher console: the query ran longer than ${timeoutMs} ms and was stopped; narrow it (a LIMIT, a label, fewer hops)`,
      { timeoutMs },
    );
  }
  if (code.includes("MemoryPoolOutOfMemoryError") || code.includes("MemoryLimitExceeded")) {
    return new DomainError(
      "query_too_expensive",
      "cypher console: the query needed more memory than the database allows one transaction; narrow it",
      { neo4jCode: code },
    );
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    const position = syntaxPosition(message, prefixLength);
    return new DomainError("cypher_syntax", message, { neo4jCode: code, ...(position ?? {}) });
  }
  if (
    code === "Neo.ClientError.Statement.AccessMode" ||
    code.startsWith("Neo.ClientError.Security.Forbidden")
  ) {
    return new DomainError(
      "read_only",
      `cypher console: the database refused a write in read mode (${message})`,
      { neo4jCode: code },
    );
  }
  if (code === "Neo.ClientError.Procedure.ProcedureNotFound") {
    return new DomainError("forbidden_procedure", `cypher console: ${message}`, { neo4jCode: code });
  }
  if (
    code === "Neo.ClientError.Statement.NotSystemDatabaseError" ||
    /administration command/i.test(message)
  ) {
    return new DomainError(
      "forbidden",
      `cypher console: administration commands are not allowed (${message})`,
      { neo4jCode: code },
    );
  }
  if (code.startsWith("Neo.ClientError.")) {
    return new InvalidArgumentError(`cypher console: ${message}`, {
      neo4jCode: code,
      ...(syntaxPosition(message, prefixLength) ?? {}),
    });
  }
  return toDomainError("cypher console", err);
}
