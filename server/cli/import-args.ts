// Parses `npm run import` flags: a file (or --nodes/--relationships), --dry-run, --format, the mapping, --server.
import { IMPORT_FORMATS, type ImportFormat, type ImportMapping } from "../domain/import/import-types.js";

export interface ImportArgs {
  file?: string;
  nodes?: string;
  relationships?: string;
  format?: ImportFormat;
  dryRun: boolean;
  mapping: ImportMapping;
  /** Where a running explorer listens, when NEO4J_URI is not set (the embedded store lives in that process). */
  server: string;
  batchSize?: number;
  help: boolean;
}

export const IMPORT_USAGE = `Usage: npm run import -- FILE [--dry-run] [--format json|csv|gexf|graphml] [mapping]
       npm run import -- --nodes NODES.csv [--relationships RELS.csv] [--dry-run]

Imports a graph file (docs/import.md). With NEO4J_URI set it writes to that Neo4j directly; otherwise it sends
the file to a running explorer at --server (the embedded store lives in the server's process).
  --dry-run              check everything and report what would change; write nothing
  --format F             json, csv, gexf or graphml (default: from the file's extension)
  --nodes F, --relationships F   the two CSV files
  --type-attr A          the node attribute holding the entity type (default: every node is an Entity)
  --name-attr A          the node attribute holding the name (default: label)
  --edge-type-attr A     the edge attribute holding the relationship type (default: type)
  --id-prefix P          prepended to every id (two files numbered from 0 do not collide)
  --server URL           the explorer to send to without NEO4J_URI (default http://127.0.0.1:3000;
                         API_TOKEN from the environment is sent as the bearer token)
  --batch-size N         records per write batch (default 5000; at most 50000 through --server)
Ctrl-C stops the import after the batches being written and prints what was written; a second Ctrl-C quits.
Exit code: 0 when imported (or the dry run found nothing wrong), 1 when any record is refused or the import was
stopped, 2 on bad usage.`;

export class ImportArgsError extends Error {}

const VALUED: Record<string, keyof ImportArgs | keyof ImportMapping> = {
  "--format": "format",
  "--nodes": "nodes",
  "--relationships": "relationships",
  "--type-attr": "typeAttr",
  "--name-attr": "nameAttr",
  "--edge-type-attr": "edgeTypeAttr",
  "--id-prefix": "idPrefix",
  "--server": "server",
  "--batch-size": "batchSize",
};
const MAPPING_KEYS = new Set(["typeAttr", "nameAttr", "edgeTypeAttr", "idPrefix"]);

/** @throws ImportArgsError naming the bad flag. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const args: ImportArgs = { dryRun: false, mapping: {}, server: "http://127.0.0.1:3000", help: false };
  const out = args as unknown as Record<string, unknown>;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === "--dry-run") args.dryRun = true;
    else if (name === "--help" || name === "-h") args.help = true;
    else if (VALUED[name]) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new ImportArgsError(`${name} needs a value`);
      const key = VALUED[name]!;
      if (MAPPING_KEYS.has(key)) (args.mapping as Record<string, string>)[key] = value;
      else out[key] = value;
    } else if (flag.startsWith("-")) throw new ImportArgsError(`unknown flag "${flag}"`);
    else if (args.file) throw new ImportArgsError(`one file at a time: got "${args.file}" and "${flag}"`);
    else args.file = flag;
  }
  if (args.help) return args;
  if (args.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(args.format))
    throw new ImportArgsError(`--format must be one of ${IMPORT_FORMATS.join(", ")}, got "${args.format}"`);
  if (args.batchSize !== undefined) {
    const n = Number(args.batchSize);
    if (!Number.isSafeInteger(n) || n < 1)
      throw new ImportArgsError(`--batch-size: "${args.batchSize}" is not a positive integer`);
    args.batchSize = n;
  }
  const csv = args.nodes !== undefined || args.relationships !== undefined;
  if (csv && args.file) throw new ImportArgsError("give either FILE or --nodes/--relationships, not both");
  if (!csv && !args.file)
    throw new ImportArgsError("which file? give FILE, or --nodes and --relationships for CSV");
  if (csv) args.format = "csv";
  else args.format ??= formatOf(args.file!);
  return args;
}

function formatOf(file: string): ImportFormat {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  if ((IMPORT_FORMATS as readonly string[]).includes(ext) && ext !== "csv") return ext as ImportFormat;
  if (ext === "csv") throw new ImportArgsError("a CSV import takes --nodes and/or --relationships");
  throw new ImportArgsError(`cannot tell the format of "${file}" from its extension: give --format`);
}
