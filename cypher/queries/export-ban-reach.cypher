// name: export-ban-reach
// description: What an export control touches: whom it restricts or affects directly, then the knock-on
// ties of each (who stopped supplying them, where they are, who was pressed to join the ban).
// params: policy (string) — id of the Policy [default: "us-china-chip-export-controls"]
MATCH hit = (ban:Policy {id: $policy})-[:RESTRICTS|AFFECTS]->(touched:Entity)
OPTIONAL MATCH knockOn = (touched)-[:HALTED_SUPPLY_TO|LOCATED_IN|MANUFACTURES_FOR]-(other:Entity)
WHERE other <> ban
RETURN touched.name AS touched, touched.type AS type, type(relationships(hit)[0]) AS how,
       collect(DISTINCT other.name) AS knockOnEntities, hit, collect(knockOn) AS knockOnPaths
ORDER BY how DESC, touched
