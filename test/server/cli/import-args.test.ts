// `npm run import` flags: the file or the CSV pair, the format from the extension, the mapping, the mistakes.
import { describe, expect, it } from "vitest";
import { parseImportArgs } from "../../../server/cli/import-args.js";

describe("parseImportArgs", () => {
  it("takes the format from the file's extension and the mapping from flags", () => {
    expect(
      parseImportArgs(["g.graphml", "--dry-run", "--type-attr", "kind", "--id-prefix=x:"]),
    ).toMatchObject({
      file: "g.graphml",
      format: "graphml",
      dryRun: true,
      mapping: { typeAttr: "kind", idPrefix: "x:" },
    });
  });

  it("makes --nodes and --relationships a CSV import", () => {
    expect(parseImportArgs(["--nodes", "n.csv", "--relationships", "r.csv"])).toMatchObject({
      format: "csv",
      nodes: "n.csv",
      relationships: "r.csv",
    });
  });

  it("refuses what it cannot act on, naming the flag", () => {
    expect(() => parseImportArgs([])).toThrow(/which file/);
    expect(() => parseImportArgs(["g.txt"])).toThrow(/give --format/);
    expect(() => parseImportArgs(["g.json", "--format", "xlsx"])).toThrow(/--format must be one of/);
    expect(() => parseImportArgs(["g.json", "--batch-size", "0"])).toThrow(/--batch-size/);
    expect(() => parseImportArgs(["g.json", "--nodes", "n.csv"])).toThrow(/either FILE or --nodes/);
  });
});
