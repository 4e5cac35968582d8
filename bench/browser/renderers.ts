// One adapter per library under test: build from a Scene, resolve once the first frame is on screen.
import cytoscape from "cytoscape";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import * as visModule from "vis-network/standalone";
import { CLIENT_SIGMA_SETTINGS, LARGE_GRAPH_SIGMA_SETTINGS, type RendererKind, type Scene } from "./scene.js";

// vis-network's declarations do not resolve under NodeNext; this is the little of its API used here.
interface VisNetwork {
  once(event: "afterDrawing", handler: () => void): void;
  destroy(): void;
}
const { Network, DataSet } = visModule as unknown as {
  Network: new (
    container: HTMLElement,
    data: { nodes: unknown; edges: unknown },
    options: object,
  ) => VisNetwork;
  DataSet: new (items: object[]) => unknown;
};

export interface Mounted {
  kill(): void;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Two animation frames: the first frame has been composited once the second callback runs. */
export const settled = async () => {
  await frame();
  await frame();
};

export function sceneGraph(scene: Scene): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < scene.x.length; i++)
    graph.addNode(String(i), { x: scene.x[i], y: scene.y[i], size: 3, label: `n${i}`, color: "#4a78c2" });
  // Keyed, as the client adds the server's relationships (client/src/graph/graph-data.ts addEdge): graphology
  // generating a random key per edge was a fifth of this graph's build at 100k edges.
  for (let e = 0; e < scene.sources.length; e++)
    graph.addDirectedEdgeWithKey(`e${e}`, String(scene.sources[e]), String(scene.targets[e]), {
      size: 1,
      color: "#b8bfcc",
    });
  return graph;
}

/**
 * A library's own input, built from the scene's arrays: a graphology graph for Sigma, vis-network's DataSets,
 * cytoscape.js's element list. Building it is timed apart from drawing it (bench/browser/page.ts `show`).
 */
export type Input =
  | { kind: "sigma-defaults" | "sigma-client" | "sigma-large"; graph: MultiDirectedGraph }
  | { kind: "vis-network"; nodes: unknown; edges: unknown }
  | { kind: "cytoscape"; elements: cytoscape.ElementDefinition[] };

export function prepare(kind: RendererKind, scene: Scene): Input {
  if (kind === "sigma-defaults" || kind === "sigma-client" || kind === "sigma-large")
    return { kind, graph: sceneGraph(scene) };
  if (kind === "vis-network") {
    const nodes = scene.x.map((x, i) => ({
      id: i,
      x,
      y: scene.y[i]!,
      label: `n${i}`,
      shape: "dot",
      size: 3,
    }));
    const edges = scene.sources.map((s, e) => ({ id: e, from: s, to: scene.targets[e]!, arrows: "to" }));
    return { kind, nodes: new DataSet(nodes), edges: new DataSet(edges) };
  }
  return {
    kind,
    elements: [
      ...scene.x.map((x, i) => ({ data: { id: `n${i}` }, position: { x, y: scene.y[i]! } })),
      ...scene.sources.map((s, e) => ({
        data: { id: `e${e}`, source: `n${s}`, target: `n${scene.targets[e]}` },
      })),
    ],
  };
}

/** Draws a prepared input on the stage; resolves once its first frame is on screen. */
export async function draw(input: Input, stage: HTMLElement): Promise<Mounted> {
  if ("graph" in input) {
    // sigma-defaults: Sigma as the library ships; the other two: the client's settings objects.
    const settings =
      input.kind === "sigma-defaults"
        ? {}
        : {
            ...(input.kind === "sigma-client" ? CLIENT_SIGMA_SETTINGS : LARGE_GRAPH_SIGMA_SETTINGS),
            edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
          };
    const sigma = new Sigma(input.graph, stage, settings);
    await settled();
    return { kill: () => sigma.kill() };
  }
  if (input.kind === "vis-network") {
    let kill = () => {};
    const drawn = new Promise<void>((resolve) => {
      const network = new Network(
        stage,
        { nodes: input.nodes, edges: input.edges },
        {
          physics: false,
          layout: { improvedLayout: false },
          edges: { smooth: false, color: "#b8bfcc" },
        },
      );
      network.once("afterDrawing", () => resolve());
      kill = () => network.destroy();
    });
    await drawn;
    await settled();
    return { kill: () => kill() };
  }
  const cy = cytoscape({
    container: stage,
    elements: input.elements,
    layout: { name: "preset" },
    style: [
      { selector: "node", style: { width: 6, height: 6, label: "data(id)", "font-size": 8 } },
      { selector: "edge", style: { width: 1, "line-color": "#b8bfcc", "target-arrow-shape": "triangle" } },
    ],
  });
  await new Promise<void>((resolve) => cy.one("render", () => resolve()));
  await settled();
  return { kill: () => cy.destroy() };
}
