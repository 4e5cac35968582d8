// Tests for createStore: without NEO4J_URI it serves the memory store loaded from the seed directory.
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config.js";
import { silentLogger } from "../../../server/logger.js";
import { createStore } from "../../../server/store/create-store.js";

describe("createStore", () => {
  it("returns a memory store loaded with the seed when NEO4J_URI is unset", async () => {
    const store = await createStore(loadConfig({}), silentLogger);
    expect(store.kind).toBe("memory");
    expect((await store.info()).counts.nodes).toBeGreaterThanOrEqual(45);
    expect(await store.getNode("tsmc")).toMatchObject({ name: "TSMC" });
    await store.close();
  });

  it("rejects with the seed's validation error when SEED_DIR holds no seed", async () => {
    const config = loadConfig({ SEED_DIR: path.join(os.tmpdir(), "chipgraph-no-seed-here") });
    await expect(createStore(config, silentLogger)).rejects.toMatchObject({
      code: "invalid_argument",
      message: expect.stringContaining("file not found"),
    });
  });
});
