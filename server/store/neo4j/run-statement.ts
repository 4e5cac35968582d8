// One read statement's runner: a managed transaction's `run`, or an auto-commit read when it is the only statement.
import type { QueryResult, RecordShape } from "neo4j-driver";

/**
 * Runs one parameterised statement and resolves to its records. `ManagedTransaction.run` fits, and so
 * does the store's single-statement runner (neo4j-store.ts `readStatement`, auto-commit-read.ts), which
 * reads in one round trip where a transaction around the statement takes two.
 */
export type RunStatement = (
  query: string,
  params: Record<string, unknown>,
) => PromiseLike<QueryResult<RecordShape>>;
