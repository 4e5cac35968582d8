// Reads the seed directory (sources.yaml, entities.yaml, relationships.yaml), validates it whole, returns a GraphExport.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { PROJECT_ROOT } from "../server/config.js";
import { InvalidArgumentError } from "../server/domain/errors.js";
import type { GraphExport } from "../server/domain/model.js";
import type { RelType } from "../server/domain/vocabulary.js";
import { checkSeed } from "./seed-checks.js";
import {
  EntityRecordSchema,
  RelationshipRecordSchema,
  SourceRecordSchema,
  type SeedRecords,
} from "./seed-schema.js";
import { relationshipId, toGraphExport } from "./to-graph.js";

export const SEED_FILES = {
  sources: "sources.yaml",
  entities: "entities.yaml",
  relationships: "relationships.yaml",
} as const;
type SeedFile = keyof typeof SEED_FILES;

/** The seed data shipped with the project; `SEED_DIR` in the config points elsewhere when set. */
export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, "seed");

/** The seed is invalid: `problems` lists every one found, each naming its file and record. */
export class SeedValidationError extends InvalidArgumentError {
  constructor(readonly problems: string[]) {
    super(`seed: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`, { problems });
  }
}

const FILE_SCHEMAS = {
  sources: z.array(SourceRecordSchema),
  entities: z.array(EntityRecordSchema),
  relationships: z.array(RelationshipRecordSchema),
};

/** A record's id as written, or the id its relationship would get, so a message names the record people edit. */
function recordLabel(record: unknown): string {
  if (!record || typeof record !== "object") return "";
  const r = record as Record<string, unknown>;
  if (typeof r.id === "string") return ` (${r.id})`;
  if (typeof r.source === "string" && typeof r.type === "string" && typeof r.target === "string") {
    return ` (${relationshipId({ source: r.source, type: r.type as RelType, target: r.target })})`;
  }
  return "";
}

/** "[3] (tsmc).aliases.0" — the record's index, its id, then the field. */
function describePath(raw: unknown, issuePath: readonly PropertyKey[]): string {
  const [index, ...rest] = issuePath;
  if (typeof index !== "number") return "(whole file)";
  const label = recordLabel(Array.isArray(raw) ? raw[index] : undefined);
  return `[${index}]${label}${rest.length ? "." + rest.map(String).join(".") : ""}`;
}

function parseFile<K extends SeedFile>(
  file: K,
  yamlText: string,
  problems: string[],
): z.infer<(typeof FILE_SCHEMAS)[K]> | undefined {
  const name = SEED_FILES[file];
  let raw: unknown;
  try {
    raw = parseYaml(yamlText, { prettyErrors: true });
  } catch (error) {
    problems.push(`${name}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const parsed = FILE_SCHEMAS[file].safeParse(raw ?? []);
  if (parsed.success) return parsed.data as z.infer<(typeof FILE_SCHEMAS)[K]>;
  for (const issue of parsed.error.issues)
    problems.push(`${name}: ${describePath(raw, issue.path)}: ${issue.message}`);
  return undefined;
}

/**
 * Validate the three seed files' texts and build the graph. Pure: no file system.
 * @throws SeedValidationError listing every problem, so one run shows everything to fix.
 */
export function parseSeed(texts: Record<SeedFile, string>): GraphExport {
  const problems: string[] = [];
  const sources = parseFile("sources", texts.sources, problems);
  const entities = parseFile("entities", texts.entities, problems);
  const relationships = parseFile("relationships", texts.relationships, problems);
  if (!sources || !entities || !relationships) throw new SeedValidationError(problems);
  const records: SeedRecords = { sources, entities, relationships };
  const crossProblems = checkSeed(records);
  if (crossProblems.length > 0) throw new SeedValidationError(crossProblems);
  return toGraphExport(records);
}

/**
 * Read and validate the seed in `dir`.
 * @example const graph = await loadSeed(config.SEED_DIR); await store.load(graph);
 * @throws SeedValidationError when a file is missing or the seed is invalid.
 */
export async function loadSeed(dir: string = DEFAULT_SEED_DIR): Promise<GraphExport> {
  const files = Object.keys(SEED_FILES) as SeedFile[];
  const reads = await Promise.allSettled(
    files.map((file) => readFile(path.join(dir, SEED_FILES[file]), "utf8")),
  );
  const problems: string[] = [];
  const texts = {} as Record<SeedFile, string>;
  reads.forEach((read, i) => {
    const file = files[i]!;
    if (read.status === "fulfilled") texts[file] = read.value;
    else {
      const error = read.reason as NodeJS.ErrnoException;
      const reason = error.code === "ENOENT" ? "file not found" : error.message;
      problems.push(`${SEED_FILES[file]}: cannot read ${path.join(dir, SEED_FILES[file])}: ${reason}`);
    }
  });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return parseSeed(texts);
}
