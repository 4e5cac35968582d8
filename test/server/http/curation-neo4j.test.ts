// The curation API (edit, merge, duplicates, audit) on Neo4j: edits and their audit entries in one transaction.
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";
import { describeCurationApi } from "./curation-api.js";

describeNeo4j("curation on Neo4j", () => {
  describeCurationApi("neo4j", () => connectedTestStore());
});
