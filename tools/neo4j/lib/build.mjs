// Checks Java and Maven, then compiles LocalNeo4j and resolves its classpath once (cached in target/).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CLASSPATH_FILE, TARGET_DIR, TOOL_DIR } from "./paths.mjs";

const INSTALL_HINT =
  "Install Java 17+ and Maven 3.8+, e.g. on Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless maven " +
  "(macOS: brew install openjdk@17 maven). Or use Docker instead: docker compose up neo4j";
const CLASS_FILE = path.join(TARGET_DIR, "classes", "dev", "chipgraph", "neo4j", "LocalNeo4j.class");
const SOURCES = [
  path.join(TOOL_DIR, "pom.xml"),
  path.join(TOOL_DIR, "src", "main", "java", "dev", "chipgraph", "neo4j", "LocalNeo4j.java"),
];

export class PrerequisiteError extends Error {}

/** Throws PrerequisiteError unless `java` is version 17 or newer. */
export function checkJava() {
  const out = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (out.error || out.status !== 0)
    throw new PrerequisiteError(`java was not found on PATH. ${INSTALL_HINT}`);
  // `java -version` prints to stderr: openjdk version "17.0.15" / "21" / "1.8.0_392".
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17)
    throw new PrerequisiteError(`Java ${major || "?"} found, Neo4j 5.26 needs 17 or newer. ${INSTALL_HINT}`);
  return major;
}

function checkMaven() {
  const out = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (out.error || out.status !== 0)
    throw new PrerequisiteError(`mvn was not found on PATH. ${INSTALL_HINT}`);
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** The cached classpath, or null when the build is missing, stale, or ~/.m2 was emptied since. */
function cachedClasspath() {
  const built = Math.min(mtime(CLASS_FILE), mtime(CLASSPATH_FILE));
  if (built < 0 || SOURCES.some((src) => mtime(src) > built)) return null;
  const jars = fs.readFileSync(CLASSPATH_FILE, "utf8").trim();
  if (!jars || jars.split(path.delimiter).some((jar) => !fs.existsSync(jar))) return null;
  return jars;
}

// Two launchers (ports 7687 and 7688) may start at once; only one may run Maven in target/.
function withBuildLock(fn) {
  const lock = path.join(TARGET_DIR, ".build-lock");
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - mtime(lock) > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${lock}; remove it if no build is running`);
      else spawnSync("sleep", ["1"]);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Returns the Java classpath for LocalNeo4j, building with Maven only when needed. */
export function ensureBuilt({ log = console.log } = {}) {
  const cached = cachedClasspath();
  if (cached) return `${path.join(TARGET_DIR, "classes")}${path.delimiter}${cached}`;
  checkMaven();
  return withBuildLock(() => {
    const again = cachedClasspath(); // another launcher may have just built it
    if (!again) {
      log(
        "Building tools/neo4j with Maven (the first run downloads ~160 MB into ~/.m2; later starts skip this)…",
      );
      const started = Date.now();
      const mvn = spawnSync(
        "mvn",
        [
          "-q",
          "-B",
          "-Dstyle.color=never",
          "compile",
          "dependency:build-classpath",
          `-Dmdep.outputFile=${CLASSPATH_FILE}`,
        ],
        { cwd: TOOL_DIR, stdio: "inherit" },
      );
      if (mvn.status !== 0) throw new Error(`Maven build failed (exit ${mvn.status}); see the output above`);
      // Maven leaves unchanged outputs untouched; mark them fresh so the next start skips Maven.
      const now = new Date();
      for (const file of [CLASS_FILE, CLASSPATH_FILE]) if (fs.existsSync(file)) fs.utimesSync(file, now, now);
      log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const jars = cachedClasspath();
    if (!jars) throw new Error(`Maven finished but ${CLASSPATH_FILE} is missing or incomplete`);
    return `${path.join(TARGET_DIR, "classes")}${path.delimiter}${jars}`;
  });
}
