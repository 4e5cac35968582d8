// name: money-by-currency
// description: Every sum in the graph grouped by its currency: how many, their total in that currency and
// in US dollars (at the rates the articles used), and which sums they are.
//
// currency, amount and amountUsd are native properties of the Funding node (server/store/neo4j/rows.ts).
MATCH (sum:Funding)
WITH sum, sum.currency AS currency, sum.amount AS amount, sum.amountUsd AS amountUsd
RETURN currency, count(sum) AS sums, sum(amount) AS total, sum(amountUsd) AS totalUsd,
       collect(sum.name) AS names, collect(sum) AS nodes
ORDER BY totalUsd DESC
