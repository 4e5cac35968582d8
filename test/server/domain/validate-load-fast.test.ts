// The hand-written load check agrees with zod: the same clean copy for valid data, and never a pass zod would refuse.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../server/domain/errors.js";
import { cleanCopyIfValid } from "../../../server/domain/validate-load-fast.js";
import { parseWithSchema, validateGraphExport } from "../../../server/domain/validate-load.js";
import { nodeTypes, relTypes } from "../../../server/domain/vocabulary.js";
import { prng, type Prng } from "../../helpers/prng.js";

type Rng = Prng;
const rng = prng;

const WORDS = [
  "TSMC",
  "Rapidus",
  "Micron",
  "café",
  "東京",
  "🙂 chip",
  "a|b",
  "",
  " ",
  "x".repeat(200),
  "\ud800",
];

function str(r: Rng, nonEmpty = false): string {
  const s = Array.from({ length: 1 + r.int(3) }, () => r.pick(WORDS)).join(r.pick([" ", "-", ""]));
  return nonEmpty && s === "" ? "n" : s;
}

function value(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 1 ? 5 : 6)) {
    case 0:
      return str(r);
    case 1:
      return r.pick([0, -0, 1, -2.5, 1e21, 350e9, Number.MAX_SAFE_INTEGER]);
    case 2:
      return r.chance(0.5);
    case 3:
      return null;
    case 4:
      return r.pick([[], ["4nm", "3nm"], [1, 2]]);
    default:
      return Array.from({ length: r.int(3) }, () => value(r, depth + 1));
  }
}

function props(r: Rng): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = r.int(4); i > 0; i--)
    out[r.pick(["amount", "year", "name", "nodes", "", "1", "note"])] = value(r);
  return out;
}

function validData(r: Rng): Record<string, unknown> {
  const nodes = Array.from({ length: 1 + r.int(4) }, (_, i) => ({
    id: `n${i}`,
    type: r.pick(nodeTypes()),
    name: str(r, true),
    aliases: Array.from({ length: r.int(3) }, () => str(r)),
    properties: props(r),
    ...(r.chance(0.3) ? { extra: "dropped", x: { y: 1 } } : {}),
  }));
  const edges = Array.from({ length: r.int(4) }, (_, i) => ({
    ...(r.chance(0.3) ? { unknown: [1] } : {}),
    id: `e${i}`,
    type: r.pick(relTypes()),
    source: `n${r.int(nodes.length)}`,
    target: r.chance(0.8) ? `n${r.int(nodes.length)}` : "elsewhere",
    properties: props(r),
    evidence: Array.from({ length: r.int(3) }, () => ({
      sourceId: "s0",
      locator: "¶2",
      note: str(r),
      ...(r.chance(0.3) ? { page: 4 } : {}),
    })),
  }));
  const sources = Array.from({ length: r.int(3) }, (_, i) => ({
    id: `s${i}`,
    title: str(r),
    publisher: str(r),
    published: "2025-09",
    datePrecision: r.pick(["year", "month", "day"]),
    ...(r.chance(0.5) ? { url: "https://example.org/a" } : {}),
    ...(r.chance(0.3) ? { file: undefined } : {}),
    ...(r.chance(0.3) ? { description: str(r) } : {}),
  }));
  return { nodes, edges, sources, ...(r.chance(0.2) ? { version: 2 } : {}) };
}

/** One random break of the data, of a kind a user's file or a buggy client could send (or no JSON could). */
function broken(r: Rng, data: Record<string, unknown>): Record<string, unknown> {
  const d = structuredClone(data) as {
    nodes: Record<string, unknown>[];
    edges: Record<string, unknown>[];
  } & Record<string, unknown>;
  const n = d.nodes[r.int(d.nodes.length)]!;
  const edge = d.edges.length > 0 ? d.edges[r.int(d.edges.length)]! : undefined;
  const breaks: (() => void)[] = [
    () => (n["id"] = ""),
    () => (n["id"] = "x".repeat(201)),
    () => (n["id"] = 7),
    () => (n["type"] = "Spaceship"),
    () => (n["name"] = ""),
    () => delete n["aliases"],
    () => (n["aliases"] = ["ok", 3]),
    () => (n["aliases"] = [, "hole"]), // eslint-disable-line no-sparse-arrays
    () => (n["properties"] = { amount: Number.NaN }),
    () => (n["properties"] = { amount: Number.POSITIVE_INFINITY }),
    () => (n["properties"] = { nested: { map: 1 } }),
    () => (n["properties"] = { [Symbol("s")]: 1 }),
    () => (n["properties"] = JSON.parse('{"__proto__": [1], "ok": 2}') as object),
    () => (n["properties"] = Object.assign(Object.create(null) as object, { a: 1 })),
    () =>
      (n["properties"] = new (class Props {
        a = 1;
      })()),
    () => (n["properties"] = []),
    () => (n["properties"] = { when: new Date(0) }),
    () => (n["properties"] = { big: 10n }),
    () =>
      (d.nodes[0] = new (class Node {
        id = "n0";
        type = nodeTypes()[0];
        name = "class";
        aliases = [];
        properties = {};
      })() as unknown as Record<string, unknown>),
    () => delete d["sources"],
    () => ((d as Record<string, unknown>)["edges"] = {}),
    () => edge && (edge["type"] = "LIKES"),
    () => edge && (edge["evidence"] = [{ sourceId: "s0", locator: 2, note: "" }]),
    () => edge && delete edge["target"],
    () =>
      (d["sources"] = [{ id: "s9", title: "t", publisher: "p", published: "2025", datePrecision: "week" }]),
    () =>
      (d["sources"] = [
        { id: "s9", title: "t", publisher: "p", published: "2025", datePrecision: "year", url: 1 },
      ]),
    () =>
      (d["sources"] = [
        { id: "s9", title: "t", publisher: "p", published: "2025", datePrecision: "year", url: null },
      ]),
  ];
  r.pick(breaks)();
  return d;
}

function zodVerdict(data: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseWithSchema(data) };
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return { ok: false };
  }
}

describe("cleanCopyIfValid", () => {
  it("copies 500 generated valid exports exactly as zod and JSON do (dropped keys, absent optionals, -0 as 0)", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const data = validData(rng(seed));
      const zod = zodVerdict(data);
      const fast = cleanCopyIfValid(data);
      expect(zod.ok, `seed ${seed}`).toBe(true);
      expect(fast, `seed ${seed}`).not.toBeNull();
      expect(JSON.stringify(fast), `seed ${seed}`).toBe(JSON.stringify(zod.ok && zod.value));
      expect(fast, `seed ${seed}`).toStrictEqual(zod.ok && zod.value);
    }
  });

  it("never passes data zod refuses, over 2,000 generated breaks, and passes on what zod accepts identically", () => {
    let refused = 0;
    for (let seed = 1; seed <= 2_000; seed++) {
      const r = rng(seed);
      const data = broken(r, validData(r));
      const zod = zodVerdict(data);
      const fast = cleanCopyIfValid(data);
      if (!zod.ok) {
        refused++;
        expect(fast, `seed ${seed}`).toBeNull();
      } else if (fast !== null) expect(JSON.stringify(fast), `seed ${seed}`).toBe(JSON.stringify(zod.value));
    }
    expect(refused).toBeGreaterThan(1_000);
  });

  it("shares nothing with its input", () => {
    const data = validData(rng(7)) as { nodes: { aliases: string[]; properties: object }[] };
    const fast = cleanCopyIfValid(data)!;
    expect(fast.nodes[0]).not.toBe(data.nodes[0]);
    expect(fast.nodes[0]!.aliases).not.toBe(data.nodes[0]!.aliases);
    expect(fast.nodes[0]!.properties).not.toBe(data.nodes[0]!.properties);
  });

  it("answers null (zod decides) for a class instance or a null-prototype item, which no JSON text produces", () => {
    const node = { id: "n", type: nodeTypes()[0], name: "N", aliases: [], properties: {} };
    const nullProto = Object.assign(Object.create(null) as object, node);
    expect(cleanCopyIfValid({ nodes: [nullProto], edges: [], sources: [] })).not.toBeNull();
    const instance = Object.assign(new (class Item {})(), node);
    expect(cleanCopyIfValid({ nodes: [instance], edges: [], sources: [] })).toBeNull();
    expect(validateGraphExport({ nodes: [instance], edges: [], sources: [] }).data.nodes).toEqual([node]);
  });
});

describe("validateGraphExport", () => {
  it("still names the first bad item, through zod, when the fast check is not sure", () => {
    expect(() =>
      validateGraphExport({
        nodes: [{ id: "n", type: "Spaceship", name: "N", aliases: [], properties: {} }],
        edges: [],
        sources: [],
      }),
    ).toThrow(/load: nodes\.0\.type: must be one of/);
  });
});
