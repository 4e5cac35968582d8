// The scenes the Chromium suites draw and lay out: seeded BA graphs with seeded random positions, as plain arrays.
import type { Scene } from "../browser/scene.js";
import { baEdgeList } from "../data/ba-generator.js";
import { mulberry32 } from "../data/random.js";
import { BA_SEED } from "./graphs.js";

/** The BA graph of `edges` edges (5 per new node) with positions in a 1000 × 1000 square. */
export function baScene(edges: number): Scene {
  return withPositions(baEdgeList({ edges, m: 5, seed: BA_SEED }));
}

/** Sigma's floor: a 20-node chain, the least a renderer can be asked to draw. */
export function floorScene(): Scene {
  return withPositions({
    nodes: 20,
    sources: Int32Array.from([...Array(19).keys()]),
    targets: Int32Array.from([...Array(19).keys()], (i) => i + 1),
  });
}

function withPositions(list: { nodes: number; sources: Int32Array; targets: Int32Array }): Scene {
  const rng = mulberry32(11);
  return {
    x: Array.from({ length: list.nodes }, () => rng() * 1000),
    y: Array.from({ length: list.nodes }, () => rng() * 1000),
    sources: Array.from(list.sources),
    targets: Array.from(list.targets),
  };
}
