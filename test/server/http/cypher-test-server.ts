// Test support for the console: a seeded Neo4j store behind the real app, with console limits chosen per suite.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { createApp } from "../../../server/app.js";
import type { Config } from "../../../server/config.js";
import { silentLogger } from "../../../server/logger.js";
import type { Neo4jStore } from "../../../server/store/neo4j/neo4j-store.js";
import { loadSeed } from "../../../seed/load-seed.js";
import type { ApiResponse } from "../../helpers/http.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";
import { neo4jTestConfig } from "../../helpers/neo4j.js";

export type ConsoleConfig = Partial<
  Pick<Config, "API_TOKEN" | "CYPHER_MAX_ROWS" | "CYPHER_MAX_QUERY_LENGTH" | "CYPHER_MAX_CONCURRENT">
>;

export interface ConsoleServer {
  store: Neo4jStore;
  /** A separate driver for checks that must not go through the console (counts). */
  admin: Driver;
  post(pathname: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  get(pathname: string): Promise<ApiResponse>;
  close(): Promise<void>;
}

/** The seeded Neo4j store (cleared and reloaded) behind createApp on 127.0.0.1:0. */
export async function startConsoleServer(
  config: ConsoleConfig = {},
  timeoutMs = 3_000,
): Promise<ConsoleServer> {
  const store = await connectedTestStore({ queryTimeoutMs: timeoutMs });
  await store.clear();
  await store.load(await loadSeed());
  const cfg = neo4jTestConfig();
  const admin = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  const clientDir = path.join(os.tmpdir(), "chipgraph-no-client-here");
  const app = createApp({
    store,
    config: { CLIENT_DIR: clientDir, ...config } as Config,
    logger: silentLogger,
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = async (pathname: string, init?: RequestInit): Promise<ApiResponse> => {
    const res = await fetch(base + pathname, init);
    const text = await res.text();
    const isJson = res.headers.get("content-type")?.includes("application/json");
    return { status: res.status, headers: res.headers, body: isJson ? JSON.parse(text) : undefined, text };
  };
  return {
    store,
    admin,
    post: (pathname, body, headers = {}) =>
      send(pathname, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    get: (pathname) => send(pathname),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await admin.close();
      await store.close();
    },
  };
}

export interface DbCounts {
  nodes: number;
  relationships: number;
  labels: number;
  propertyKeys: number;
  relationshipTypes: number;
  indexes: number;
}

/** Everything a write, a schema change or a token creation would move. */
export async function dbCounts(admin: Driver): Promise<DbCounts> {
  const one = async (q: string) =>
    (await admin.executeQuery(q, {}, { routing: neo4j.routing.READ })).records[0]!.get(0).toNumber();
  return {
    nodes: await one("MATCH (n) RETURN count(n)"),
    relationships: await one("MATCH ()-[r]->() RETURN count(r)"),
    labels: await one("CALL db.labels() YIELD label RETURN count(label)"),
    propertyKeys: await one("CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey)"),
    relationshipTypes: await one(
      "CALL db.relationshipTypes() YIELD relationshipType RETURN count(relationshipType)",
    ),
    indexes: await one("SHOW INDEXES YIELD name RETURN count(name)"),
  };
}
