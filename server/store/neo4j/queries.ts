// Every Cypher statement the Neo4j store runs, named and parameterised; labels and types only from the vocabulary.
import { InvalidArgumentError } from "../../domain/errors.js";
import {
  isNodeType,
  isRelType,
  nodeTypes,
  relTypes,
  type Direction,
  type NodeType,
  type RelType,
} from "../../domain/vocabulary.js";

/*
 * Storage model (see cypher/schema.cypher for the constraints and indexes):
 *   (:Entity:<NodeType> {id, type, name, aliases, searchText, propertiesJson, ...native})
 *   (:Entity)-[:<REL_TYPE> {id, propertiesJson, evidenceJson, ...native}]->(:Entity)
 * `...native`: each free-form property Neo4j can hold, copied beside the lossless JSON (rows.ts).
 *   (:Source {id, title, publisher, published, datePrecision, url?, file?, description?})
 * Labels and relationship types can't be parameters, so the few statements that need one are built
 * by functions that accept only vocabulary values (asserted again here, at the point of interpolation).
 */

export function label(type: NodeType): string {
  if (!isNodeType(type))
    throw new InvalidArgumentError(`neo4j.queries: "${String(type)}" is not a node type`);
  return type;
}

export function relType(type: RelType): string {
  if (!isRelType(type))
    throw new InvalidArgumentError(`neo4j.queries: "${String(type)}" is not a relationship type`);
  return type;
}

// ---- reads ----------------------------------------------------------------------------------

/** Params: none. Count-store backed. */
export const COUNT_ENTITIES = `MATCH (n:Entity) RETURN count(n) AS count`;
/** Params: none. Count-store backed: only edges leaving an Entity are ours. */
export const COUNT_RELATIONSHIPS = `MATCH (:Entity)-[r]->() RETURN count(r) AS count`;

/** Params: id. */
export const GET_NODE = `MATCH (n:Entity {id: $id}) RETURN n`;

/** Params: ids (list). Returns the existing ones; used by the loader and traversals. */
export const GET_NODES = `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n`;

/** Params: ids. Only the ids that exist: the dangling-edge check before a load. */
export const EXISTING_NODE_IDS = `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id`;

/** Params: id. Incident relationships (a self-loop may appear twice: dedupe by the internal key). */
export const DEGREE = `
MATCH (n:Entity {id: $id})
RETURN [(n)-[r]-() | {key: elementId(r), type: type(r)}] AS rels`;

const EXPAND_PATTERN: Record<Direction, string> = {
  out: "(a)-[r]->(b:Entity)",
  in: "(a)<-[r]-(b:Entity)",
  both: "(a)-[r]-(b:Entity)",
};

/** Params: frontier (ids), relTypes (list or null), types (list or null). One BFS hop. */
export function expandFrontier(direction: Direction): string {
  const pattern = EXPAND_PATTERN[direction];
  if (!pattern) throw new InvalidArgumentError(`neo4j.queries: "${String(direction)}" is not a direction`);
  return `
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})
MATCH ${pattern}
WHERE ($relTypes IS NULL OR type(r) IN $relTypes) AND ($types IS NULL OR b.type IN $types)
RETURN DISTINCT b.id AS id`;
}

/** Params: none. */
export const NODE_TYPE_COUNTS = `MATCH (n:Entity) RETURN n.type AS type, count(n) AS count`;
/** Params: none. */
export const REL_TYPE_COUNTS = `MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(r) AS count`;

/** Params: none. */
export const ALL_SOURCES = `MATCH (s:Source) RETURN s`;
/** Params: none. */
export const ALL_NODES = `MATCH (n:Entity) RETURN n`;
/** Params: none. */
export const ALL_EDGES = `MATCH (a:Entity)-[r]->(b:Entity) RETURN r, a.id AS source, b.id AS target`;

// ---- writes (server/store/neo4j/loader.ts) --------------------------------------------------

/**
 * Params: ids. The stored edges with these ids, whatever their type: one branch per vocabulary type
 * so each is an index seek on that type's id constraint, not a scan of every relationship.
 * `replan=skip`: planning 24 branches is slow (~1 s), and a load changes the statistics so much
 * that Neo4j would otherwise replan it batch after batch; the plan (index seeks) never needs to change.
 */
export function existingEdges(types: readonly RelType[] = relTypes()): string {
  // Built per call from the allow-list, so configured extra relationship types are found too.
  return (
    "CYPHER replan=skip\n" +
    types
      .map(
        (type) =>
          `MATCH (a:Entity)-[r:${relType(type)}]->(b:Entity) WHERE r.id IN $ids RETURN r, a.id AS source, b.id AS target`,
      )
      .join("\nUNION ALL\n")
  );
}

/**
 * Params: none. The vocabulary's relationship types that hold at least one relationship: each count comes from
 * the count store (no scan), so this costs about one round trip whatever the graph's size.
 */
export function presentRelTypes(): string {
  return relTypes()
    .map(
      (type) =>
        `MATCH ()-[r:${relType(type)}]->() WITH count(r) AS count WHERE count > 0 RETURN '${relType(type)}' AS type`,
    )
    .join("\nUNION ALL\n");
}

/** Params: ids. */
export const EXISTING_SOURCES = `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s`;

/**
 * Params: rows [{id, props}]. Upserts nodes of one type, replacing properties and the type label.
 * `SET n =` (not `+=`): props is the complete map, so native copies of dropped properties go too.
 */
export function upsertNodes(type: NodeType): string {
  const own = label(type);
  // "Entity" is both every node's base label and a type: never remove it.
  const others = nodeTypes()
    .filter((t) => t !== own && t !== "Entity")
    .join(":");
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:${own}
REMOVE n:${others}`;
}

/** Params: ids. Deletes edges of one type by id (before re-creating an edge whose type or ends changed). */
export function deleteEdges(type: RelType): string {
  return `
UNWIND $ids AS id
MATCH ()-[r:${relType(type)} {id: id}]->()
DELETE r`;
}

/** Params: rows [{id, source, target, props}]. Upserts edges of one type; `SET r =` replaces every property. */
export function upsertEdges(type: RelType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${relType(type)} {id: row.id}]->(b)
SET r = row.props`;
}

/** Params: rows (maps with id). */
export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row`;

/** Params: batch (Integer). Deletes up to `batch` of our nodes; run until it deletes none. */
export const CLEAR_BATCH = `
MATCH (n)
WHERE n:Entity OR n:Source
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted`;
