// The Chromium suites' scenes: the seeded BA edge list as plain arrays, with seeded positions in the square.
import { describe, expect, it } from "vitest";
import { baEdgeList } from "../../bench/data/ba-generator.js";
import { BA_SEED } from "../../bench/lib/graphs.js";
import { baScene, floorScene } from "../../bench/lib/scenes.js";

describe("bench scenes", () => {
  describe("#baScene", () => {
    it("holds the seeded BA edge list and one position per node inside the 1000 × 1000 square", () => {
      const scene = baScene(1_000);
      const list = baEdgeList({ edges: 1_000, m: 5, seed: BA_SEED });
      expect(scene.sources).toEqual(Array.from(list.sources));
      expect(scene.targets).toEqual(Array.from(list.targets));
      expect(scene.x).toHaveLength(list.nodes);
      expect(scene.y).toHaveLength(list.nodes);
      for (const v of [...scene.x, ...scene.y]) expect(v >= 0 && v < 1000).toBe(true);
    });

    it("is the same scene every time, so every library draws the same picture", () => {
      expect(baScene(2_000)).toEqual(baScene(2_000));
    });
  });

  describe("#floorScene", () => {
    it("is a 20-node chain", () => {
      const scene = floorScene();
      expect(scene.x).toHaveLength(20);
      expect(scene.sources).toEqual([...Array(19).keys()]);
      expect(scene.targets).toEqual([...Array(19).keys()].map((i) => i + 1));
    });
  });
});
