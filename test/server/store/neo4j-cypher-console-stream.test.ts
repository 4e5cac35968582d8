// The Cypher console consumes a result lazily: it stops pulling at the row cap, so a huge result is never held.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

/**
 * A million rows whose row `POISON` divides by zero. Only a console that pulls that far sees the error, so a
 * capped answer without it proves the rows past the cap were never produced, let alone sent or collected.
 */
const POISON = 5_000;
const MILLION_ROWS = `UNWIND range(1, 1000000) AS i RETURN i, 1 / (i - ${POISON}) AS x`;

describeNeo4j("Neo4j Cypher console streaming", () => {
  let store: Neo4jStore;
  beforeAll(async () => (store = await connectedTestStore()));
  afterAll(async () => store.close());

  it("returns the first rows of a million-row query, marked truncated, without producing the rest", async () => {
    const result = await store.cypher.run({ query: MILLION_ROWS, params: {}, limit: 1_000, mode: "read" });
    expect(result.rows).toHaveLength(1_000);
    expect(result.rows[0]).toEqual({ i: 1, x: 0 });
    expect(result.rows[999]).toEqual({ i: 1_000, x: 0 });
    expect(result.truncated).toBe(true);
  });

  it("does meet the poisoned row when the cap lies beyond it (the control: the poison is real)", async () => {
    await expect(
      store.cypher.run({ query: MILLION_ROWS, params: {}, limit: POISON + 10, mode: "read" }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/by zero/i) });
  });
});
