// The memory store's streamed export in small pages: page boundaries, lazy reads, ids removed mid-export.
import { describe, expect, it } from "vitest";
import type { Source } from "../../../../server/domain/model.js";
import type { ExportPage } from "../../../../server/store/graph-store.js";
import { applyLoad } from "../../../../server/store/memory/apply-load.js";
import { memoryExportStream } from "../../../../server/store/memory/export-stream.js";
import { createMemoryGraph, type MemoryGraph } from "../../../../server/store/memory/graph-types.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import { pagedGraph } from "../contract/export-stream.js";

function loadedGraph(count: number): { graph: MemoryGraph; sources: () => Promise<Source[]> } {
  const graph = createMemoryGraph();
  const table = new Map<string, Source>();
  applyLoad(graph, table, pagedGraph(count));
  return { graph, sources: async () => [...table.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

const sizes = (pages: ExportPage[]) => pages.map((p) => `${p[0]!.kind}:${p.length}`);

describe("memoryExportStream", () => {
  it("yields nodes, then edges, then sources in full pages of the page size, the last of each kind short", async () => {
    const { graph, sources } = loadedGraph(25);
    const pages: ExportPage[] = [];
    for await (const page of memoryExportStream(graph, sources, 10)) pages.push(page);
    const count = fixtureGraph().sources.length;
    expect(sizes(pages)).toEqual([
      "node:10",
      "node:10",
      "node:5",
      "edge:10",
      "edge:10",
      "edge:5",
      `source:${count}`,
    ]);
    expect(
      pages
        .flat()
        .map((i) => i.value.id)
        .slice(0, 12),
    ).toEqual(["n0", "n1", "n10", "n11", "n12", "n13", "n14", "n15", "n16", "n17", "n18", "n19"]);
  });

  it("reads a page only when it is asked for: an id removed before its page is reached is left out", async () => {
    const { graph, sources } = loadedGraph(25);
    const stream = memoryExportStream(graph, sources, 10);
    const first = await stream.next();
    expect(first.value).toHaveLength(10);
    graph.dropNode("n9"); // the last node id in text order: on the third page, not read yet
    const rest: ExportPage[] = [];
    for (let next = await stream.next(); !next.done; next = await stream.next()) rest.push(next.value);
    const nodes = rest.flat().filter((i) => i.kind === "node");
    expect(nodes).toHaveLength(14);
    expect(nodes.map((i) => i.value.id)).not.toContain("n9");
  });

  it("never yields an empty page, even when every id of a page was removed", async () => {
    const { graph, sources } = loadedGraph(25);
    const stream = memoryExportStream(graph, sources, 10);
    await stream.next();
    for (const id of graph.nodes().sort().slice(10, 20)) graph.dropNode(id); // the whole second page
    const rest: ExportPage[] = [];
    for (let next = await stream.next(); !next.done; next = await stream.next()) rest.push(next.value);
    expect(rest.every((page) => page.length > 0)).toBe(true);
    expect(sizes(rest)[0]).toBe("node:5");
  });
});
