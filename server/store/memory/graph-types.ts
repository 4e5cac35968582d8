// The graphology graph behind the memory store, and conversions between its attributes and domain shapes.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, Properties, PropertyValue } from "../../domain/model.js";

/** A node's attributes: the GraphNode without its id, which is the graphology key. */
export type NodeAttributes = Omit<GraphNode, "id">;
/** An edge's attributes: source and target live in graphology's own structure. */
export type EdgeAttributes = Pick<GraphEdge, "type" | "properties" | "evidence">;
export type MemoryGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createMemoryGraph(): MemoryGraph {
  // Multi: two organisations can be linked by several relationships, even of the same type.
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

/**
 * A copy of the node: callers may mutate what they get without touching the store. Copied by hand, as
 * the shapes are known and flat (an expand answer copies hundreds of them; structuredClone was most of
 * its cost).
 */
export function readNode(graph: MemoryGraph, id: string): GraphNode {
  const { type, name, aliases, properties } = graph.getNodeAttributes(id);
  return { id, type, name, aliases: aliases.slice(), properties: copyProperties(properties) };
}

/** A copy of the edge, like `readNode`. */
export function readEdge(graph: MemoryGraph, id: string): GraphEdge {
  const { type, properties, evidence } = graph.getEdgeAttributes(id);
  return {
    id,
    type,
    source: graph.source(id),
    target: graph.target(id),
    properties: copyProperties(properties),
    evidence: evidence.map((item) => ({ ...item })),
  };
}

function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const key in properties) copy[key] = copyValue(properties[key]!);
  return copy;
}

function copyValue(value: PropertyValue): PropertyValue {
  return Array.isArray(value) ? value.map(copyValue) : value;
}

export function nodeAttributes(node: GraphNode): NodeAttributes {
  return { type: node.type, name: node.name, aliases: node.aliases, properties: node.properties };
}

export function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  return { type: edge.type, properties: edge.properties, evidence: edge.evidence };
}
