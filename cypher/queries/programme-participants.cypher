// name: programme-participants
// description: Who takes part in a research programme: the institutions and countries that participate,
// the facilities that are part of it, and the money that funds it.
// params: programme (string) — id of the Programme [default: "us-japan-2nm-research"]
MATCH link = (member:Entity)-[r:PARTICIPATES_IN|PART_OF|FUNDS]->(programme:Programme {id: $programme})
RETURN member.name AS member, member.type AS type, type(r) AS role, member:Institution AS isInstitution, link
ORDER BY isInstitution DESC, type, member
