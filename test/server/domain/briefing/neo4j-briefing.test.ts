// The same seed briefing on Neo4j as on the memory store: equal JSON apart from the generation time.
import { afterAll, beforeAll, expect, it } from "vitest";
import { entityBriefing, setBriefing } from "../../../../server/domain/briefing/service.js";
import type { GraphStore } from "../../../../server/store/graph-store.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { loadSeed } from "../../../../seed/load-seed.js";
import { describeNeo4j } from "../../../helpers/neo4j.js";
import { connectedTestStore } from "../../../helpers/neo4j-store.js";
import { expectWellCited } from "./briefing-checks.js";

const DEFAULTS = {
  format: "json" as const,
  since: { date: "2023", precision: "year" as const, label: "2023" },
  focus: null,
};

describeNeo4j("Briefings on Neo4j", () => {
  let memory: GraphStore;
  let graph: GraphStore;

  beforeAll(async () => {
    const seed = await loadSeed();
    memory = await createMemoryStore(seed);
    graph = await connectedTestStore();
    await graph.clear();
    await graph.load(seed);
  });
  afterAll(() => graph.close());

  it.each(["japan", "tsmc", "us-japan-2nm-research"])(
    "gives %s the same briefing as the memory store",
    async (id) => {
      const onMemory = await entityBriefing({ store: memory, now: () => new Date(0) }, id, DEFAULTS);
      const onNeo4j = await entityBriefing({ store: graph, now: () => new Date(1) }, id, DEFAULTS);
      expect(onNeo4j.generatedAt).not.toBe(onMemory.generatedAt);
      expect({ ...onNeo4j, generatedAt: onMemory.generatedAt }).toEqual(onMemory);
      expectWellCited(onNeo4j);
    },
  );

  it("gives a set briefing the same JSON as the memory store", async () => {
    const ids = ["japan", "tsmc"];
    const onMemory = await setBriefing({ store: memory, now: () => new Date(0) }, ids, DEFAULTS);
    const onNeo4j = await setBriefing({ store: graph, now: () => new Date(0) }, ids, DEFAULTS);
    expect(onNeo4j).toEqual(onMemory);
  });
});
