// name: money-by-currency
// description: Every sum in the graph grouped by its currency: how many, their total in that currency and
// in US dollars (at the rates the articles used), and which sums they are.
//
// Free-form properties live in propertiesJson (see who-funds-whom.cypher for the split() idiom).
MATCH (sum:Funding)
WITH sum, sum.propertiesJson AS json
WITH sum,
     split(split(json, '"currency":"')[1], '"')[0] AS currency,
     toFloat(split(split(split(json, '"amount":')[1], ',')[0], '}')[0]) AS amount,
     toFloat(split(split(split(json, '"amountUsd":')[1], ',')[0], '}')[0]) AS amountUsd
RETURN currency, count(sum) AS sums, sum(amount) AS total, sum(amountUsd) AS totalUsd,
       collect(sum.name) AS names, collect(sum) AS nodes
ORDER BY totalUsd DESC
