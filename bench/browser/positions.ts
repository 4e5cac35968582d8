// Render page: time to first frame of a large graph with server-cached positions vs FA2 computed on load.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import { settled } from "./renderers.js";
import { LARGE_GRAPH_SIGMA_SETTINGS } from "./scene.js";

type ForceAtlas2 = typeof forceAtlas2Module.default;
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ??
  (forceAtlas2Module as unknown as ForceAtlas2);

/** The graph's shape, handed over before the clock starts (both paths need it: it is the data, not the layout). */
export interface Structure {
  ids: string[];
  sources: number[];
  targets: number[];
}

let sigma: Sigma | null = null;

function build(s: Structure, x: (i: number) => number, y: (i: number) => number): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  s.ids.forEach((id, i) => graph.addNode(id, { x: x(i), y: y(i), size: 2, color: "#4a78c2" }));
  for (let e = 0; e < s.sources.length; e++)
    graph.addEdge(s.ids[s.sources[e]!]!, s.ids[s.targets[e]!]!, { size: 1, color: "#b8bfcc" });
  return graph;
}

async function draw(graph: MultiDirectedGraph): Promise<void> {
  sigma?.kill();
  const stage = document.getElementById("stage")!;
  stage.innerHTML = "";
  sigma = new Sigma(graph, stage, {
    ...LARGE_GRAPH_SIGMA_SETTINGS,
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
  });
  await settled();
}

export const positionsApi = {
  /** ms: POST /api/positions (10,000 ids a request, the route's cap) → graphology graph → Sigma's first frame. */
  async serverPositionsFirstFrame(apiBase: string, s: Structure): Promise<number> {
    const t = performance.now();
    const positions: Record<string, [number, number]> = {};
    const requests = [];
    for (let i = 0; i < s.ids.length; i += 10_000)
      requests.push(
        fetch(`${apiBase}/api/positions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ids: s.ids.slice(i, i + 10_000) }),
        }).then(async (res) => {
          const body = (await res.json()) as { status: string; positions: Record<string, [number, number]> };
          if (body.status !== "ready") throw new Error(`positions: ${body.status}`);
          Object.assign(positions, body.positions);
        }),
      );
    await Promise.all(requests);
    await draw(
      build(
        s,
        (i) => positions[s.ids[i]!]![0],
        (i) => positions[s.ids[i]!]![1],
      ),
    );
    return performance.now() - t;
  },

  /** ms: seeded random start → `iterations` of FA2 (the server's settings) on the page → Sigma's first frame. */
  async layoutOnLoadFirstFrame(s: Structure, iterations: number): Promise<number> {
    const t = performance.now();
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const graph = build(
      s,
      () => random() * 1000,
      () => random() * 1000,
    );
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
    forceAtlas2.assign(graph, { iterations, settings });
    await draw(graph);
    return performance.now() - t;
  },
};
