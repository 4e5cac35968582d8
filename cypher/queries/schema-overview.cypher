// name: schema-overview
// description: The labels in the database with how many nodes carry each: a first look at what can be
// queried (uses db.labels(), one of the console's allowed procedures).
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS nodes
}
RETURN label, nodes
ORDER BY nodes DESC, label
