// Cypher of the loader's fresh-load path: plain CREATE from one UNWIND per batch and type, no read first.
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import { label, relType } from "./queries.js";

/**
 * Params: none. Whether the database holds any of our nodes; count-store backed (no scan).
 * An empty database lets the loader skip classifying (nothing can be updated or unchanged);
 * `entities` tells it whether re-populating the search indexes after the load would pay (search-indexes.ts).
 */
export const OUR_NODE_COUNT = `
CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities + sources AS count, entities`;

/**
 * Params: rows [{id, props}]. Creates nodes of one type. The entity_id uniqueness constraint makes a
 * row whose id already exists fail the whole statement (ConstraintValidationFailed), never duplicate it.
 */
export function createNodes(type: NodeType): string {
  const own = label(type);
  return `
UNWIND $rows AS row
CREATE (n:Entity:${own})
SET n = row.props`;
}

/**
 * Params: rows [{id, source, target, props}]. Creates edges of one type between existing ends
 * (validated before the load). The per-type id constraint rejects an id already used by this type.
 */
export function createEdges(type: RelType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:${relType(type)}]->(b)
SET r = row.props`;
}

/** Params: rows (maps with id). */
export const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (s:Source)
SET s = row`;
