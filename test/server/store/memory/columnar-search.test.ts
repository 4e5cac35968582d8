// Search while the graph fills: the columns' packed texts, and their hand-over to the graph's index once it is full.
import { describe, expect, it } from "vitest";
import { ColumnarGraph } from "../../../../server/store/memory/columnar-graph.js";
import { ColumnarSearchIndex } from "../../../../server/store/memory/columnar-search.js";
import { createMemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { fillGraph, toColumns } from "../../../../server/store/memory/snapshot-columns.js";
import {
  normalizedTexts,
  packTexts,
  SearchIndex,
  type Match,
  type TextIndex,
} from "../../../../server/store/memory/search-index.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";

const matches = (index: TextIndex, query: string) => {
  const found: Pick<Match, "id" | "name" | "aliases">[] = [];
  index.forEachMatch(
    query,
    ({ id, name, aliases }) => found.push({ id, name, aliases }),
    () => false,
  );
  return found.sort((a, b) => a.id.localeCompare(b.id));
};

function columnsAndGraph() {
  const columns = toColumns(fixtureGraph());
  const graph = createMemoryGraph();
  fillGraph(graph, columns);
  return { columnar: ColumnarGraph.from(columns)!, graph };
}

describe("ColumnarSearchIndex", () => {
  it("finds what the graph's index finds, with the same normalised texts", () => {
    const { columnar, graph } = columnsAndGraph();
    const fromColumns = new ColumnarSearchIndex(columnar);
    const fromGraph = new SearchIndex(graph);
    for (const query of ["jap", "a", "tsmc", "semiconductor", "zzz"])
      expect(matches(fromColumns, query)).toEqual(matches(fromGraph, query));
  });

  it("builds its texts on the first search only", () => {
    const { columnar } = columnsAndGraph();
    const index = new ColumnarSearchIndex(columnar);
    expect(index.built()).toBeNull();
    matches(index, "jap");
    const built = index.built();
    expect(built?.ids).toEqual(columnar.nodeIds);
    matches(index, "tsmc");
    expect(index.built()).toBe(built);
  });
});

describe("SearchIndex.adopt", () => {
  it("takes texts packed from the graph's nodes in its order, instead of normalising them again", () => {
    const { graph } = columnsAndGraph();
    const ids = graph.nodes();
    // Texts that differ from the graph's on purpose, so that a search shows which ones the index uses.
    const texts = packTexts(ids.length, (i) =>
      normalizedTexts(i === 0 ? "Adopted Text" : graph.getNodeAttribute(ids[i]!, "name"), []),
    );
    const index = new SearchIndex(graph);
    index.adopt({ ...texts, ids });
    expect(matches(index, "adopted").map((m) => m.id)).toEqual([ids[0]]);
  });

  it("ignores texts of other nodes or another order, and builds its own", () => {
    const { graph } = columnsAndGraph();
    const ids = graph.nodes().reverse();
    const texts = packTexts(ids.length, () => "adopted");
    const index = new SearchIndex(graph);
    index.adopt({ ...texts, ids });
    expect(matches(index, "adopted")).toEqual([]);
    expect(matches(index, "jap").length).toBeGreaterThan(0);
  });

  it("follows writes after an adoption as after its own build", () => {
    const { graph } = columnsAndGraph();
    const ids = graph.nodes();
    const index = new SearchIndex(graph);
    index.adopt({
      ...packTexts(ids.length, (i) =>
        normalizedTexts(graph.getNodeAttribute(ids[i]!, "name"), graph.getNodeAttribute(ids[i]!, "aliases")),
      ),
      ids,
    });
    graph.mergeNodeAttributes("japan", { name: "Nippon State" });
    graph.dropNode("tsmc");
    expect(matches(index, "nippon").map((m) => m.id)).toEqual(["japan"]);
    expect(matches(index, "tsmc").map((m) => m.id)).not.toContain("tsmc");
  });
});
