// ForceAtlas2's worker supervisor, changed to apply positions at most once per animation frame.
import fa2Worker from "graphology-layout-forceatlas2/worker.js";
import type { ExplorerGraph } from "./graph-data.js";

// A CommonJS module: TypeScript (NodeNext) sees the class under `.default`, the bundler hands over the
// class itself. Accept both so neither the type check nor the build needs a cast elsewhere.
type SupervisorClass = typeof fa2Worker.default;
const Base: SupervisorClass =
  (fa2Worker as unknown as { default?: SupervisorClass }).default ??
  (fa2Worker as unknown as SupervisorClass);
export type Supervisor = InstanceType<SupervisorClass>;

/** The supervisor's own fields this subclass works with (graphology-layout-forceatlas2/worker.js, 0.10). */
interface SupervisorInternals {
  running: boolean;
  matrices: { nodes: Float32Array } | null;
  askForIterations(withEdges?: boolean): void;
}

/** Floats per node in the worker's matrix (x, y first); graphology-layout-forceatlas2's PPN. */
const PPN = 10;

/**
 * The stock supervisor writes every worker answer into the graph at once and only then asks for the next
 * iteration, so each iteration costs the main thread a full Sigma update, and a busy main thread slows the
 * layout itself. This one keeps a copy of the newest positions, hands the buffer straight back to the worker,
 * and writes positions into the graph once per animation frame (and once more when stopped).
 *
 * With `onFrame`, the per-frame writes are silent (no graph event, so Sigma does not re-process the whole
 * view on its own) and `onFrame` says positions moved, letting the renderer choose how to draw them; the
 * final write when stopped is an ordinary update, so every listener sees where the nodes ended.
 */
export class FrameSupervisor extends Base {
  private latest: Float32Array | null = null;
  private frame: number | null = null;
  private movedQuietly = false;

  constructor(
    private readonly target: ExplorerGraph,
    params: ConstructorParameters<SupervisorClass>[1],
    private readonly onFrame?: () => void,
  ) {
    super(target, params);
  }

  /** Replaces the stock handler (bound to the worker in the base constructor through `this`). */
  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const self = this as unknown as SupervisorInternals;
    if (!self.running || !self.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    this.latest = matrix.slice();
    // The worker only learns which nodes are fixed when it starts: tell it of a drop (or an unpin) since.
    syncFixedNodes(this.target, matrix);
    self.matrices.nodes = matrix;
    self.askForIterations();
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null;
      if (!this.onFrame) this.flush();
      else if (this.flush(true)) this.onFrame();
    });
  }

  override kill(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    // Silent frames have moved nodes without telling anyone: the last write is always an ordinary update.
    if (!this.flush() && this.movedQuietly)
      this.target.updateEachNodeAttributes((_id, attrs) => attrs, { attributes: ["x", "y"] });
    this.movedQuietly = false;
    super.kill();
  }

  /**
   * Writes the newest worker positions into the graph (in node order, as the worker's matrix was built);
   * `quiet` writes into the attribute objects without a graph event. False when there was nothing to write.
   * A fixed node keeps the graph's position: it may have been dropped there after the worker's answer.
   */
  private flush(quiet = false): boolean {
    const matrix = this.latest;
    this.latest = null;
    if (!matrix || matrix.length !== this.target.order * PPN) return false;
    let i = 0;
    if (quiet) {
      this.target.forEachNode((_id, attrs) => {
        if (attrs.fixed !== true) {
          attrs.x = matrix[i]!;
          attrs.y = matrix[i + 1]!;
        }
        i += PPN;
      });
      this.movedQuietly = true;
      return true;
    }
    this.movedQuietly = false;
    this.target.updateEachNodeAttributes(
      (_id, attrs) => {
        if (attrs.fixed !== true) {
          attrs.x = matrix[i]!;
          attrs.y = matrix[i + 1]!;
        }
        i += PPN;
        return attrs;
      },
      { attributes: ["x", "y"] },
    );
    return true;
  }
}

/** Where graphology-layout-forceatlas2 keeps a node's "fixed" flag in its matrix (NODE_FIXED). */
const FIXED = 9;

/**
 * Copies each node's `fixed` flag into the worker's matrix, and a fixed node's position with it, so a node
 * dropped (pinned) while the layout runs stays where it was dropped and pulls its neighbours there, and one
 * unpinned moves again. False when the matrix does not match the graph (its worker is being restarted).
 */
export function syncFixedNodes(graph: ExplorerGraph, matrix: Float32Array): boolean {
  if (matrix.length !== graph.order * PPN) return false;
  let i = 0;
  graph.forEachNode((_id, attrs) => {
    if (attrs.fixed === true) {
      matrix[i] = attrs.x;
      matrix[i + 1] = attrs.y;
      matrix[i + FIXED] = 1;
    } else matrix[i + FIXED] = 0;
    i += PPN;
  });
  return true;
}
