// Every saved query runs on the seeded Neo4j and answers something sensible about this dataset.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { startConsoleServer, type ConsoleServer } from "./cypher-test-server.js";

/** Per query: a check that its answer is about what it claims to be. */
const SENSIBLE: Record<string, (rows: Record<string, unknown>[]) => void> = {
  "who-funds-whom": (rows) => {
    expect(rows.map((r) => r.funder)).toContain("Japan");
    expect(rows[0]).toMatchObject({
      sum: expect.stringContaining("550bn"),
      currency: "USD",
      amountUsd: 550e9,
      channelledThrough: expect.arrayContaining([expect.stringMatching(/Japan Bank/)]),
    });
  },
  "paths-between": (rows) => {
    expect(rows[0]!.hops).toBe(2);
    for (const r of rows) expect((r.via as string[]).at(-1)).toBe("TSMC");
  },
  "export-ban-reach": (rows) =>
    expect(rows.map((r) => r.touched)).toEqual(expect.arrayContaining(["China", "TSMC", "Biren", "Alibaba"])),
  "programme-participants": (rows) =>
    expect(rows.filter((r) => r.isInstitution).map((r) => r.member)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Tokyo/),
        expect.stringMatching(/Advanced Industrial Science/),
        "Riken",
      ]),
    ),
  "money-by-currency": (rows) => {
    expect(rows.map((r) => r.currency).sort()).toEqual(["JPY", "USD"]);
    expect(rows.find((r) => r.currency === "JPY")!.sums).toBe(4);
  },
  "reporting-chain": (rows) =>
    expect(rows[0]).toMatchObject({ publishedBy: "The Register", citing: "Nikkei Asia" }),
  "commitments-over-time": (rows) => {
    const whens = rows.map((r) => r.when as string);
    expect(whens).toEqual([...whens].sort());
    expect(whens[0]! < "2023").toBe(true);
    expect(whens.at(-1)! >= "2025").toBe(true);
  },
  neighbourhood: (rows) =>
    expect(rows.map((r) => r.neighbour)).toEqual(expect.arrayContaining(["Biren", "Taiwan"])),
  // Not rows[0]: the audit log outlives `clear` (append-only), so on a database reused across runs
  // AuditEntry can outnumber the seed's entities.
  "schema-overview": (rows) =>
    expect(rows).toContainEqual(expect.objectContaining({ label: "Entity", nodes: expect.any(Number) })),
};

describeNeo4j("saved queries on the seed", () => {
  let app: ConsoleServer;
  beforeAll(async () => {
    app = await startConsoleServer();
  });
  afterAll(() => app?.close());

  it("GET /api/queries lists every saved query with its text and params", async () => {
    const res = await app.get("/api/queries");
    expect(res.status).toBe(200);
    expect(res.body.runnable).toBe(true);
    expect(res.body.queries.map((q: { name: string }) => q.name).sort()).toEqual(
      Object.keys(SENSIBLE).sort(),
    );
  });

  for (const name of Object.keys(SENSIBLE)) {
    it(`POST /api/queries/${name}/run answers non-empty, sensible rows`, async () => {
      const res = await app.post(`/api/queries/${name}/run`, {});
      expect(res.status, res.text).toBe(200);
      expect(res.body.rows.length, name).toBeGreaterThan(0);
      SENSIBLE[name]!(res.body.rows);
    });
  }

  it("runs a saved query with the caller's params over its defaults", async () => {
    const res = await app.post("/api/queries/neighbourhood/run", { params: { id: "micron" } });
    expect(res.body.rows.map((r: { neighbour: string }) => r.neighbour)).toContain("Boise");
  });

  it("answers 404 for an unknown saved query", async () => {
    expect((await app.post("/api/queries/nope/run", {})).status).toBe(404);
  });
});
