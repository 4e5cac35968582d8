// Cypher of the loader's fresh-load path: plain CREATE from one UNWIND per batch and type, no read first.
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import { label, relType } from "./queries.js";
import { EDGE_COLUMNS, NODE_COLUMNS } from "./rows.js";

/**
 * Params: none. Whether the database holds any of our nodes; count-store backed (no scan).
 * An empty database lets the loader skip classifying (nothing can be updated or unchanged);
 * `entities` tells it whether re-populating the search indexes after the load would pay (search-indexes.ts).
 */
export const OUR_NODE_COUNT = `
CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities + sources AS count, entities`;

/** `{id: row[0], type: row[1], …}`: a column map as a Cypher map literal of `row` (names and positions are ours). */
function columns(map: Record<string, number>, skip: string[]): string {
  return Object.entries(map)
    .filter(([key]) => !skip.includes(key))
    .map(([key, index]) => `${key}: row[${index}]`)
    .join(", ");
}

const NODE_PROPERTIES = columns(NODE_COLUMNS, ["native"]);
const EDGE_PROPERTIES = columns(EDGE_COLUMNS, ["source", "target", "native"]);

/**
 * Params: rows (rows.ts NodeCreateRow lists). Creates nodes of one type with every stored property, then their
 * native copies. The entity_id uniqueness constraint makes a row whose id already exists fail the whole
 * statement (ConstraintValidationFailed), never duplicate it.
 */
export function createNodes(type: NodeType): string {
  const own = label(type);
  return `
UNWIND $rows AS row
CREATE (n:Entity:${own} {${NODE_PROPERTIES}})
SET n += row[${NODE_COLUMNS.native}]`;
}

/**
 * Params: rows (rows.ts EdgeCreateRow lists). Creates edges of one type between existing ends (validated
 * before the load). The per-type id constraint rejects an id already used by this type.
 */
export function createEdges(type: RelType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row[${EDGE_COLUMNS.source}]})
MATCH (b:Entity {id: row[${EDGE_COLUMNS.target}]})
CREATE (a)-[r:${relType(type)} {${EDGE_PROPERTIES}}]->(b)
SET r += row[${EDGE_COLUMNS.native}]`;
}

/** Params: rows (maps with id). */
export const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (s:Source)
SET s = row`;
