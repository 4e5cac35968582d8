// Generated multigraphs, neighbourhood options, and the neighbourhood by its definition, for the memory store's tests.
import type { GraphEdge, GraphNode, Subgraph } from "../../../../server/domain/model.js";
import type { Direction, NodeType, RelType } from "../../../../server/domain/vocabulary.js";
import type { NeighborOptions } from "../../../../server/store/graph-store.js";
import {
  createMemoryGraph,
  readEdge,
  readNode,
  type MemoryGraph,
} from "../../../../server/store/memory/graph-types.js";
import type { Prng } from "../../../helpers/prng.js";

const NODE_TYPES: NodeType[] = ["Company", "Country", "Person"];
const REL_TYPES: RelType[] = ["FUNDS", "PARTNERS_WITH", "RELATED_TO"];
const DIRECTIONS: Direction[] = ["both", "out", "in"];

/**
 * A random multigraph: self-loops, parallel relationships of one and of several types, and (in some)
 * a hub with a few hundred neighbours, so that a page cuts a layer far larger than itself.
 */
export function randomGraph(rng: Prng): { graph: MemoryGraph; hub: string | null } {
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

export function randomOptions(rng: Prng): NeighborOptions {
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
export function byDefinition(graph: MemoryGraph, id: string, options: NeighborOptions): Subgraph | null {
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
