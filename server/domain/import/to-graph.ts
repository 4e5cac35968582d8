// Applies the vocabulary and the mapping to raw records: types checked, ids prefixed, duplicates resolved (last wins).
import type { GraphEdge, GraphNode } from "../model.js";
import { isNodeType, isRelType, nodeTypes } from "../vocabulary.js";
import type { IssueList } from "./import-issues.js";
import type { ImportIssue, ImportMapping, Located, Origin, RawGraph } from "./import-types.js";

/** The type of nodes whose file says nothing about their type. */
export const FALLBACK_NODE_TYPE = "Entity";
/** The type of edges whose type is not in the vocabulary; the original goes to `properties.originalType`. */
export const FALLBACK_REL_TYPE = "RELATED_TO";

export interface MappedGraph {
  nodes: Located<GraphNode>[];
  edges: Located<GraphEdge>[];
  /** Duplicate ids within the file: not errors (the last one wins), but reported. */
  warnings: ImportIssue[];
}

/** Map every record; problems go to `issues`. */
export function toGraph(raw: RawGraph, mapping: ImportMapping, issues: IssueList): MappedGraph {
  const prefix = mapping.idPrefix ?? "";
  const warnings: ImportIssue[] = [];
  const nodes = new Map<string, Located<GraphNode>>();
  for (const r of raw.nodes) {
    const type = r.type ?? FALLBACK_NODE_TYPE;
    if (!isNodeType(type)) {
      issues.add({
        ...r.origin,
        field: mapping.typeAttr ?? "type",
        message: `unknown entity type "${type}"; expected one of ${nodeTypes().join(", ")}`,
      });
      continue;
    }
    const id = prefix + r.id;
    if (id in Object.prototype) {
      // The embedded store (graphology) keeps neighbours in plain objects and fails on these names.
      issues.add({ ...r.origin, field: "id", message: reservedIdMessage(id) });
      continue;
    }
    const earlier = nodes.get(id);
    if (earlier) warnings.push(duplicate("node", id, r.origin, earlier.origin));
    nodes.delete(id); // re-inserted below, so the order is that of the last occurrence
    nodes.set(id, {
      origin: r.origin,
      item: { id, type, name: r.name ?? r.id, aliases: r.aliases, properties: r.properties },
    });
  }
  const edges = new Map<string, Located<GraphEdge>>();
  for (const r of raw.edges) {
    const known = r.type !== undefined && isRelType(r.type);
    const type = known ? (r.type as GraphEdge["type"]) : FALLBACK_REL_TYPE;
    const properties = { ...r.properties };
    if (!known && r.type !== undefined) properties.originalType = r.type;
    const id = prefix + (r.id ?? `${r.source}-${r.type ?? FALLBACK_REL_TYPE}-${r.target}`);
    const earlier = edges.get(id);
    if (earlier) warnings.push(duplicate("relationship", id, r.origin, earlier.origin));
    edges.delete(id);
    edges.set(id, {
      origin: r.origin,
      item: {
        id,
        type,
        source: prefix + r.source,
        target: prefix + r.target,
        properties,
        evidence: r.evidence,
      },
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], warnings };
}

function duplicate(kind: string, id: string, origin: Origin, earlier: Origin): ImportIssue {
  const where = earlier.line !== undefined ? `line ${earlier.line}` : (earlier.element ?? "earlier");
  return {
    ...origin,
    field: "id",
    message: `${kind} id "${id}" also appears at ${where}; the last one wins`,
  };
}

/** Why an id such as "constructor" or "__proto__" is refused. */
export function reservedIdMessage(id: string): string {
  return `node id "${id}" is a reserved name (a JavaScript object property); rename the node`;
}
