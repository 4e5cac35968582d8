// Dragging a node on the canvas: it follows the pointer, the camera stays still, and the drop is not a click.
import type Sigma from "sigma";
import type { NodeId } from "../../../server/domain/model.js";

export interface DragHandlers {
  /** A node was dragged to graph coordinates (x, y): move and pin it. */
  moveNode(id: NodeId, x: number, y: number): void;
}

/**
 * Drag a node to move it; the camera stays still while a node is held. Returns a function that unbinds it.
 *
 * The release is a drop, not a click. Keeping the camera still (`preventSigmaDefault`) also keeps Sigma from
 * counting the moves as a drag, so it would take the release for a click on the node: the node would be
 * selected, and selecting eases the camera onto it, carrying the node away from where it was dropped.
 */
export function bindDrag(sigma: Sigma, handlers: DragHandlers): () => void {
  let dragged: NodeId | null = null;
  /** A node moved since the last press: the click that ends this press is its drop. */
  let movedNode = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
  });
  const captor = sigma.getMouseCaptor();
  captor.on("mousedown", () => {
    movedNode = false;
  });
  captor.on("mousemovebody", (event) => {
    if (!dragged) return;
    movedNode = true;
    const p = sigma.viewportToGraph(event);
    handlers.moveNode(dragged, p.x, p.y);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on("mouseup", () => {
    dragged = null;
  });
  // Capture phase on the container: it runs before Sigma's own click listener on its mouse layer, inside it.
  const swallowDrop = (event: Event) => {
    if (movedNode) event.stopPropagation();
  };
  const container = sigma.getContainer();
  container.addEventListener("click", swallowDrop, true);
  return () => container.removeEventListener("click", swallowDrop, true);
}
