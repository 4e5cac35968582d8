// One read statement's runner: a managed transaction's `run`, or a pipelined `executeQuery` when it is the only statement.
import type { QueryResult, RecordShape } from "neo4j-driver";

/**
 * Runs one parameterised statement and resolves to its records. `ManagedTransaction.run` fits, and so
 * does the store's single-statement runner (neo4j-store.ts `readStatement`): `driver.executeQuery`
 * sends BEGIN, RUN and PULL together, where a managed transaction waits for BEGIN's answer first,
 * so a one-statement read costs two round trips instead of three.
 */
export type RunStatement = (
  query: string,
  params: Record<string, unknown>,
) => PromiseLike<QueryResult<RecordShape>>;
