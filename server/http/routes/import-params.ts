// Options of POST /api/import from the query string or the form fields: dryRun, format, batchSize and the mapping.
import { InvalidArgumentError } from "../../domain/errors.js";
import { IMPORT_FORMATS, type ImportFormat, type ImportMapping } from "../../domain/import/import-types.js";
import type { Upload } from "./import-upload.js";

export interface ImportParams {
  dryRun: boolean;
  format: ImportFormat;
  mapping: ImportMapping;
  /** Records per write batch; the import's default (5,000) when absent. */
  batchSize?: number;
}

/** The largest batch an import may ask for: one write transaction (Neo4j) or one turn of the event loop (memory). */
export const IMPORT_MAX_BATCH_SIZE = 50_000;

const BY_EXTENSION: Record<string, ImportFormat> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  csv: "csv",
};

/** Query parameters win over form fields of the same name. Every failure names the parameter. */
export function parseImportParams(query: Record<string, unknown>, upload: Upload): ImportParams {
  const get = (name: string): string | undefined => {
    const value = query[name] ?? upload.fields[name];
    if (value === undefined || value === "") return undefined;
    if (typeof value !== "string")
      throw new InvalidArgumentError(`${name}: must be given once, as a plain value`, { parameter: name });
    return value.trim();
  };
  const dry = get("dryRun") ?? "false";
  if (dry !== "true" && dry !== "false")
    throw new InvalidArgumentError(`dryRun: must be true or false, got ${JSON.stringify(dry)}`, {
      parameter: "dryRun",
    });
  const format = get("format") ?? inferFormat(upload);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format ?? ""))
    throw new InvalidArgumentError(
      format
        ? `format: must be one of ${IMPORT_FORMATS.join(", ")}, got ${JSON.stringify(format)}`
        : `format: could not tell the format from the upload; give format=${IMPORT_FORMATS.join("|")}`,
      { parameter: "format" },
    );
  const mapping: ImportMapping = {};
  for (const key of ["typeAttr", "nameAttr", "edgeTypeAttr", "idPrefix"] as const) {
    const value = get(key);
    if (value !== undefined) {
      if (value.length > 200)
        throw new InvalidArgumentError(`${key}: must be at most 200 characters`, { parameter: key });
      mapping[key] = value;
    }
  }
  const batch = get("batchSize");
  let batchSize: number | undefined;
  if (batch !== undefined) {
    batchSize = /^[0-9]{1,6}$/.test(batch) ? Number(batch) : NaN;
    if (!(batchSize >= 1 && batchSize <= IMPORT_MAX_BATCH_SIZE))
      throw new InvalidArgumentError(
        `batchSize: must be an integer from 1 to ${IMPORT_MAX_BATCH_SIZE}, got ${JSON.stringify(batch)}`,
        { parameter: "batchSize" },
      );
  }
  return { dryRun: dry === "true", format: format as ImportFormat, mapping, batchSize };
}

function inferFormat(upload: Upload): string | undefined {
  if (upload.files.nodes || upload.files.relationships) return "csv";
  if (upload.impliedFormat) return upload.impliedFormat;
  const name = upload.files.file?.name ?? "";
  return BY_EXTENSION[name.slice(name.lastIndexOf(".") + 1).toLowerCase()];
}
