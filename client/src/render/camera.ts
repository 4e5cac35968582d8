// Camera moves: centre on a node or fit a set of nodes, leaving room for a panel on the right.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { NodeId } from "../../../server/domain/model.js";

const DURATION = { duration: 600, easing: "quadraticInOut" } as const;

/** Moves `state` so that what it centres appears `offsetX` px left of the viewport's centre. */
function shifted(sigma: Sigma, state: CameraState, offsetX: number): CameraState {
  const { width, height } = sigma.getDimensions();
  const centre = sigma.viewportToFramedGraph(
    { x: width / 2 + offsetX, y: height / 2 },
    { cameraState: state },
  );
  return { ...state, x: centre.x, y: centre.y };
}

/** Moves started, so a move that ends after a later one started does not mark the camera still. */
let moves = 0;

/**
 * Eases the camera to `state`. The container says `data-camera="moving"` until the last move started has ended,
 * then `"still"`: Sigma ends a move that another interrupts early (its promise resolves then), and tests wait for
 * the end before they click where a node is drawn.
 */
export function easeCamera(
  sigma: Sigma,
  state: Partial<CameraState>,
  options: { duration: number; easing?: "quadraticInOut" } = DURATION,
): void {
  const container = sigma.getContainer();
  const move = ++moves;
  container.dataset.camera = "moving";
  void sigma
    .getCamera()
    .animate(state, options)
    .then(() => {
      if (move === moves) container.dataset.camera = "still";
    });
}

/** Display data is refreshed on the next frame; a node added just now needs an immediate refresh. */
function displayOf(sigma: Sigma, id: NodeId) {
  if (!sigma.getNodeDisplayData(id)) sigma.refresh();
  return sigma.getNodeDisplayData(id);
}

export function focusNode(sigma: Sigma, id: NodeId, offsetX: number): void {
  const display = displayOf(sigma, id);
  if (!display) return;
  const camera = sigma.getCamera();
  const onNode = { ...camera.getState(), x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) };
  easeCamera(sigma, shifted(sigma, onNode, offsetX));
}

/** Zooms so all `ids` fit in the part of the canvas left of a panel `2 * offsetX` px wide. */
export function fitNodes(sigma: Sigma, ids: readonly NodeId[], offsetX: number): void {
  sigma.refresh();
  const points = ids.map((id) => sigma.getNodeDisplayData(id)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const camera = sigma.getCamera();
  const unit: CameraState = { ...camera.getState(), x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: 1 };
  // How much framed space the visible area spans at ratio 1; it scales linearly with the ratio.
  const { width, height } = sigma.getDimensions();
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: unit });
  const b = sigma.viewportToFramedGraph({ x: width - 2 * offsetX, y: height }, { cameraState: unit });
  const spanX = Math.abs(b.x - a.x) || 1;
  const spanY = Math.abs(b.y - a.y) || 1;
  const ratio = Math.min(Math.max(((maxX - minX) / spanX) * 1.4, ((maxY - minY) / spanY) * 1.4, 0.15), 1.2);
  easeCamera(sigma, shifted(sigma, { ...unit, ratio }, offsetX));
}
