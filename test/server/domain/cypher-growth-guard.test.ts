// The console's guard against values that double every step (Neo4j does not count them against its memory limit).
import { describe, expect, it } from "vitest";
import { assertBoundedGrowth, stripLiteralsAndComments } from "../../../server/domain/cypher-growth-guard.js";
import { DomainError } from "../../../server/domain/errors.js";

const refused = (query: string) => {
  try {
    assertBoundedGrowth(query);
  } catch (err) {
    return err instanceof DomainError && err.code === "query_too_expensive"
      ? err.message
      : `other: ${String(err)}`;
  }
  return null;
};

describe("assertBoundedGrowth", () => {
  it.each([
    ["a string doubled by reduce", "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n"],
    ["a list doubled by reduce", "RETURN reduce(l = [1], i IN range(1, 40) | l + l) AS l"],
    [
      "the accumulator twice through a function",
      "RETURN reduce(s = 'x', i IN range(1, 40) | s + substring(s, 0)) AS s",
    ],
    ["the accumulator in a nested list", "RETURN reduce(s = ['x'], i IN range(1, 40) | [s, s]) AS s"],
    [
      "the accumulator inside a comprehension",
      "RETURN reduce(s = ['x'], i IN range(1, 40) | [y IN range(1, 2) | s]) AS s",
    ],
    ["spacing and case", "return REDUCE ( acc='x' , i in range(1,40) | acc+acc ) as n"],
    [
      "a chain of projections that double a variable",
      "WITH 'x' AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s RETURN size(s) AS n",
    ],
  ])("refuses %s", (_name, query) => {
    expect(refused(query)).toMatch(/cypher console: .*memory/);
  });

  it.each([
    ["linear growth", "RETURN reduce(s = '', i IN range(1, 40) | s + 'x') AS s"],
    ["a sum", "RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS total"],
    ["an ordinary read", "MATCH (n:Entity)-[r]-(m) WHERE n.id = 'japan' RETURN m.id AS id LIMIT 10"],
    ["a property that shares the variable's name", "MATCH (n) WITH n, n.name + n.name AS name RETURN name"],
    ["one doubling, as arithmetic", "WITH 2 AS a WITH a + a AS a RETURN a"],
    ["the accumulator's name inside a string", "RETURN reduce(s = 'x', i IN range(1, 3) | s + 's + s') AS s"],
    ["the accumulator's name inside a comment", "RETURN reduce(s = 'x', i IN [1] | s /* s + s */) AS s"],
  ])("lets %s through", (_name, query) => {
    expect(refused(query)).toBeNull();
  });

  it("blanks string literals and comments but keeps back-quoted names", () => {
    expect(stripLiteralsAndComments("RETURN 'a s' AS `s x` // s + s\n, \"q\" AS b /* c */")).toBe(
      "RETURN '' AS `s x`  \n, '' AS b  ",
    );
  });
});
