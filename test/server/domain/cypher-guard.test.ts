// The plan check, the write-mode check, the concurrency cap and request parsing, without a database.
import { describe, expect, it } from "vitest";
import type { PlanNode } from "../../../server/domain/cypher.js";
import { assertModeAllowed } from "../../../server/domain/cypher-access.js";
import { assertReadOnlyPlan, procedureName } from "../../../server/domain/cypher-guard.js";
import { ConcurrencyLimiter } from "../../../server/domain/cypher-limiter.js";
import { parseCypherRequest } from "../../../server/domain/cypher-request.js";

const op = (operator: string, details = "", children: PlanNode[] = []): PlanNode => ({
  operator,
  details,
  identifiers: [],
  estimatedRows: 1,
  children,
});
const under = (child: PlanNode) => op("ProduceResults", "", [child]);

describe("assertReadOnlyPlan", () => {
  it("passes a plain read", () => {
    expect(() => assertReadOnlyPlan("r", under(op("AllNodesScan", "n")))).not.toThrow();
  });
  it("refuses any query type but r as read_only", () => {
    for (const t of ["w", "rw", "s"] as const)
      expect(() => assertReadOnlyPlan(t, under(op("Create")))).toThrow(
        expect.objectContaining({ code: "read_only" }),
      );
  });
  it("refuses LOAD CSV anywhere in the tree, even in a read", () => {
    const plan = under(op("Apply", "", [op("Argument"), op("LoadCSV", "line")]));
    expect(() => assertReadOnlyPlan("r", plan)).toThrow(
      expect.objectContaining({ code: "forbidden_procedure" }),
    );
  });
  it("allows db.labels, db.relationshipTypes, db.propertyKeys and db.schema.*", () => {
    for (const d of [
      "db.labels() :: (label :: STRING)",
      "db.relationshipTypes() :: (x)",
      "db.propertyKeys() :: (x)",
      "db.schema.visualization() :: (x)",
    ]) {
      expect(() => assertReadOnlyPlan("r", under(op("ProcedureCall", d)))).not.toThrow();
    }
  });
  it("refuses every other procedure, read or not, naming it", () => {
    expect(() =>
      assertReadOnlyPlan("r", under(op("ProcedureCall", "dbms.components() :: (name :: STRING)"))),
    ).toThrow(/dbms\.components/);
    expect(() =>
      assertReadOnlyPlan("r", under(op("ProcedureCall", "db.index.fulltext.queryNodes($a, $b) :: (node)"))),
    ).toThrow(expect.objectContaining({ code: "forbidden_procedure" }));
  });
  it("refuses a procedure call whose name it cannot read (fails closed)", () => {
    expect(() => assertReadOnlyPlan("r", under(op("ProcedureCall", "")))).toThrow(
      expect.objectContaining({ code: "forbidden_procedure" }),
    );
  });
  it("refuses CALL … IN TRANSACTIONS, SHOW TRANSACTIONS, TERMINATE and administration commands", () => {
    expect(() => assertReadOnlyPlan("r", under(op("TransactionApply")))).toThrow(
      expect.objectContaining({ code: "read_only" }),
    );
    expect(() => assertReadOnlyPlan("r", under(op("ShowTransactions")))).toThrow(
      expect.objectContaining({ code: "forbidden_procedure" }),
    );
    expect(() => assertReadOnlyPlan("r", under(op("TerminateTransactions")))).toThrow(
      expect.objectContaining({ code: "forbidden_procedure" }),
    );
    expect(() => assertReadOnlyPlan("s", op("AdministrationCommand"))).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
  });
  it("allows SHOW INDEXES and SHOW CONSTRAINTS", () => {
    expect(() => assertReadOnlyPlan("r", under(op("ShowIndexes")))).not.toThrow();
    expect(() => assertReadOnlyPlan("r", under(op("ShowConstraints")))).not.toThrow();
  });
  it("reads procedure names, backquoted or not", () => {
    expect(procedureName("db.labels() :: (label :: STRING)")).toBe("db.labels");
    expect(procedureName("`apoc`.`help`($x) :: (x)")).toBe("apoc.help");
    expect(procedureName("")).toBeUndefined();
  });
});

describe("assertModeAllowed", () => {
  const token = "0123456789abcdef-token";
  it("always allows read mode", () =>
    expect(() => assertModeAllowed("read", undefined, undefined)).not.toThrow());
  it("refuses write mode as read_only when the server has no token", () => {
    expect(() => assertModeAllowed("write", undefined, token)).toThrow(
      expect.objectContaining({ code: "read_only" }),
    );
  });
  it("refuses write mode as unauthorized without or with a wrong bearer token", () => {
    expect(() => assertModeAllowed("write", token, undefined)).toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
    expect(() => assertModeAllowed("write", token, token + "x")).toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
    expect(() => assertModeAllowed("write", token, "short")).toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
  });
  it("allows write mode with the right token", () =>
    expect(() => assertModeAllowed("write", token, token)).not.toThrow());
});

describe("ConcurrencyLimiter", () => {
  it("gives each client its own cap and frees slots on release, once", () => {
    const limiter = new ConcurrencyLimiter(2);
    const a1 = limiter.acquire("a");
    limiter.acquire("a");
    expect(() => limiter.acquire("a")).toThrow(expect.objectContaining({ code: "too_many_requests" }));
    expect(() => limiter.acquire("b")).not.toThrow();
    a1();
    a1();
    expect(limiter.inFlight("a")).toBe(1);
    expect(() => limiter.acquire("a")).not.toThrow();
  });
});

describe("parseCypherRequest", () => {
  const limits = { maxRows: 1000, maxQueryLength: 50 };
  it("fills defaults: no params, the server's row cap, read mode", () => {
    expect(parseCypherRequest({ query: "RETURN 1" }, limits)).toEqual({
      query: "RETURN 1",
      params: {},
      limit: 1000,
      mode: "read",
    });
  });
  it("lowers a limit above the cap to the cap", () => {
    expect(parseCypherRequest({ query: "RETURN 1", limit: 5000 }, limits).limit).toBe(1000);
  });
  it("refuses an empty or over-long query, non-object params, bad names, a bad limit or mode", () => {
    for (const body of [
      {},
      { query: "  " },
      { query: "x".repeat(51) },
      { query: "RETURN 1", params: [] },
      { query: "RETURN 1", params: { "a-b": 1 } },
      { query: "RETURN 1", limit: 0 },
      { query: "RETURN 1", mode: "admin" },
      null,
    ]) {
      expect(() => parseCypherRequest(body, limits)).toThrow(
        expect.objectContaining({ code: "invalid_argument" }),
      );
    }
  });
});
