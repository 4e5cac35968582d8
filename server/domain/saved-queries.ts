// Saved console queries: cypher/queries/*.cypher, each named and documented by a header comment block.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { InvalidArgumentError, NotFoundError } from "./errors.js";

export interface SavedQueryParam {
  name: string;
  /** As written in the header: string, number, boolean, list<string>, … (documentation, not enforced). */
  type: string;
  description: string;
  /** From a trailing `[default: <json>]`; the run endpoint fills missing params with it. */
  default?: unknown;
}

export interface SavedQuery {
  name: string;
  description: string;
  params: SavedQueryParam[];
  /** The statement, header removed. */
  query: string;
}

// `// params: from (string) — start node id [default: "japan"]`; the dash may be —, – or -.
const PARAM_LINE = /^(\w+)\s*\(([^)]+)\)\s*(?:[—–]|-{1,2})\s*(.*?)(?:\s*\[default:\s*(.+)\])?\s*$/;

/**
 * Parse one file's text. The header is the leading run of `//` lines: `name:`, `description:` (continued by
 * following plain comment lines) and one `params:` line per parameter. Throws InvalidArgumentError on a header that
 * lacks a name or a description, or on a params line that does not read `name (type) — meaning`.
 */
export function parseSavedQuery(text: string, file = "(text)"): SavedQuery {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let name = "";
  const description: string[] = [];
  const params: SavedQueryParam[] = [];
  let i = 0;
  let inDescription = false;
  for (; i < lines.length && lines[i]!.trim().startsWith("//"); i++) {
    const body = lines[i]!.trim().replace(/^\/\/\s?/, "");
    const field = /^(name|description|params?):\s*(.*)$/.exec(body);
    inDescription = field ? field[1] === "description" : inDescription && body.trim() !== "";
    if (field?.[1] === "name") name = field[2]!.trim();
    else if (field?.[1] === "description") description.push(field[2]!.trim());
    else if (field) params.push(parseParam(field[2]!, file));
    else if (inDescription) description.push(body.trim());
  }
  const query = lines.slice(i).join("\n").trim();
  if (!name || description.length === 0)
    throw new InvalidArgumentError(`savedQueries: ${file} needs "// name:" and "// description:" lines`);
  if (!query) throw new InvalidArgumentError(`savedQueries: ${file} has a header but no query`);
  return { name, description: description.join(" "), params, query };
}

function parseParam(text: string, file: string): SavedQueryParam {
  const m = PARAM_LINE.exec(text.trim());
  if (!m)
    throw new InvalidArgumentError(
      `savedQueries: ${file}: params line "${text}" must read "name (type) — meaning"`,
    );
  const param: SavedQueryParam = { name: m[1]!, type: m[2]!.trim(), description: m[3]!.trim() };
  if (m[4] !== undefined) {
    try {
      param.default = JSON.parse(m[4]);
    } catch {
      throw new InvalidArgumentError(
        `savedQueries: ${file}: default of "${param.name}" is not JSON: ${m[4]}`,
      );
    }
  }
  return param;
}

/** Every saved query in `dir`, sorted by name. Names must be unique. */
export async function loadSavedQueries(dir: string): Promise<SavedQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  const queries = await Promise.all(
    files.map(async (f) => parseSavedQuery(await readFile(path.join(dir, f), "utf8"), f)),
  );
  const seen = new Set<string>();
  for (const q of queries) {
    if (seen.has(q.name)) throw new InvalidArgumentError(`savedQueries: two files are named "${q.name}"`);
    seen.add(q.name);
  }
  return queries.sort((a, b) => a.name.localeCompare(b.name));
}

/** The saved query called `name`, or NotFoundError. */
export function findSavedQuery(queries: SavedQuery[], name: string): SavedQuery {
  const q = queries.find((x) => x.name === name);
  if (!q) throw new NotFoundError(`savedQueries: no saved query named "${name}"`);
  return q;
}

/** Defaults first, then the caller's values: what a run sends to the console. */
export function paramsWithDefaults(
  query: SavedQuery,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of query.params) if (p.default !== undefined) out[p.name] = p.default;
  return { ...out, ...given };
}
