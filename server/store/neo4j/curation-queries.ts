// The Cypher of curation writes and the audit log: removals by id and :AuditEntry nodes. Fixed text, parameters only.

/** Params: ids. Every relationship between entities with one of these ids, whatever its type. */
export const REMOVE_EDGES = `
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id IN $ids
DELETE r
RETURN count(r) AS removed`;

/** Params: ids. Removes the entities and their relationships, counting both. */
export const REMOVE_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[r]-()
WITH n, count(DISTINCT r) AS rels
DETACH DELETE n
RETURN count(n) AS nodes, coalesce(sum(rels), 0) AS rels`;

/** Params: entry {id, at, actor, action, summary, entityIds, beforeJson, afterJson}. */
export const CREATE_AUDIT_ENTRY = `CREATE (a:AuditEntry) SET a = $entry`;

/** Params: entity (string or null), limit (Integer). Newest first; ids begin with the timestamp. */
export const READ_AUDIT = `
MATCH (a:AuditEntry)
WHERE $entity IS NULL OR $entity IN a.entityIds
RETURN a
ORDER BY a.at DESC, a.id DESC
LIMIT $limit`;
