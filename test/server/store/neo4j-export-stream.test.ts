// The Neo4j streamed export's paging: small pages force many keyset pages and a multi-type merge of edges.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neo4jExportStream, type ReadPage } from "../../../server/store/neo4j/export-stream.js";
import { relTypes } from "../../../server/domain/vocabulary.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";
import { collect, pagedGraph } from "./contract/export-stream.js";

describeNeo4j("Neo4j streamed export", () => {
  let store: Neo4jStore;
  const queries: string[] = [];
  /** The store's own kind of page read (a READ transaction per page), counting the pages asked for. */
  const readPage: ReadPage = async <T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>) => {
    queries.push(operation);
    const session = store.connection.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    store = await connectedTestStore({ batchSize: 1_000 });
    await store.clear();
    await store.load(pagedGraph(530));
  });

  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  describe("neo4jExportStream", () => {
    it("pages through nodes and each relationship type by id and yields exportAll's items in its order", async () => {
      queries.length = 0;
      const streamed = await collect({
        exportStream: () => neo4jExportStream(readPage, { nodes: 50, edges: 40 }),
      });
      expect(streamed).toEqual(await store.exportAll());
      expect(streamed.nodes).toHaveLength(530);
      // 11 node pages (the last one short), then ≥ 7 pages for each of the two types that hold ~265 edges.
      expect(queries.length).toBeGreaterThan(11 + 2 * 7);
    });

    it("yields each node page as read and the merged edges in full pages of the edge page size", async () => {
      const sizes = { node: [] as number[], edge: [] as number[], source: [] as number[] };
      for await (const page of neo4jExportStream(readPage, { nodes: 50, edges: 40 })) {
        expect(page.every((item) => item.kind === page[0]!.kind)).toBe(true);
        sizes[page[0]!.kind].push(page.length);
      }
      expect(sizes.node).toEqual([...Array<number>(10).fill(50), 30]);
      expect(sizes.edge).toEqual([...Array<number>(13).fill(40), 10]); // 530 edges of two types, merged
      expect(sizes.source).toEqual([(await store.exportAll()).sources.length]);
    });

    it("asks for no further page once the reader stops", async () => {
      queries.length = 0;
      let seen = 0;
      pages: for await (const page of neo4jExportStream(readPage, { nodes: 50, edges: 40 })) {
        for (const item of page) {
          void item;
          if (++seen === 60) break pages; // inside the second node page
        }
      }
      expect(queries).toHaveLength(2);
    });

    it("closes every relationship type's cursor when the reader stops among the edges", async () => {
      queries.length = 0;
      let edges = 0;
      pages: for await (const page of neo4jExportStream(readPage, { nodes: 1_000, edges: 40 })) {
        for (const item of page) if (item.kind === "edge" && ++edges === 45) break pages;
      }
      const atBreak = queries.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(queries).toHaveLength(atBreak);
      // One node page, the first page of every vocabulary type, and a second page of one or two types.
      expect(atBreak).toBeLessThanOrEqual(1 + relTypes().length + 2);
    });
  });
});
