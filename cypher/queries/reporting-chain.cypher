// name: reporting-chain
// description: The reporting chain behind what the graph says about an entity: which outlet published
// which article, whom that article cites, and who reported on the entity.
// params: entity (string) — id of the entity the claim is about [default: "jpy-450bn-advanced-chip-production"]
MATCH chain = (outlet:Outlet)-[:PUBLISHES]->(article:Article)-[:CITES*0..1]->(reporter:Entity)-[:REPORTS_ON]->(about:Entity {id: $entity})
RETURN outlet.name AS publishedBy, article.name AS article,
       CASE WHEN reporter = article THEN null ELSE reporter.name END AS citing, about.name AS about, chain
ORDER BY publishedBy, article
