// API tests over the real seed: the counts it promises and the searches a first visitor will try.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../../seed/load-seed.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

describe("the API over the real seed", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ data: await loadSeed() })));
  afterAll(async () => server.close());
  const topHit = async (q: string) =>
    (await server.request(`/api/search?q=${encodeURIComponent(q)}&limit=5`)).body.results[0]?.id;

  it("GET /api/health → at least 45 nodes and 70 relationships", async () => {
    const { body } = await server.request("/api/health");
    expect(body.counts.nodes).toBeGreaterThanOrEqual(45);
    expect(body.counts.relationships).toBeGreaterThanOrEqual(70);
  });

  it("GET /api/search?q=tsmc → TSMC first", async () => {
    expect(await topHit("tsmc")).toBe("tsmc");
  });

  it("GET /api/search?q=taiwan semiconductor → TSMC, through its alias", async () => {
    expect(await topHit("taiwan semiconductor")).toBe("tsmc");
  });

  it("GET /api/search → ignores case and accents", async () => {
    expect(await topHit("RIKÉN")).toBe("riken");
    expect(await topHit("Ryōsei AKAZAWA")).toBe("ryosei-akazawa");
  });

  it("GET /api/nodes/tsmc/neighbors → a connected neighbourhood whose edges all join returned nodes", async () => {
    const { body } = await server.request("/api/nodes/tsmc/neighbors?depth=2");
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBeGreaterThan(3);
    for (const edge of body.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it("GET /api/paths → Japan reaches TSMC within 4 hops", async () => {
    const { body } = await server.request("/api/paths?from=japan&to=tsmc");
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths[0].nodes.at(-1).id).toBe("tsmc");
  });

  it("GET /api/export → every edge's evidence cites a listed source", async () => {
    const { body } = await server.request("/api/export");
    const sourceIds = new Set(body.sources.map((s: { id: string }) => s.id));
    for (const edge of body.edges) {
      for (const evidence of edge.evidence) expect(sourceIds.has(evidence.sourceId), edge.id).toBe(true);
    }
  });
});
