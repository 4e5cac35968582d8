// The embedded store's snapshot files: columnar, checksummed, written atomically (temp file, fsync, rename, fsync dir), previous kept.
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { link, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { AuditEntry } from "../../domain/audit.js";
import type { GraphExport } from "../../domain/model.js";
import { toColumns, toExport, type SnapshotColumns } from "./snapshot-columns.js";

/** What a snapshot holds: everything the memory store knows. */
export interface SnapshotState {
  graph: GraphExport;
  audit: AuditEntry[];
}

/**
 * A snapshot as read. Format 2 files also carry the `columns` the store restores from in bulk, without
 * re-validating (the data was valid when the store wrote it, and the checksum says it is unchanged);
 * `graph` is then built from them on first use (tests, tools), as a copy. Format 1 files (whole JSON
 * objects) have no columns: the store validates and loads them item by item, as before, and its next
 * snapshot is written in format 2 — an upgrade that needs no step from the operator.
 */
export interface ReadSnapshot extends SnapshotState {
  columns?: SnapshotColumns;
}

export const SNAPSHOT_FILE = "snapshot.json";
export const PREVIOUS_FILE = "snapshot.prev.json";
const TEMP_FILE = "snapshot.json.tmp";
const FORMAT = "chipgraph-snapshot/2";
/** Still read (slowly, validated), never written. */
const FORMAT_1 = "chipgraph-snapshot/1";

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
  const body = Buffer.from(JSON.stringify({ columns: toColumns(state.graph), audit: state.audit }));
  const header = JSON.stringify({ format: FORMAT, sha256: sha256(body), bytes: body.length });
  const temp = path.join(dir, TEMP_FILE);
  const file = await open(temp, "w");
  try {
    await file.writev([Buffer.from(`${header}\n`), body]);
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
export async function readSnapshot(dir: string): Promise<{ state: ReadSnapshot; fellBack: boolean } | null> {
  const problems: string[] = [];
  let sawAny = false;
  for (const [name, fellBack] of [
    [SNAPSHOT_FILE, false],
    [PREVIOUS_FILE, true],
  ] as const) {
    const content = await readFile(path.join(dir, name)).catch((error: NodeJS.ErrnoException) =>
      error.code === "ENOENT" ? null : Promise.reject(error),
    );
    if (content === null) continue;
    sawAny = true;
    const state = decode(content);
    if (typeof state === "string") problems.push(`${name}: ${state}`);
    else return { state, fellBack };
  }
  if (sawAny) throw new SnapshotError(`no valid snapshot in ${dir}: ${problems.join("; ")}`);
  return null;
}

/** The state, or a string saying why the file's content is not a valid snapshot. */
export function decode(content: string | Buffer): ReadSnapshot | string {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const newline = bytes.indexOf(10);
  if (newline < 0) return "no header line";
  let header: { format?: unknown; sha256?: unknown; bytes?: unknown };
  try {
    header = JSON.parse(bytes.toString("utf8", 0, newline)) as typeof header;
  } catch {
    return "the header is not JSON";
  }
  if (header.format !== FORMAT && header.format !== FORMAT_1)
    return `unknown format ${JSON.stringify(header.format)}`;
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bytes) return "truncated (length differs from the header)";
  if (sha256(body) !== header.sha256) return "checksum mismatch";
  let parsed: Partial<SnapshotState> & { columns?: SnapshotColumns };
  try {
    parsed = JSON.parse(body.toString("utf8")) as typeof parsed;
  } catch {
    return "the body is not JSON";
  }
  if (!Array.isArray(parsed.audit)) return "missing audit";
  if (header.format === FORMAT_1) return parsed.graph ? (parsed as SnapshotState) : "missing graph";
  const { columns, audit } = parsed;
  if (!columns?.nodes || !columns.edges) return "missing columns";
  let graph: GraphExport | undefined;
  return {
    columns,
    audit,
    get graph() {
      // A copy: the store takes the columns' objects as its own when it restores from them.
      return (graph ??= toExport(structuredClone(columns)));
    },
  };
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
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
