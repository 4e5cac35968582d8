// The memory store's neighbourhood walk, held to its definition on generated multigraphs with loops and hubs.
import { describe, expect, it } from "vitest";
import { createMemoryGraph, readEdge, readNode } from "../../../../server/store/memory/graph-types.js";
import { neighborhood } from "../../../../server/store/memory/neighbors.js";
import { prng } from "../../../helpers/prng.js";
import { byDefinition, randomGraph, randomOptions } from "./neighborhood-cases.js";

describe("neighborhood (memory store)", () => {
  it("matches the definition on 600 generated graphs and options, hubs, loops and parallel edges included", () => {
    const rng = prng(20261123);
    let cutHubs = 0;
    for (let round = 0; round < 600; round++) {
      const { graph, hub } = randomGraph(rng);
      const ids = graph.nodes();
      for (let query = 0; query < 5; query++) {
        const start = rng.chance(0.1) ? "missing" : hub && rng.chance(0.5) ? hub : rng.pick(ids);
        const options = randomOptions(rng);
        const actual = neighborhood(graph, start, options);
        expect(actual, `round ${round}, ${start}, ${JSON.stringify(options)}`).toEqual(
          byDefinition(graph, start, options),
        );
        if (actual && graph.degree(start) > options.limit + 64) cutHubs++;
      }
    }
    // The generator must reach hubs whose first layer is far larger than the page, or the test proves less than it says.
    expect(cutHubs).toBeGreaterThan(50);
  });

  it("hands out copies: changing a result leaves the stored node and edge unchanged", () => {
    const graph = createMemoryGraph();
    graph.addNode("a", { type: "Company", name: "A", aliases: ["x"], properties: { n: 1 } });
    graph.addNode("b", { type: "Company", name: "B", aliases: [], properties: {} });
    graph.addEdgeWithKey("e1", "a", "b", {
      type: "FUNDS",
      properties: { k: [1] },
      evidence: [{ sourceId: "s", locator: "para 1", note: "n" }],
    });
    const result = neighborhood(graph, "a", { depth: 1, limit: 10, direction: "both" })!;
    result.nodes[0]!.aliases.push("y");
    result.nodes[0]!.properties.n = 2;
    (result.edges[0]!.properties.k as number[]).push(2);
    result.edges[0]!.evidence[0]!.locator = "para 9";
    expect([readNode(graph, "a"), readEdge(graph, "e1")]).toEqual([
      { id: "a", type: "Company", name: "A", aliases: ["x"], properties: { n: 1 } },
      {
        id: "e1",
        type: "FUNDS",
        source: "a",
        target: "b",
        properties: { k: [1] },
        evidence: [{ sourceId: "s", locator: "para 1", note: "n" }],
      },
    ]);
  });
});
