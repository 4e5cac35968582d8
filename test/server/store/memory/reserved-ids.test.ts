// The embedded store refuses node ids that graphology cannot hold, with a clear error and nothing loaded.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../../../server/domain/errors.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";

const node = (id: string) => ({ id, type: "Company" as const, name: id, aliases: [], properties: {} });

describe("MemoryStore#load with reserved ids", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "refuses a node called %s, naming it, and loads nothing",
    async (id) => {
      const store = await createMemoryStore();
      const before = (await store.info()).counts;
      const load = store.load({ nodes: [node("a"), node(id)], edges: [], sources: [] });
      await expect(load).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(load).rejects.toThrow(`"${id}" is a reserved name`);
      expect((await store.info()).counts).toEqual(before);
    },
  );
});
