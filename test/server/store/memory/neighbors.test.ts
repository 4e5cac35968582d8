// The memory store's neighbourhood walk, held to its definition on generated multigraphs with loops and hubs.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, Subgraph } from "../../../../server/domain/model.js";
import type { Direction, NodeType, RelType } from "../../../../server/domain/vocabulary.js";
import type { NeighborOptions } from "../../../../server/store/graph-store.js";
import {
  createMemoryGraph,
  readEdge,
  readNode,
  type MemoryGraph,
} from "../../../../server/store/memory/graph-types.js";
import { neighborhood } from "../../../../server/store/memory/neighbors.js";
import { prng, type Prng } from "../../../helpers/prng.js";

const NODE_TYPES: NodeType[] = ["Company", "Country", "Person"];
const REL_TYPES: RelType[] = ["FUNDS", "PARTNERS_WITH", "RELATED_TO"];
const DIRECTIONS: Direction[] = ["both", "out", "in"];

/**
 * A random multigraph: self-loops, parallel relationships of one and of several types, and (in some)
 * a hub with a few hundred neighbours, so that a page cuts a layer far larger than itself.
 */
function randomGraph(rng: Prng): { graph: MemoryGraph; hub: string | null } {
  const graph = createMemoryGraph();
  const count = 2 + rng.int(40);
  const ids = Array.from({ length: count }, (_, i) => `${rng.pick(["a", "b", "B", "é"])}${i}`);
  for (const id of ids)
    graph.addNode(id, {
      type: rng.pick(NODE_TYPES),
      name: id,
      aliases: rng.chance(0.2) ? [`${id}-alias`] : [],
      properties: rng.chance(0.3) ? { n: rng.int(9) } : {},
    });
  const addEdge = (source: string, target: string) =>
    graph.addEdgeWithKey(`e${graph.size}`, source, target, {
      type: rng.pick(REL_TYPES),
      properties: {},
      evidence: rng.chance(0.3) ? [{ sourceId: "s1", locator: `para ${1 + rng.int(3)}`, note: "n" }] : [],
    });
  for (let e = 0, edges = rng.int(count * 3); e < edges; e++) addEdge(rng.pick(ids), rng.pick(ids));
  let hub: string | null = null;
  if (rng.chance(0.4)) {
    hub = rng.pick(ids);
    for (let i = 0; i < 150 + rng.int(200); i++) {
      const leaf = `h${rng.int(100_000)}`;
      if (!graph.hasNode(leaf))
        graph.addNode(leaf, { type: rng.pick(NODE_TYPES), name: leaf, aliases: [], properties: {} });
      if (rng.chance(0.5)) addEdge(hub, leaf);
      else addEdge(leaf, hub);
    }
  }
  return { graph, hub };
}

function randomOptions(rng: Prng): NeighborOptions {
  return {
    depth: 1 + rng.int(3),
    limit: 1 + rng.int(rng.chance(0.3) ? 120 : 8),
    offset: rng.chance(0.3) ? rng.int(6) : 0,
    direction: rng.pick(DIRECTIONS),
    types: rng.chance(0.3) ? NODE_TYPES.filter(() => rng.chance(0.6)) : undefined,
    relTypes: rng.chance(0.3) ? REL_TYPES.filter(() => rng.chance(0.6)) : undefined,
  };
}

/**
 * The definition, walked the plain way: every node within `depth` hops over allowed edges and through
 * allowed nodes, by (distance, id), paged; every allowed edge with both ends returned, by id.
 */
function byDefinition(graph: MemoryGraph, id: string, options: NeighborOptions): Subgraph | null {
  if (!graph.hasNode(id)) return null;
  const relOk = (type: string) => !options.relTypes?.length || options.relTypes.includes(type as RelType);
  const nodeOk = (node: string) =>
    !options.types?.length || options.types.includes(graph.getNodeAttribute(node, "type"));
  const distance = new Map([[id, 0]]);
  let frontier = [id];
  for (let hop = 1; hop <= options.depth; hop++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachEdge((_edge, attrs, source, target) => {
        if (!relOk(attrs.type)) return;
        const out = source === node && options.direction !== "in";
        const inward = target === node && options.direction !== "out";
        for (const other of [out ? target : null, inward ? source : null])
          if (other !== null && !distance.has(other) && nodeOk(other)) {
            distance.set(other, hop);
            next.push(other);
          }
      });
    frontier = next;
  }
  const ordered = [...distance.keys()]
    .filter((node) => node !== id)
    .sort((a, b) => distance.get(a)! - distance.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const offset = options.offset ?? 0;
  const kept = ordered.slice(offset, offset + options.limit);
  const returned = new Set([id, ...kept]);
  const edges: GraphEdge[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (relOk(attrs.type) && returned.has(source) && returned.has(target)) edges.push(readEdge(graph, edge));
  });
  const nodes: GraphNode[] = [id, ...kept].map((node) => readNode(graph, node));
  return {
    nodes,
    edges: edges.sort((a, b) => (a.id < b.id ? -1 : 1)),
    truncated: ordered.length > offset + kept.length,
  };
}

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
