// Contract: #exportStream pages exportAll's items in its order (also across pages) and stops when the reader does.
import { afterAll, describe, expect, it } from "vitest";
import type { GraphExport } from "../../../../server/domain/model.js";
import type { ExportItem, GraphStore } from "../../../../server/store/graph-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import type { StoreRef } from "../graph-store-contract.js";

/**
 * The streamed pages regrouped as a GraphExport, checking that every page is a non-empty array and that the
 * kinds come in order (nodes, edges, sources), within a page and across pages.
 */
export async function collect(store: Pick<GraphStore, "exportStream">): Promise<GraphExport> {
  const out: GraphExport = { nodes: [], edges: [], sources: [] };
  const rank = { node: 0, edge: 1, source: 2 } as const;
  let last = 0;
  for await (const page of store.exportStream()) {
    expect(Array.isArray(page) && page.length > 0, "every page is a non-empty array").toBe(true);
    for (const item of page) {
      expect(rank[item.kind], `${item.kind} "${item.value.id}" after a later kind`).toBeGreaterThanOrEqual(
        last,
      );
      last = rank[item.kind];
      if (item.kind === "node") out.nodes.push(item.value);
      else if (item.kind === "edge") out.edges.push(item.value);
      else out.sources.push(item.value);
    }
  }
  return out;
}

/**
 * `count` nodes and edges, with ids whose text order differs from their number order ("n10" < "n9") and edges
 * of two relationship types interleaved by id. test/server/store/neo4j-export-stream.test.ts pages through it.
 */
export function pagedGraph(count: number): GraphExport {
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    type: "Company" as const,
    name: `Company ${i}`,
    aliases: [],
    properties: { rank: i },
  }));
  const edges = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    type: i % 21 < 11 ? ("FUNDS" as const) : ("PARTNERS_WITH" as const),
    source: `n${i}`,
    target: `n${(i * 7 + 1) % count}`,
    properties: {},
    evidence: [],
  }));
  return { nodes, edges, sources: fixtureGraph().sources };
}

export function describeExportStream(store: StoreRef): void {
  describe("#exportStream", () => {
    afterAll(async () => {
      await store().clear();
      await store().load(fixtureGraph());
    });

    it("yields exportAll's nodes, edges and sources, in the same order", async () => {
      await store().clear();
      await store().load(fixtureGraph());
      expect(await collect(store())).toEqual(await store().exportAll());
    });

    it("yields the same items as exportAll on a graph whose id order is not its number order", async () => {
      await store().clear();
      await store().load(pagedGraph(120));
      const streamed = await collect(store());
      expect(streamed.nodes).toHaveLength(120);
      expect(streamed.edges).toHaveLength(120);
      expect(streamed).toEqual(await store().exportAll());
    });

    it("ends cleanly when the reader stops early, having yielded exportAll's first items", async () => {
      const first: ExportItem[] = [];
      pages: for await (const page of store().exportStream()) {
        for (const item of page) {
          first.push(item);
          if (first.length === 3) break pages;
        }
      }
      const all = await store().exportAll();
      expect(first.map((i) => i.value)).toEqual(all.nodes.slice(0, 3));
    });

    it("yields nothing for an empty store", async () => {
      await store().clear();
      expect(await collect(store())).toEqual({ nodes: [], edges: [], sources: [] });
    });
  });
}
