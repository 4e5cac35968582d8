// Sorts test files into those that may run side by side and the two lanes that run one file at a time (vitest.config.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/*
 * What makes a test file exclusive, read from what it imports, directly or through test-side modules: the one
 * shared Neo4j database (tests clear it), Chromium (heavy), and child processes (servers, CLIs, Neo4j launchers,
 * schemathesis). Reading imports rather than keeping a list means a new Neo4j or browser test lands in the right
 * group without anyone adding it.
 */
const NEO4J_IMPORTS = [/\/helpers\/(neo4j|neo4j-store)\.js$/, /^neo4j-driver$/];
const EXCLUSIVE_IMPORTS = [
  ...NEO4J_IMPORTS,
  /\/helpers\/(browser|schemathesis|xss-session)\.js$/,
  /^playwright-core$/,
  /^(node:)?child_process$/,
];

/** Static imports, re-exports and dynamic `import("…")` with a literal specifier. */
const IMPORT_SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g;

/** Every `*.test.ts` under `dir`, sorted, as paths relative to `root` with forward slashes. */
function testFilesUnder(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return testFilesUnder(root, rel);
      return entry.name.endsWith(".test.ts") ? [rel] : [];
    });
}

/** The file a relative import names: `./x.js` is written for `./x.ts`. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, path.join(base, "index.ts")];
  return candidates.find((file) => file.endsWith(".ts") && existsSync(file));
}

/** True when `file` or a module under `testRoot` that it imports (transitively) imports one of `patterns`. */
function importsAny(file: string, patterns: RegExp[], testRoot: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const specifiers = [...readFileSync(file, "utf8").matchAll(IMPORT_SPECIFIER)].map((match) => match[1]!);
  if (specifiers.some((specifier) => patterns.some((pattern) => pattern.test(specifier)))) return true;
  for (const specifier of specifiers.filter((s) => s.startsWith("."))) {
    const target = resolveImport(file, specifier);
    // Server and client modules are what the tests exercise, not how they share resources: stay inside test/.
    if (target?.startsWith(testRoot + path.sep) && importsAny(target, patterns, testRoot, seen)) return true;
  }
  return false;
}

export interface TestFileGroups {
  /** Files that touch nothing shared: safe to run in parallel workers. */
  parallel: string[];
  /** Files that use the shared Neo4j test database (directly or through the app): one at a time. */
  neo4j: string[];
  /**
   * Files that use Chromium or child processes but not the shared database: one at a time, and free to run
   * beside the Neo4j lane (each starts its own app on port 0; the one that launches a Neo4j uses its own port).
   */
  solo: string[];
}

/** Splits every test file under `<root>/test` into the three groups (paths relative to `root`). */
export function testFileGroups(root: string): TestFileGroups {
  const testRoot = path.join(root, "test");
  const groups: TestFileGroups = { parallel: [], neo4j: [], solo: [] };
  for (const rel of testFilesUnder(root, "test")) {
    const file = path.join(root, rel);
    if (importsAny(file, NEO4J_IMPORTS, testRoot)) groups.neo4j.push(rel);
    else if (importsAny(file, EXCLUSIVE_IMPORTS, testRoot)) groups.solo.push(rel);
    else groups.parallel.push(rel);
  }
  return groups;
}
