// name: neighbourhood
// description: Everything one step from an entity, both directions, grouped by relationship type.
// params: id (string) — id of the entity [default: "tsmc"]
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
RETURN type(r) AS relationship, startNode(r) = n AS outgoing, other.name AS neighbour, other.type AS kind, r AS edge, other AS node
ORDER BY relationship, neighbour
