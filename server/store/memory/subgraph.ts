// The nodes of a set of ids and the edges among them, for the memory store ("reveal links between visible nodes").
import type { Subgraph } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { SubgraphOptions } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";

/** Existing nodes among `ids` by id, and every edge (of `relTypes`, when given) joining two of them, by id. */
export function inducedSubgraph(
  graph: MemoryGraph,
  ids: readonly string[],
  options: SubgraphOptions,
): Subgraph {
  const present = new Set(ids.filter((id) => graph.hasNode(id)));
  const relTypes = options.relTypes?.length ? new Set<string>(options.relTypes) : null;
  const edges: string[] = [];
  for (const node of present) {
    // Out-edges only, so each edge is visited once.
    graph.forEachOutEdge(node, (edge, attrs, _source, target) => {
      if (present.has(target) && (!relTypes || relTypes.has(attrs.type))) edges.push(edge);
    });
  }
  return {
    nodes: [...present].sort(compareIds).map((id) => readNode(graph, id)),
    edges: edges.sort(compareIds).map((edge) => readEdge(graph, edge)),
    truncated: false,
  };
}
