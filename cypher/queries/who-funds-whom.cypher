// name: who-funds-whom
// description: Every money flow: who pledges which sum, what it funds, which institutions it is channelled
// through, and how much, in its own currency and in US dollars (largest first).
// params: minUsd (number) — only sums worth at least this many US dollars [default: 0]
//
// amount, currency and amountUsd are native properties of the Funding node (server/store/neo4j/rows.ts).
MATCH flow = (funder:Entity)-[:PLEDGES]->(sum:Funding)-[:FUNDS]->(recipient:Entity)
WHERE sum.amountUsd >= $minUsd
WITH flow, funder, sum, recipient, sum.amount AS amount, sum.currency AS currency, sum.amountUsd AS amountUsd
OPTIONAL MATCH (sum)-[:CHANNELS_THROUGH]->(via:Entity)
RETURN funder.name AS funder, sum.name AS sum, recipient.name AS recipient, amount, currency, amountUsd,
       collect(via.name) AS channelledThrough, flow
ORDER BY amountUsd DESC, funder, recipient
