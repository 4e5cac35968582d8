// Makes a Neo4jStore on the test database (neo4jTestConfig) and waits until it is connected.
import {
  createNeo4jStore,
  type CreateNeo4jStoreOptions,
} from "../../server/store/neo4j/create-neo4j-store.js";
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { neo4jTestConfig } from "./neo4j.js";

/** A connected store on the test database. Call inside `describeNeo4j` blocks only; the caller closes it. */
export async function connectedTestStore(options: CreateNeo4jStoreOptions = {}): Promise<Neo4jStore> {
  const store = createNeo4jStore(neo4jTestConfig(), options);
  await store.waitUntilReady(60_000);
  return store;
}
