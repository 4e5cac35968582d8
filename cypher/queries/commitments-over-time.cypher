// name: commitments-over-time
// description: A country's commitments in date order: what it pledged, signed, joined or took part in,
// dated by the relationship's own date or else by when its first source was published.
// params: country (string) — id of the Country [default: "japan"]
//
// date is a native property of the relationship; evidence is stored only as JSON (evidenceJson, see
// server/store/neo4j/rows.ts), so the first source id is still read out of it with split().
MATCH (c:Country {id: $country})-[r:PLEDGES|PARTY_TO|MEMBER_OF|PARTICIPATES_IN|PARTNERS_WITH]->(what:Entity)
WITH c, r, what, r.date AS statedDate,
     split(split(r.evidenceJson, '"sourceId":"')[1], '"')[0] AS sourceId
OPTIONAL MATCH (source:Source {id: sourceId})
RETURN coalesce(statedDate, source.published) AS `when`, type(r) AS commitment, what.name AS what,
       what.type AS kind, source.title AS reportedIn, r AS relationship, what AS entity
ORDER BY `when`, commitment, what
