// name: who-funds-whom
// description: Every money flow: who pledges which sum, what it funds, which institutions it is channelled
// through, and how much, in its own currency and in US dollars (largest first).
// params: minUsd (number) — only sums worth at least this many US dollars [default: 0]
//
// Free-form properties (amount, currency, amountUsd) are stored as JSON in propertiesJson (see
// server/store/neo4j/rows.ts); the split() chains read one flat key out of it without APOC.
MATCH flow = (funder:Entity)-[:PLEDGES]->(sum:Funding)-[:FUNDS]->(recipient:Entity)
WITH flow, funder, sum, recipient, sum.propertiesJson AS json
WITH flow, funder, sum, recipient,
     toFloat(split(split(split(json, '"amount":')[1], ',')[0], '}')[0]) AS amount,
     split(split(json, '"currency":"')[1], '"')[0] AS currency,
     toFloat(split(split(split(json, '"amountUsd":')[1], ',')[0], '}')[0]) AS amountUsd
WHERE amountUsd >= $minUsd
OPTIONAL MATCH (sum)-[:CHANNELS_THROUGH]->(via:Entity)
RETURN funder.name AS funder, sum.name AS sum, recipient.name AS recipient, amount, currency, amountUsd,
       collect(via.name) AS channelledThrough, flow
ORDER BY amountUsd DESC, funder, recipient
