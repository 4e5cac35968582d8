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
  return copyNode(id, graph.getNodeAttributes(id));
}

/** The same copy from attributes already in hand (an edge iteration's, or the expand index's). */
export function copyNode(id: string, attrs: NodeAttributes): GraphNode {
  const { type, name, aliases, properties } = attrs;
  return { id, type, name, aliases: aliases.slice(), properties: copyProperties(properties) };
}

/** A copy of the edge, like `readNode`. */
export function readEdge(graph: MemoryGraph, id: string): GraphEdge {
  return copyEdge(id, graph.getEdgeAttributes(id), graph.source(id), graph.target(id));
}

/**
 * The same copy from what an edge iteration already holds (graphology hands each callback the key,
 * attributes and ends), which saves `readEdge`'s three lookups by key.
 */
export function copyEdge(id: string, attrs: EdgeAttributes, source: string, target: string): GraphEdge {
  const { type, properties, evidence } = attrs;
  return {
    id,
    type,
    source,
    target,
    properties: copyProperties(properties),
    evidence: evidence.map((item) => ({ ...item })),
  };
}

/** A deep copy of stored properties (their values are scalars or arrays of them). */
export function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const key in properties) copy[key] = copyValue(properties[key]!);
  return copy;
}

function copyValue(value: PropertyValue): PropertyValue {
  return Array.isArray(value) ? value.map(copyValue) : value;
}

/**
 * The stored attributes of a validated node. Its `properties` and `aliases` are kept as given (the caller
 * hands over a copy nothing else holds), except that empty ones become shared frozen values; its type
 * string is shared too (see `storedProperties`, `sharedType`).
 */
export function nodeAttributes(node: GraphNode): NodeAttributes {
  return {
    type: sharedType(node.type),
    name: node.name,
    aliases: storedAliases(node.aliases),
    properties: storedProperties(node.properties),
  };
}

/** The stored attributes of a validated edge, like `nodeAttributes`. */
export function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  return {
    type: sharedType(edge.type),
    properties: storedProperties(edge.properties),
    evidence: storedEvidence(edge.evidence),
  };
}

/*
 * Most items have no properties, aliases or evidence, and an own empty `{}` and `[]` cost about 90
 * bytes per edge: about a quarter of what graphology itself takes. So every empty one is stored as one
 * shared value, frozen so that a mutation in place throws instead of changing every item. Nothing
 * mutates stored attributes (writes replace them whole) and every read copies them (`readNode`, `readEdge`).
 */
const NO_PROPERTIES = Object.freeze({}) as Properties;
const NO_STRINGS = Object.freeze([]) as unknown as string[];
const NO_EVIDENCE = Object.freeze([]) as unknown as EdgeAttributes["evidence"];

/** `properties` to store: the shared empty value when there are none (also when absent). */
export function storedProperties(properties: Properties | undefined): Properties {
  for (const _ in properties) return properties!;
  return NO_PROPERTIES;
}

export function storedAliases(aliases: string[] | undefined): string[] {
  return aliases?.length ? aliases : NO_STRINGS;
}

export function storedEvidence(evidence: EdgeAttributes["evidence"] | undefined): EdgeAttributes["evidence"] {
  return evidence?.length ? evidence : NO_EVIDENCE;
}

/** One string per type: parsed JSON can hold its own copy of a longer value (as "PARTNERS_WITH") per item. */
const typeStrings = new Map<string, string>();
export function sharedType<T extends string>(type: T): T {
  const shared = typeStrings.get(type);
  if (shared !== undefined) return shared as T;
  // The types are a closed vocabulary (validated before any write), so this map stays small.
  typeStrings.set(type, type);
  return type;
}
