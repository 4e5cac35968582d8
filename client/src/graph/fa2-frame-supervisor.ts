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
 */
export class FrameSupervisor extends Base {
  private latest: Float32Array | null = null;
  private frame: number | null = null;

  constructor(
    private readonly target: ExplorerGraph,
    params: ConstructorParameters<SupervisorClass>[1],
  ) {
    super(target, params);
  }

  /** Replaces the stock handler (bound to the worker in the base constructor through `this`). */
  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const self = this as unknown as SupervisorInternals;
    if (!self.running || !self.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    this.latest = matrix.slice();
    self.matrices.nodes = matrix;
    self.askForIterations();
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null;
      this.flush();
    });
  }

  override kill(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.flush();
    super.kill();
  }

  /** Writes the newest worker positions into the graph (in node order, as the worker's matrix was built). */
  private flush(): void {
    const matrix = this.latest;
    this.latest = null;
    if (!matrix || matrix.length !== this.target.order * PPN) return;
    let i = 0;
    this.target.updateEachNodeAttributes(
      (_id, attrs) => {
        attrs.x = matrix[i]!;
        attrs.y = matrix[i + 1]!;
        i += PPN;
        return attrs;
      },
      { attributes: ["x", "y"] },
    );
  }
}
