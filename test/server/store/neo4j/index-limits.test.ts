// On a real Neo4j, a node at the index limits (index-limits.ts) is stored and found; one past them is refused, nothing written.
import { afterAll, beforeAll, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../../server/domain/errors.js";
import { NAME_MAX_BYTES, SEARCHABLE_MAX_BYTES } from "../../../../server/domain/index-limits.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import type { Neo4jStore } from "../../../../server/store/neo4j/neo4j-store.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";
import { companyNode } from "../../../helpers/fixture-graph.js";

const ASTRAL = "\u{20000}"; // 4 bytes of UTF-8, kept by search's normalisation
const node = companyNode;

/** Aliases of 497 letters each (500 bytes with their separator) that bring the searchable text to `total` bytes. */
function aliasesUpTo(nameBytes: number, total: number): string[] {
  const aliases: string[] = [];
  let bytes = nameBytes;
  for (let i = 0; bytes + 500 <= total; i++, bytes += 500)
    aliases.push(`${String(i).padStart(3, "0")}${"q".repeat(494)}`);
  if (bytes + 4 <= total) aliases.push("z".repeat(total - bytes - 3));
  return aliases;
}

describeNeo4j("Neo4j and the index limits of names and aliases", () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await connectedTestStore();
    await store.clear();
  });
  afterAll(async () => {
    await store?.clear();
    await store?.close();
  });

  it("stores and finds nodes whose name and aliases are exactly at the limits", async () => {
    const nodes = [
      node(
        "ascii",
        `limit ${"n".repeat(NAME_MAX_BYTES - 6)}`,
        aliasesUpTo(NAME_MAX_BYTES, SEARCHABLE_MAX_BYTES),
      ),
      node("astral", ASTRAL.repeat(NAME_MAX_BYTES / 4), aliasesUpTo(NAME_MAX_BYTES, SEARCHABLE_MAX_BYTES)),
    ];
    const report = await store.load({ nodes, edges: [], sources: [] });
    expect(report.nodes.created).toBe(2);
    expect(await store.getNode("ascii")).toEqual(nodes[0]);
    expect(await store.getNode("astral")).toEqual(nodes[1]);
    const memory = await createMemoryStore({ nodes, edges: [], sources: [] });
    for (const query of ["limit", "z", ASTRAL])
      expect(await store.search(query, { limit: 5 })).toEqual(await memory.search(query, { limit: 5 }));
  });

  it("refuses a load with a node past a limit, as the memory store does, and writes none of it", async () => {
    const before = (await store.info()).counts;
    const data = {
      nodes: [node("fine", "Fine"), node("too-long", "x".repeat(NAME_MAX_BYTES + 1))],
      edges: [],
      sources: [],
    };
    const refusal = /nodes\.1\.name \(node "too-long"\): is 8,001 bytes of UTF-8; at most 8,000/;
    await expect(store.load(data)).rejects.toThrow(refusal);
    await expect(store.load(data)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect((await createMemoryStore()).load(data)).rejects.toThrow(refusal);
    expect((await store.info()).counts).toEqual(before);
    expect(await store.getNode("fine")).toBeNull();
  });

  it("refuses a curation write that would take a node's aliases past the limit", async () => {
    const aliases = aliasesUpTo(4, SEARCHABLE_MAX_BYTES + 500);
    await expect(store.applyChanges({ upsertNodes: [node("edited", "name", aliases)] })).rejects.toThrow(
      /nodes\.0\.aliases \(node "edited"\): the name and aliases come to 32,\d{3} bytes/,
    );
    expect(await store.getNode("edited")).toBeNull();
  });
});
