// Groups a node's relationships by type and direction for the inspector (pure, testable in Node).
import type { GraphEdge, GraphNode, NodeId } from "../../../server/domain/model.js";
import { REL_TYPES } from "../../../server/domain/vocabulary.js";
import { relationshipLabel, type EdgeDirection } from "./relationship-labels.js";

export interface RelationshipItem {
  edge: GraphEdge;
  /** The node at the other end; a placeholder name when the server did not send it. */
  counterpart: { id: NodeId; name: string; type: string | null };
}

export interface RelationshipGroup {
  key: string;
  type: string;
  direction: EdgeDirection;
  label: string;
  items: RelationshipItem[];
}

/**
 * Groups the edges touching `nodeId` into "Funds →" / "← Funded by" sections.
 * Groups follow the vocabulary's order (outgoing before incoming); items are sorted by counterpart name.
 * A self-loop is listed once, as outgoing.
 */
export function groupRelationships(
  nodeId: NodeId,
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<NodeId, GraphNode>,
): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const edge of edges) {
    if (edge.source !== nodeId && edge.target !== nodeId) continue;
    const direction: EdgeDirection = edge.source === nodeId ? "out" : "in";
    const otherId = direction === "out" ? edge.target : edge.source;
    const other = nodes.get(otherId);
    const key = `${edge.type}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type: edge.type, direction, label: relationshipLabel(edge.type, direction), items: [] };
      groups.set(key, group);
    }
    group.items.push({
      edge,
      counterpart: { id: otherId, name: other?.name ?? otherId, type: other?.type ?? null },
    });
  }
  for (const group of groups.values()) {
    group.items.sort((a, b) => a.counterpart.name.localeCompare(b.counterpart.name));
  }
  return [...groups.values()].sort(compareGroups);
}

function typeRank(type: string): number {
  const i = (REL_TYPES as readonly string[]).indexOf(type);
  return i === -1 ? REL_TYPES.length : i;
}

function compareGroups(a: RelationshipGroup, b: RelationshipGroup): number {
  if (a.direction !== b.direction) return a.direction === "out" ? -1 : 1;
  return typeRank(a.type) - typeRank(b.type) || a.type.localeCompare(b.type);
}
