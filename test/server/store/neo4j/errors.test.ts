// Driver errors → domain errors: anything meaning "the database cannot serve now" becomes store_unavailable, never a 500.
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { DomainError, StoreUnavailableError } from "../../../../server/domain/errors.js";
import { isUnavailableError, toDomainError } from "../../../../server/store/neo4j/errors.js";

/** A driver error as the driver builds it (its GQL status fields do not matter to the mapping). */
const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("toDomainError", () => {
  it.each([
    [
      "the pool's acquisition timeout (no server code)",
      driverError(
        "Connection acquisition timed out in 60000 ms. Pool status: Active conn count = 100, Idle conn count = 0.",
        "N/A",
      ),
    ],
    ["a closed pool", driverError("Pool is closed, it is no more able to serve requests.", "N/A")],
    ["ServiceUnavailable", driverError("Could not perform discovery", "ServiceUnavailable")],
    [
      "a transient server error",
      driverError("database is restarting", "Neo.TransientError.General.DatabaseUnavailable"),
    ],
    ["a refused socket", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
  ])("answers store_unavailable for %s", (_name, err) => {
    expect(isUnavailableError(err)).toBe(true);
    expect(toDomainError("Neo4jStore.search", err)).toBeInstanceOf(StoreUnavailableError);
  });

  it("answers timeout for a transaction stopped at its time limit", () => {
    const err = toDomainError(
      "Neo4jStore.paths",
      driverError("stopped", "Neo.ClientError.Transaction.TransactionTimedOut"),
    );
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("timeout");
  });

  it("leaves an unclassified error unchanged, for the error middleware to log as a 500", () => {
    const err = driverError("something new", "Neo.DatabaseError.General.UnknownError");
    expect(toDomainError("Neo4jStore.search", err)).toBe(err);
  });
});
