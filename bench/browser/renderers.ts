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
const { Network } = visModule as unknown as {
  Network: new (
    container: HTMLElement,
    data: { nodes: object[]; edges: object[] },
    options: object,
  ) => VisNetwork;
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
  for (let e = 0; e < scene.sources.length; e++)
    graph.addEdge(String(scene.sources[e]), String(scene.targets[e]), { size: 1, color: "#b8bfcc" });
  return graph;
}

export async function mount(kind: RendererKind, scene: Scene, stage: HTMLElement): Promise<Mounted> {
  if (kind === "sigma-client" || kind === "sigma-large") {
    const settings = kind === "sigma-client" ? CLIENT_SIGMA_SETTINGS : LARGE_GRAPH_SIGMA_SETTINGS;
    const sigma = new Sigma(sceneGraph(scene), stage, {
      ...settings,
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
    });
    await settled();
    return { kill: () => sigma.kill() };
  }
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
    let kill = () => {};
    const drawn = new Promise<void>((resolve) => {
      const network = new Network(
        stage,
        { nodes, edges },
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
    elements: [
      ...scene.x.map((x, i) => ({ data: { id: `n${i}` }, position: { x, y: scene.y[i]! } })),
      ...scene.sources.map((s, e) => ({
        data: { id: `e${e}`, source: `n${s}`, target: `n${scene.targets[e]}` },
      })),
    ],
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
