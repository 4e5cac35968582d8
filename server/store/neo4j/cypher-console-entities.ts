// Shows console nodes and relationships exactly as the API's Node and Edge, with a fallback for foreign data.
import type { Node, Relationship } from "neo4j-driver";
import type { GraphEdge, GraphNode, Properties } from "../../domain/model.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import { toGraphEdge, toGraphNode, toPropertyValue } from "./mappers.js";
import type { EntityMapper } from "./cypher-console-values.js";

/** Params: ids (elementIds). The ends of relationships whose nodes the query did not return. */
export const MISSING_ENDPOINTS = `MATCH (n) WHERE elementId(n) IN $ids RETURN n`;

/** Nodes and relationships outside the store's model (only possible after a console write) keep their raw shape. */
function foreignNode(node: Node): GraphNode {
  const p = node.properties as Record<string, unknown>;
  const properties: Properties = {};
  for (const [k, v] of Object.entries(p))
    if (k !== "id" && k !== "name" && k !== "type") properties[k] = toPropertyValue(v);
  const label = node.labels.find((l) => l !== "Entity") ?? node.labels[0] ?? "Node";
  return {
    id: typeof p.id === "string" ? p.id : node.elementId,
    type: (typeof p.type === "string" ? p.type : label) as NodeType,
    name: typeof p.name === "string" ? p.name : String(p.id ?? node.elementId),
    aliases: [],
    properties,
  };
}

function safeNode(node: Node): GraphNode {
  try {
    return toGraphNode(node);
  } catch {
    return foreignNode(node);
  }
}

/**
 * A mapper that turns elementIds into our ids through the nodes already gathered (the result's own nodes plus the
 * fetched endpoints), so an edge's source and target match the nodes in `graph`.
 */
export function endpointMapper(nodes: Map<string, Node>): EntityMapper {
  const idOf = (elementId: string): string => {
    const n = nodes.get(elementId);
    return n ? safeNode(n).id : elementId;
  };
  return {
    node: safeNode,
    edge(rel: Relationship): GraphEdge {
      const source = idOf(rel.startNodeElementId);
      const target = idOf(rel.endNodeElementId);
      try {
        const edge = toGraphEdge(rel, source, target);
        if (edge.id === "undefined") edge.id = rel.elementId;
        return edge;
      } catch {
        const properties: Properties = {};
        for (const [k, v] of Object.entries(rel.properties as Record<string, unknown>))
          properties[k] = toPropertyValue(v);
        return { id: rel.elementId, type: rel.type as RelType, source, target, properties, evidence: [] };
      }
    },
  };
}
