// Several nodes or edges by id for the memory store (GraphStore.getNodes / getEdges).
import type { GraphEdge, GraphNode } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";

/** The existing nodes among `ids`, each once, sorted by id. */
export function lookupNodes(graph: MemoryGraph, ids: readonly string[]): GraphNode[] {
  return [...new Set(ids)]
    .filter((id) => graph.hasNode(id))
    .sort(compareIds)
    .map((id) => readNode(graph, id));
}

/** The existing edges among `ids`, each once, sorted by id. */
export function lookupEdges(graph: MemoryGraph, ids: readonly string[]): GraphEdge[] {
  return [...new Set(ids)]
    .filter((id) => graph.hasEdge(id))
    .sort(compareIds)
    .map((id) => readEdge(graph, id));
}
