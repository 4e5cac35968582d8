// Builds the client once per change of its sources and copies that build for each browser test, instead of one
// Vite build per test file (a dozen builds made up minutes of the CI run).
import { createHash, randomUUID } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import path from "node:path";

/** Every file under `dir` (sorted), for hashing. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    });
}

/** A hash of what the client build reads: client/, the server-side modules it imports, and the lock file. */
export function clientSourceHash(repoRoot: string): string {
  const hash = createHash("sha256");
  const inputs = [
    ...filesUnder(path.join(repoRoot, "client")),
    ...filesUnder(path.join(repoRoot, "server", "domain")),
    path.join(repoRoot, "package-lock.json"),
  ];
  for (const file of inputs) {
    hash.update(path.relative(repoRoot, file));
    hash.update(String(statSync(file).size));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Copy a build of the current client sources into `outDir`, running `build(dir)` only when no build of these
 * sources is cached under node_modules/.cache (written to a temp dir and renamed, so a crash leaves no half build;
 * of two processes building at once, the first rename wins).
 */
export async function cachedClientBuild(
  repoRoot: string,
  outDir: string,
  build: (dir: string) => Promise<void>,
): Promise<void> {
  const cacheRoot = path.join(repoRoot, "node_modules", ".cache", "explorer-client");
  const cached = path.join(cacheRoot, clientSourceHash(repoRoot));
  if (!existsSync(cached)) {
    mkdirSync(cacheRoot, { recursive: true });
    const building = `${cached}.${randomUUID()}.tmp`;
    await build(building);
    try {
      renameSync(building, cached);
    } catch (error) {
      // Another test process (npm test runs two lanes) finished the same build first: theirs is as good, and it
      // may be being copied from right now, so keep it and drop ours.
      if (!existsSync(cached)) throw error;
      rmSync(building, { recursive: true, force: true });
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  cpSync(cached, outDir, { recursive: true });
}
