// The embedded store's snapshot files: checksummed, written atomically (temp file, fsync, rename, fsync dir), previous kept.
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { link, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { AuditEntry } from "../../domain/audit.js";
import type { GraphExport } from "../../domain/model.js";

/** What a snapshot holds: everything the memory store knows. */
export interface SnapshotState {
  graph: GraphExport;
  audit: AuditEntry[];
}

export const SNAPSHOT_FILE = "snapshot.json";
export const PREVIOUS_FILE = "snapshot.prev.json";
const TEMP_FILE = "snapshot.json.tmp";
const FORMAT = "chipgraph-snapshot/1";

/** Thrown when neither the newest nor the previous snapshot is readable: start-up stops rather than reseed over data. */
export class SnapshotError extends Error {}

/**
 * Write `state` as the newest snapshot in `dir`. The file is `<header line>\n<body>`, the header holding
 * the body's SHA-256 and length. Order: write and fsync a temp file; hard-link the current snapshot as the
 * previous one (so a current file exists at every instant); rename the temp file over the current one
 * (atomic); fsync the directory so the renames survive a power cut.
 */
export async function writeSnapshot(dir: string, state: SnapshotState): Promise<void> {
  await mkdir(dir, { recursive: true });
  const body = JSON.stringify(state);
  const header = JSON.stringify({ format: FORMAT, sha256: sha256(body), bytes: Buffer.byteLength(body) });
  const temp = path.join(dir, TEMP_FILE);
  const file = await open(temp, "w");
  try {
    await file.writeFile(`${header}\n${body}`);
    await file.sync();
  } finally {
    await file.close();
  }
  const current = path.join(dir, SNAPSHOT_FILE);
  const previousNew = path.join(dir, `${PREVIOUS_FILE}.new`);
  await unlink(previousNew).catch(ignoreMissing);
  const hadCurrent = await link(current, previousNew).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? false : Promise.reject(error)),
  );
  if (hadCurrent) await rename(previousNew, path.join(dir, PREVIOUS_FILE));
  await rename(temp, current);
  await syncDirectory(dir);
}

/**
 * The newest valid snapshot in `dir`: the current one, or the previous one when the current is missing or
 * corrupt (`fellBack` says so). null when the directory holds no snapshot at all.
 * @throws SnapshotError when snapshots exist but none passes its checksum.
 */
export async function readSnapshot(dir: string): Promise<{ state: SnapshotState; fellBack: boolean } | null> {
  const problems: string[] = [];
  let sawAny = false;
  for (const [name, fellBack] of [
    [SNAPSHOT_FILE, false],
    [PREVIOUS_FILE, true],
  ] as const) {
    const text = await readFile(path.join(dir, name), "utf8").catch((error: NodeJS.ErrnoException) =>
      error.code === "ENOENT" ? null : Promise.reject(error),
    );
    if (text === null) continue;
    sawAny = true;
    const state = decode(text);
    if (typeof state === "string") problems.push(`${name}: ${state}`);
    else return { state, fellBack };
  }
  if (sawAny) throw new SnapshotError(`no valid snapshot in ${dir}: ${problems.join("; ")}`);
  return null;
}

/** The state, or a string saying why the text is not a valid snapshot. */
export function decode(text: string): SnapshotState | string {
  const newline = text.indexOf("\n");
  if (newline < 0) return "no header line";
  let header: { format?: unknown; sha256?: unknown; bytes?: unknown };
  try {
    header = JSON.parse(text.slice(0, newline)) as typeof header;
  } catch {
    return "the header is not JSON";
  }
  if (header.format !== FORMAT) return `unknown format ${JSON.stringify(header.format)}`;
  const body = text.slice(newline + 1);
  if (Buffer.byteLength(body) !== header.bytes) return "truncated (length differs from the header)";
  if (sha256(body) !== header.sha256) return "checksum mismatch";
  const state = JSON.parse(body) as SnapshotState;
  if (!state.graph || !Array.isArray(state.audit)) return "missing graph or audit";
  return state;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== "ENOENT") throw error;
}
