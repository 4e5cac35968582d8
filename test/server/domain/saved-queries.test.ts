// Saved-query headers: parsing, defaults, and the files shipped in cypher/queries/.
import { describe, expect, it } from "vitest";
import {
  findSavedQuery,
  loadSavedQueries,
  paramsWithDefaults,
  parseSavedQuery,
} from "../../../server/domain/saved-queries.js";
import { SAVED_QUERIES_DIR } from "../../../server/http/routes/queries.js";

const TEXT = `// name: demo
// description: A demo query
// that spans two lines.
// params: id (string) — the start node [default: "japan"]
// params: hops (number) – how far
//
// A note that is not part of the description.
MATCH (n {id: $id}) RETURN n`;

describe("parseSavedQuery", () => {
  it("reads name, a multi-line description, params with types and defaults, and the query", () => {
    expect(parseSavedQuery(TEXT)).toEqual({
      name: "demo",
      description: "A demo query that spans two lines.",
      params: [
        { name: "id", type: "string", description: "the start node", default: "japan" },
        { name: "hops", type: "number", description: "how far" },
      ],
      query: "MATCH (n {id: $id}) RETURN n",
    });
  });
  it("refuses a file without a name or a description, a bad params line or a non-JSON default", () => {
    expect(() => parseSavedQuery("// description: x\nRETURN 1")).toThrow(/name/);
    expect(() => parseSavedQuery("// name: x\n// description: y\n// params: nonsense\nRETURN 1")).toThrow(
      /params line/,
    );
    expect(() =>
      parseSavedQuery("// name: x\n// description: y\n// params: a (string) — b [default: nope]\nRETURN 1"),
    ).toThrow(/not JSON/);
  });
  it("lets given params override defaults", () => {
    const q = parseSavedQuery(TEXT);
    expect(paramsWithDefaults(q, {})).toEqual({ id: "japan" });
    expect(paramsWithDefaults(q, { id: "tsmc", hops: 2 })).toEqual({ id: "tsmc", hops: 2 });
  });
});

describe("cypher/queries", () => {
  it("holds at least 8 valid, uniquely named queries with a default for every parameter", async () => {
    const queries = await loadSavedQueries(SAVED_QUERIES_DIR);
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const q of queries) {
      expect(q.description.length, q.name).toBeGreaterThan(20);
      for (const p of q.params) expect(p.default, `${q.name}.${p.name}`).toBeDefined();
      for (const p of q.params) expect(q.query, `${q.name} uses $${p.name}`).toContain(`$${p.name}`);
    }
    expect(findSavedQuery(queries, "who-funds-whom").query).toContain("FUNDS");
    expect(() => findSavedQuery(queries, "nope")).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
