// Import files written on the fly for the command-line tests: large enough to interrupt, cheap to make.
import { writeFile } from "node:fs/promises";
import path from "node:path";

/** A JSON import of `count` companies and no relationships, as `dir`/companies.json. */
export async function companiesFile(dir: string, count: number): Promise<string> {
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `cli-${String(i).padStart(5, "0")}`,
    type: "Company",
    name: `CLI Company ${i}`,
    aliases: [],
    properties: {},
  }));
  const file = path.join(dir, "companies.json");
  await writeFile(file, JSON.stringify({ nodes, edges: [], sources: [] }));
  return file;
}
