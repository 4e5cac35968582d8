// name: paths-between
// description: Every simple path of up to 4 relationships between two entities, in either direction,
// shortest first. The default asks how Japan is connected to TSMC.
// params: from (string) — id of one end [default: "japan"]
// params: to (string) — id of the other end [default: "tsmc"]
//
// Cypher cannot take a hop bound as a parameter, so 4 is written into the pattern.
MATCH p = (a:Entity {id: $from})-[*1..4]-(b:Entity {id: $to})
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS via, [r IN relationships(p) | type(r)] AS relationships, p AS path
ORDER BY hops, via
LIMIT 200
