// Tests for server/config.ts: defaults, and failures that name the bad variable.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, PROJECT_ROOT } from "../../server/config.js";

describe("loadConfig", () => {
  it("uses the defaults when the environment sets nothing", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", LOG_LEVEL: "info", NEO4J_USER: "neo4j" });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.SEED_DIR).toBe(path.join(PROJECT_ROOT, "seed"));
    expect(config.CLIENT_DIR).toBe(path.join(PROJECT_ROOT, "dist", "client"));
  });

  it("finds the project root holding package.json", async () => {
    const { existsSync } = await import("node:fs");
    expect(existsSync(path.join(PROJECT_ROOT, "package.json"))).toBe(true);
  });

  it("reads and coerces the variables that are set", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      NEO4J_URI: "neo4j+s://db.example.com",
      LOG_LEVEL: "debug",
    });
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: "0.0.0.0",
      NEO4J_URI: "neo4j+s://db.example.com",
      LOG_LEVEL: "debug",
    });
  });

  it("treats empty variables as unset", () => {
    const config = loadConfig({ PORT: "", NEO4J_URI: "" });
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it("rejects a PORT that is not a port number, naming PORT", () => {
    for (const bad of ["http", "70000", "-1", "80.5"]) {
      expect(() => loadConfig({ PORT: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ PORT: bad })).toThrow(/PORT:/);
    }
  });

  it("rejects a NEO4J_URI that is not bolt:// or neo4j://, naming NEO4J_URI", () => {
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(
      /NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\//,
    );
  });

  it("reads CORS_ORIGINS as a comma list of origins and rejects anything else, naming CORS_ORIGINS", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://b.example:8080/" }).CORS_ORIGINS).toBe(
      "https://a.example, http://b.example:8080/",
    );
    expect(loadConfig({}).CORS_ORIGINS).toBeUndefined();
    for (const bad of ["*", "a.example", "https://a.example/path", "ftp://a.example"])
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(
        /CORS_ORIGINS: must be a comma list of origins/,
      );
  });

  it("has generous rate limits by default, tighter for the Cypher console and for imports and PDFs", () => {
    expect(loadConfig({})).toMatchObject({
      RATE_LIMIT_PER_MINUTE: 600,
      RATE_LIMIT_CYPHER_PER_MINUTE: 60,
      RATE_LIMIT_HEAVY_PER_MINUTE: 10,
    });
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/RATE_LIMIT_PER_MINUTE:/);
  });

  it("lists every bad variable at once", () => {
    const attempt = () => loadConfig({ PORT: "x", LOG_LEVEL: "loud", API_TOKEN: "short" });
    expect(attempt).toThrow(/^\s*PORT:/m);
    expect(attempt).toThrow(/^\s*LOG_LEVEL:/m);
    expect(attempt).toThrow(/^\s*API_TOKEN: must be at least 16 characters/m);
  });
});
