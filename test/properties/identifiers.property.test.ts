// Properties of identifier handling: any string is either a valid id or refused with a named error, and odd ids survive the store.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../server/domain/errors.js";
import { parseNodeCreate } from "../../server/domain/edit-input.js";
import type { GraphNode } from "../../server/domain/model.js";
import { parseNodeId } from "../../server/http/parse.js";
import { startTestServer, type TestServer } from "../helpers/http.js";

const RUNS = { numRuns: 200 };
/** Strings that like to break things: prototype names, separators, quotes, escapes, any unicode. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 250 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "a/b",
    "..",
    "%2F",
    "q\"u'ote",
    "\\",
    "?#",
    " x ",
    "🚀",
    "",
  ),
);

describe("parseNodeId", () => {
  it("returns any string it accepts unchanged, and refuses the rest with invalid_argument naming the parameter", () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.anything()), (value) => {
        try {
          expect(parseNodeId(value, "id")).toBe(value);
          expect(typeof value === "string" && value.trim() !== "" && value.length <= 200).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
          expect((error as InvalidArgumentError).details).toEqual({ parameter: "id" });
          expect((error as Error).message).toMatch(/^id: /);
        }
      }),
      RUNS,
    );
  });
});

describe("POST /api/nodes id rules (edit-input.ts)", () => {
  it('accepts an id exactly when it is 1–200 characters without spaces, /, ? or #, not "." or ".." nor an Object.prototype name, and names the field otherwise', () => {
    fc.assert(
      fc.property(nasty, (id) => {
        const trimmed = id.trim();
        const valid =
          trimmed.length > 0 &&
          trimmed.length <= 200 &&
          /^[^\s/?#]+$/.test(trimmed) &&
          trimmed !== "." &&
          trimmed !== ".." &&
          !(trimmed in Object.prototype);
        try {
          expect(parseNodeCreate({ id, type: "Company", name: "n" }).id).toBe(id.trim());
          expect(valid).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
          expect((error as Error).message).toContain("POST /api/nodes: id: ");
          expect(valid).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe("odd ids through the memory store and the HTTP API", () => {
  // Object.prototype names ("__proto__", "constructor", …) are refused by the embedded store's load
  // (test/server/store/memory/reserved-ids.test.ts): graphology keeps neighbours in plain objects.
  const ids = [
    "__proto_",
    "constructors",
    "a/b",
    "q\"u'ote",
    "ünï-cødé 🚀",
    "%2F",
    "..",
    "a?b#c",
    "hasOwnProperty2",
  ];
  const nodes: GraphNode[] = ids.map((id) => ({
    id,
    type: "Company",
    name: `name of ${id}`,
    aliases: [],
    properties: {},
  }));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ data: { nodes, edges: [], sources: [] } });
  });
  afterAll(() => server.close());

  it("stores every id as given and answers it over HTTP, except the dot segments no URL can address", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids), async (id) => {
        expect(await server.store.getNode(id)).toEqual(nodes.find((n) => n.id === id));
        // fetch (like every WHATWG URL client) resolves /nodes/.. to /, so POST /api/nodes refuses "." and "..".
        if (id === "." || id === "..") return;
        const response = await server.request(`/api/nodes/${encodeURIComponent(id)}`);
        expect(response.status, response.text).toBe(200);
        expect(response.body.node.id).toBe(id);
      }),
      { numRuns: 20 },
    );
    expect((await server.store.info()).counts.nodes).toBe(ids.length);
  });

  it("answers 404 or 400, never 5xx, for any other id in the path", async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (id) => {
        const response = await server.request(`/api/nodes/${encodeURIComponent(id)}`);
        expect([200, 400, 404], response.text).toContain(response.status);
        expect(response.body?.error?.code ?? "ok").toMatch(/^(ok|not_found|invalid_argument)$/);
      }),
      { numRuns: 60 },
    );
  });
});
