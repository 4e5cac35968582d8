// Where one launcher instance keeps its files: everything for a port lives under .neo4j/<port>/.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TOOL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = path.resolve(TOOL_DIR, "..", "..");
export const TARGET_DIR = path.join(TOOL_DIR, "target");
export const CLASSPATH_FILE = path.join(TARGET_DIR, "classpath.txt");
export const MAIN_CLASS = "dev.chipgraph.neo4j.LocalNeo4j";

/** Reads the launcher's settings from the environment, with the same defaults as server/config.ts. */
export function settings(env = process.env) {
  const port = Number(env.NEO4J_BOLT_PORT || 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_BOLT_PORT must be a TCP port, got "${env.NEO4J_BOLT_PORT}"`);
  }
  const password = env.NEO4J_PASSWORD || "explorer-local-dev";
  if (password.length < 8) throw new Error("NEO4J_PASSWORD must be at least 8 characters (a Neo4j rule)");
  const home = path.join(REPO_ROOT, ".neo4j", String(port));
  return {
    port,
    password,
    user: "neo4j",
    heap: env.NEO4J_HEAP || "1g",
    pageCache: env.NEO4J_PAGECACHE || "512m",
    uri: `bolt://127.0.0.1:${port}`,
    home,
    pidFile: path.join(home, "neo4j.pid"),
    consoleLog: path.join(home, "logs", "console.log"),
  };
}
