// Properties of the query-string parsers in server/http/parse.ts, and their agreement with the API document.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../server/domain/errors.js";
import { buildApiDocument } from "../../server/http/openapi/document.js";
import {
  parseNeighborParams,
  parsePathParams,
  parseSearchParams,
  type Query,
} from "../../server/http/parse.js";

const RUNS = { numRuns: 200 };
const NAMES = [
  "q",
  "limit",
  "types",
  "relTypes",
  "depth",
  "offset",
  "direction",
  "from",
  "to",
  "maxHops",
  "k",
];
/** What Express 5's simple parser can hand over: absent, a string, or an array of strings. */
const value = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 100_001 }).map(String),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.constantFrom("Company", "FUNDS,PART_OF", "in", " 7 ", "+3", "1e2", "0x10"),
);
const query: fc.Arbitrary<Query> = fc.dictionary(fc.constantFrom(...NAMES), value);

const PARSERS = { search: parseSearchParams, neighbours: parseNeighborParams, paths: parsePathParams };

describe("query parsers", () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: answers options or invalid_argument naming a parameter it was given, for any query`, () => {
      fc.assert(
        fc.property(query, (q) => {
          try {
            parse(q);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidArgumentError);
            const parameter = (error as InvalidArgumentError).details?.parameter as string;
            expect(NAMES).toContain(parameter);
            expect((error as Error).message.startsWith(`${parameter}: `)).toBe(true);
          }
        }),
        RUNS,
      );
    });
  }
});

describe("the API document's integer bounds", () => {
  const doc = buildApiDocument({ version: "test" }) as {
    paths: Record<
      string,
      Record<string, { parameters?: { name: string; schema: Record<string, number> }[] }>
    >;
  };
  const cases: [string, string, (q: Query) => unknown][] = [
    ["/search", "limit", parseSearchParams],
    ["/nodes/{id}/neighbors", "depth", parseNeighborParams],
    ["/nodes/{id}/neighbors", "limit", parseNeighborParams],
    ["/nodes/{id}/neighbors", "offset", parseNeighborParams],
    ["/paths", "maxHops", (q) => parsePathParams({ from: "a", to: "b", ...q })],
    ["/paths", "k", (q) => parsePathParams({ from: "a", to: "b", ...q })],
  ];
  for (const [path, name, parse] of cases) {
    it(`${path} ${name}: the parser accepts an integer exactly when the document's minimum and maximum allow it`, () => {
      const schema = doc.paths[path]!.get!.parameters!.find((p) => p.name === name)!.schema;
      const required = path === "/search" ? { q: "x" } : {};
      fc.assert(
        fc.property(fc.integer({ min: -10, max: 200_000 }), (n) => {
          const inRange = n >= schema.minimum! && n <= schema.maximum!;
          let accepted = true;
          try {
            parse({ ...required, [name]: String(n) });
          } catch {
            accepted = false;
          }
          expect(accepted).toBe(inRange);
        }),
        RUNS,
      );
    });
  }
});
