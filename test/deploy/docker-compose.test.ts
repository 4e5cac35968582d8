// Checks the wiring of docker-compose.yml and the Dockerfile without a Docker engine: names, ports, auth, health.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { argsOf, parseDockerfile, type Stage } from "./dockerfile-parser.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number> | string[];
  ports?: (string | number | { target: number })[];
  volumes?: (string | { source?: string; target: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

const compose = parse(read("docker-compose.yml")) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const neo4j = compose.services.neo4j ?? {};
const app = compose.services.app ?? {};

/** Compose accepts both `KEY: value` maps and `KEY=value` lists; tests read either. */
function env(service: Service): Record<string, string> {
  const raw = service.environment ?? {};
  if (Array.isArray(raw))
    return Object.fromEntries(raw.map((kv) => [kv.split("=")[0], kv.split("=").slice(1).join("=")]));
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
}

/** Container-side ports: "127.0.0.1:7687:7687" → 7687. */
function containerPorts(service: Service): number[] {
  return (service.ports ?? []).map((p) =>
    typeof p === "object" ? p.target : Number(String(p).split(":").at(-1)),
  );
}

/** `${NEO4J_PASSWORD:-default}` → "default" (undefined when the form differs). */
function passwordDefault(value: string | undefined): string | undefined {
  return /\$\{NEO4J_PASSWORD:-([^}]+)\}/.exec(value ?? "")?.[1];
}

describe("docker-compose.yml", () => {
  it("defines exactly the neo4j and app services", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "neo4j"]);
  });

  it("runs the neo4j:5.26-community image", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
  });

  it("publishes Neo4j's HTTP and Bolt ports", () => {
    expect(containerPorts(neo4j)).toEqual(expect.arrayContaining([7474, 7687]));
  });

  it("keeps Neo4j's data in a declared named volume", () => {
    const data = (neo4j.volumes ?? [])
      .map((v) => (typeof v === "string" ? { source: v.split(":")[0], target: v.split(":")[1] } : v))
      .find((v) => v.target === "/data");
    expect(data?.source).toMatch(/^[a-z][\w-]*$/); // a name, not a ./host/path
    expect(Object.keys(compose.volumes ?? {})).toContain(data?.source);
  });

  it("takes the Neo4j password from the environment with an 8+ character default", () => {
    const auth = env(neo4j).NEO4J_AUTH;
    expect(auth).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-[^}]+\}$/);
    expect(passwordDefault(auth)?.length).toBeGreaterThanOrEqual(8);
  });

  it("health-checks Neo4j by running a query", () => {
    const test = [neo4j.healthcheck?.test ?? []].flat().join(" ");
    expect(test).toContain("cypher-shell");
    expect(test).toContain("RETURN 1");
  });

  it("points the app at the neo4j service's Bolt port with the same password", () => {
    const appEnv = env(app);
    const uri = new URL(appEnv.NEO4J_URI ?? "");
    expect(uri.protocol).toBe("bolt:");
    expect(Object.keys(compose.services)).toContain(uri.hostname);
    expect(uri.hostname).toBe("neo4j");
    expect(uri.port).toBe("7687");
    expect(appEnv.NEO4J_USER).toBe("neo4j");
    expect(passwordDefault(appEnv.NEO4J_PASSWORD)).toBe(passwordDefault(env(neo4j).NEO4J_AUTH));
  });

  it("starts the app only once Neo4j is healthy", () => {
    const dependsOn = app.depends_on;
    expect(Array.isArray(dependsOn)).toBe(false);
    expect((dependsOn as Record<string, { condition?: string }>).neo4j?.condition).toBe("service_healthy");
  });

  it("builds the app from the repository's Dockerfile and serves it on 0.0.0.0:3000", () => {
    const build = typeof app.build === "string" ? { context: app.build } : (app.build ?? {});
    expect(build.context).toBe(".");
    expect(fs.existsSync(path.join(ROOT, build.dockerfile ?? "Dockerfile"))).toBe(true);
    expect(containerPorts(app)).toContain(3000);
    expect(env(app).HOST).toBe("0.0.0.0");
    expect(env(app).PORT).toBe("3000");
  });
});

describe("Dockerfile", () => {
  const stages = parseDockerfile(read("Dockerfile"));
  const runtime = stages.at(-1) as Stage;
  const cmd = argsOf(runtime, "CMD").join(" ");

  it("has a build stage and a separate runtime stage on Node 20", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:20[\w.-]*$/);
    const build = stages[0] as Stage;
    expect(argsOf(build, "RUN")).toEqual(expect.arrayContaining([expect.stringContaining("npm run build")]));
    expect(argsOf(runtime, "COPY")).toContainEqual(
      expect.stringMatching(new RegExp(`^--from=${build.name} \\S*dist`)),
    );
  });

  it("installs only production dependencies in the runtime stage", () => {
    expect(argsOf(runtime, "RUN").join(" ")).toMatch(/npm ci --omit=dev/);
  });

  it("runs as a non-root user", () => {
    const user = argsOf(runtime, "USER").at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it("copies seed/ and cypher/, which the server reads at run time", () => {
    const copies = argsOf(runtime, "COPY");
    expect(copies).toContainEqual(expect.stringMatching(/^seed\/? \S*seed/));
    expect(copies).toContainEqual(expect.stringMatching(/^cypher\/? \S*cypher/));
  });

  it("seeds an empty database, then runs the same entry point as `npm start`", () => {
    const start = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.start;
    const mainJs = /node (\S+)/.exec(start ?? "")?.[1];
    expect(mainJs).toBe("dist/server/main.js");
    expect(cmd).toContain(`node ${mainJs}`);
    expect(cmd).toMatch(/node dist\/server\/cli\/seed\.js --if-empty.*&& exec node dist\/server\/main\.js/);
  });

  it("exposes port 3000 and health-checks /api/health", () => {
    expect(argsOf(runtime, "EXPOSE")).toContain("3000");
    expect(argsOf(runtime, "HEALTHCHECK").join(" ")).toContain("/api/health");
  });
});

describe(".dockerignore", () => {
  it("keeps local state and installed modules out of the build context", () => {
    const ignored = read(".dockerignore")
      .split(/\r?\n/)
      .map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(["node_modules", "dist", ".neo4j", ".git", ".env"]));
  });
});
