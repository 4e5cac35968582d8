// Keeps a computed whole-graph layout under DATA_DIR, so a restart on the same graph does not recompute it.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

const DIR = "positions";
const file = (hash: string) => `layout-${hash}.f32`;

/** The x, y array stored for the graph with this structure hash; undefined when none (or unreadable). */
export async function readCachedLayout(
  dataDir: string,
  hash: string,
  nodeCount: number,
): Promise<Float32Array | undefined> {
  try {
    const bytes = await readFile(path.join(dataDir, DIR, file(hash)));
    if (bytes.byteLength !== nodeCount * 2 * 4) return undefined; // not ours, or cut short: recompute
    const xy = new Float32Array(nodeCount * 2);
    new Uint8Array(xy.buffer).set(bytes);
    return xy;
  } catch {
    return undefined;
  }
}

/** Write-temp-then-rename (a crash leaves the old file or the new one, never half of one); older layouts go. */
export async function writeCachedLayout(dataDir: string, hash: string, xy: Float32Array): Promise<void> {
  const dir = path.join(dataDir, DIR);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${file(hash)}.${process.pid}.tmp`);
  await writeFile(temp, new Uint8Array(xy.buffer, xy.byteOffset, xy.byteLength));
  await rename(temp, path.join(dir, file(hash)));
  for (const name of await readdir(dir))
    if (name.startsWith("layout-") && name !== file(hash)) await rm(path.join(dir, name), { force: true });
}
