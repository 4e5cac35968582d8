// Depth-1 neighbourhoods from the expand index, held to the same definition as the graph walk.
import { describe, expect, it } from "vitest";
import { buildExpandIndex } from "../../../../server/store/memory/expand-index.js";
import { indexedNeighborhood } from "../../../../server/store/memory/indexed-neighbors.js";
import { prng } from "../../../helpers/prng.js";
import { byDefinition, randomGraph, randomOptions } from "./neighborhood-cases.js";

describe("indexedNeighborhood", () => {
  it("matches the definition at depth 1 on 600 generated graphs, before and after random writes", () => {
    const rng = prng(1123);
    let cutHubs = 0;
    for (let round = 0; round < 600; round++) {
      const { graph, hub } = randomGraph(rng);
      for (const phase of ["as built", "after writes"]) {
        if (phase === "after writes") {
          // Drops, additions and replaced attributes: a fresh index must see the graph as it now stands.
          for (const edge of graph.edges()) if (rng.chance(0.2)) graph.dropEdge(edge);
          for (const node of graph.nodes()) if (node !== hub && rng.chance(0.1)) graph.dropNode(node);
          const ids = graph.nodes();
          for (let i = 0; i < 5 && ids.length > 0; i++)
            graph.addEdgeWithKey(`w${round}-${i}`, rng.pick(ids), rng.pick(ids), {
              type: "FUNDS",
              properties: {},
              evidence: [],
            });
          for (const node of ids)
            if (rng.chance(0.1))
              graph.replaceNodeAttributes(node, { ...graph.getNodeAttributes(node), type: "Person" });
        }
        const index = buildExpandIndex(graph);
        const ids = graph.nodes();
        for (let query = 0; query < 5; query++) {
          const start =
            rng.chance(0.1) || ids.length === 0
              ? "missing"
              : hub && rng.chance(0.5) && graph.hasNode(hub)
                ? hub
                : rng.pick(ids);
          const options = { ...randomOptions(rng), depth: 1 };
          const actual = indexedNeighborhood(index, start, options);
          expect(actual, `round ${round} ${phase}, ${start}, ${JSON.stringify(options)}`).toEqual(
            byDefinition(graph, start, options),
          );
          if (actual && graph.degree(start) > 4 * (options.limit + 1)) cutHubs++;
        }
      }
    }
    // The generator must reach hubs far larger than the page (read off in order, and looked up by binary search).
    expect(cutHubs).toBeGreaterThan(50);
  });

  it("hands out copies: changing a result leaves the index's attributes unchanged", () => {
    const { graph } = randomGraph(prng(5));
    graph.addNode("a", { type: "Company", name: "A", aliases: ["x"], properties: { n: 1 } });
    graph.addNode("b", { type: "Company", name: "B", aliases: [], properties: {} });
    graph.addEdgeWithKey("ab", "a", "b", {
      type: "FUNDS",
      properties: { k: [1] },
      evidence: [{ sourceId: "s", locator: "para 1", note: "n" }],
    });
    const index = buildExpandIndex(graph);
    const result = indexedNeighborhood(index, "a", { depth: 1, limit: 10, direction: "both" })!;
    result.nodes[0]!.aliases.push("y");
    result.nodes[0]!.properties.n = 2;
    (result.edges[0]!.properties.k as number[]).push(2);
    result.edges[0]!.evidence[0]!.locator = "para 9";
    expect(indexedNeighborhood(index, "a", { depth: 1, limit: 10, direction: "both" })).toEqual(
      byDefinition(graph, "a", { depth: 1, limit: 10, direction: "both" }),
    );
  });
});
