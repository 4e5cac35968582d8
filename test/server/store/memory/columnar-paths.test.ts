// Paths while the graph fills: the adjacency built from the columns is the one the filled graph would give.
import { describe, expect, it } from "vitest";
import { ColumnarGraph } from "../../../../server/store/memory/columnar-graph.js";
import { columnarPathGraph } from "../../../../server/store/memory/columnar-paths.js";
import { createMemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import {
  buildPathAdjacency,
  PathAdjacencyCache,
  pathAdjacencyFromColumns,
} from "../../../../server/store/memory/path-adjacency.js";
import { graphologyPathGraph } from "../../../../server/store/memory/paths.js";
import { fillGraph, toColumns } from "../../../../server/store/memory/snapshot-columns.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import { randomGraph } from "./held-hydration.js";

/** Columns as a snapshot holds them (from exportAll: ids sorted), and the graph filled from them. */
async function columnsAndGraph(seed: number) {
  const store = await createMemoryStore(seed === 0 ? fixtureGraph() : randomGraph(seed, 300, 900));
  const columns = toColumns(await store.exportAll());
  const graph = createMemoryGraph();
  fillGraph(graph, columns);
  return { columnar: ColumnarGraph.from(columns)!, graph };
}

const arrays = (a: ReturnType<typeof buildPathAdjacency>) => ({
  ids: [...a.ids],
  offsets: [...a.offsets],
  neighbours: [...a.neighbours],
  slotTypes: [...a.slotTypes],
  typeCodes: [...a.typeCodes],
});

describe("pathAdjacencyFromColumns", () => {
  for (const seed of [0, 3, 4])
    it(`equals the adjacency of the graph filled from the same columns (${seed ? `random graph ${seed}` : "fixture"})`, async () => {
      const { columnar, graph } = await columnsAndGraph(seed);
      expect(arrays(pathAdjacencyFromColumns(columnar))).toEqual(arrays(buildPathAdjacency(graph)));
    });

  it("is adopted by the graph's cache, which drops it on the next structural write as its own", async () => {
    const { columnar, graph } = await columnsAndGraph(0);
    const cache = new PathAdjacencyCache(graph);
    const adopted = pathAdjacencyFromColumns(columnar);
    cache.adopt(adopted);
    expect(cache.current()).toBe(adopted);
    graph.dropNode("riken");
    expect(cache.current()).not.toBe(adopted);
  });
});

describe("columnarPathGraph", () => {
  it("reads nodes and picks the same edge between two nodes as the graph does, with and without a type filter", async () => {
    const { columnar, graph } = await columnsAndGraph(3);
    const fromColumns = columnarPathGraph(columnar);
    const fromGraph = graphologyPathGraph(graph);
    let compared = 0;
    graph.forEachEdge((_edge, _attrs, source, target) => {
      if (source === target || compared >= 200) return;
      compared++;
      expect(fromColumns.readNode(source)).toEqual(fromGraph.readNode(source));
      for (const allowed of [() => true, (type: string) => type !== graph.getEdgeAttribute(_edge, "type")]) {
        const any = [...graph.edges(source, target), ...graph.edges(target, source)].some((e) =>
          allowed(graph.getEdgeAttribute(e, "type")),
        );
        if (any)
          expect(fromColumns.cheapestEdge(source, target, allowed)).toEqual(
            fromGraph.cheapestEdge(source, target, allowed),
          );
      }
    });
    expect(compared).toBe(200);
    expect(fromColumns.hasNode("no such node")).toBe(false);
  });
});
