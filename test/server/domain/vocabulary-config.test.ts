// Extra vocabulary from EXTRA_NODE_TYPES / EXTRA_REL_TYPES: validated, then accepted by validators, the API and both stores.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureVocabulary, parseTypeList } from "../../../server/domain/vocabulary-config.js";
import { isNodeType, isRelType, nodeTypes } from "../../../server/domain/vocabulary.js";
import type { GraphExport } from "../../../server/domain/model.js";
import type { GraphStore } from "../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { startTestServer } from "../../helpers/http.js";
import { describeNeo4j } from "../../helpers/neo4j.js";
import { connectedTestStore } from "../../helpers/neo4j-store.js";

const EXTRA = { EXTRA_NODE_TYPES: "Vessel, Port", EXTRA_REL_TYPES: "DOCKS_AT" };
const harbour = (): GraphExport => ({
  nodes: [
    { id: "ship-1", type: "Vessel" as never, name: "Ever Given", aliases: [], properties: {} },
    { id: "port-1", type: "Port" as never, name: "Rotterdam", aliases: [], properties: {} },
  ],
  edges: [
    {
      id: "dock-1",
      type: "DOCKS_AT" as never,
      source: "ship-1",
      target: "port-1",
      properties: {},
      evidence: [],
    },
  ],
  sources: [],
});

afterEach(() => configureVocabulary({}));

describe("parseTypeList", () => {
  it("splits, trims and de-duplicates a comma list", () => {
    expect(parseTypeList("EXTRA_NODE_TYPES", " Vessel,Port ,Vessel")).toEqual(["Vessel", "Port"]);
    expect(parseTypeList("EXTRA_NODE_TYPES", undefined)).toEqual([]);
  });

  it("refuses non-identifiers and the stores' own labels, naming the variable", () => {
    expect(() => parseTypeList("EXTRA_REL_TYPES", "DOCKS AT`) DELETE")).toThrow(
      /EXTRA_REL_TYPES: .* not an identifier/,
    );
    expect(() => parseTypeList("EXTRA_NODE_TYPES", "AuditEntry")).toThrow(/reserved/);
  });
});

describe("configureVocabulary", () => {
  it("adds the extra types to the one allow-list, and removes them again", () => {
    configureVocabulary(EXTRA);
    expect(isNodeType("Vessel")).toBe(true);
    expect(isRelType("DOCKS_AT")).toBe(true);
    expect(nodeTypes()).toContain("Port");
    configureVocabulary({});
    expect(isNodeType("Vessel")).toBe(false);
  });

  it("lets the memory store load, the API create and filter by extra types", async () => {
    configureVocabulary(EXTRA);
    const server = await startTestServer({ data: harbour() });
    try {
      const res = await server.request("/api/nodes", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "Port", name: "Hamburg" }),
      });
      expect(res.status, res.text).toBe(201);
      const search = await server.request("/api/search?q=r&types=Port");
      expect(search.body.results.map((r: { id: string }) => r.id).sort()).toEqual(["hamburg", "port-1"]);
    } finally {
      await server.close();
    }
  });

  it("still refuses types nobody configured", async () => {
    const store = await createMemoryStore();
    await expect(store.load(harbour())).rejects.toMatchObject({ code: "invalid_argument" });
  });
});

describeNeo4j("extra vocabulary on Neo4j", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await connectedTestStore();
  });
  afterAll(async () => {
    configureVocabulary(EXTRA);
    await store.applyChanges({ removeNodes: ["ship-1", "port-1"] });
    configureVocabulary({});
    await store.close();
  });

  it("stores and reads extra labels and relationship types", async () => {
    configureVocabulary(EXTRA);
    await store.load(harbour());
    expect(await store.getEdge("dock-1")).toEqual(harbour().edges[0]);
    expect((await store.getNode("ship-1"))?.type).toBe("Vessel");
    expect((await store.load(harbour())).edges).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});
