// Translates Sigma's pointer events into the explorer's actions.
import type Sigma from "sigma";
import type { NodeId } from "../../../server/domain/model.js";

export interface CanvasHandlers {
  select(id: NodeId): void;
  clearSelection(): void;
  expand(id: NodeId): void;
  hover(id: NodeId | null): void;
  /** Right-click on a node: the context menu, at the pointer's position in the page. */
  contextMenu?(id: NodeId, pageX: number, pageY: number): void;
}

export function bindCanvasEvents(sigma: Sigma, handlers: CanvasHandlers): void {
  const container = sigma.getContainer();
  sigma.on("clickNode", ({ node }) => handlers.select(node));
  sigma.on("doubleClickNode", (event) => {
    // Sigma zooms on double-click by default; on a node the gesture means "expand" instead.
    event.preventSigmaDefault();
    handlers.expand(event.node);
  });
  sigma.on("clickStage", () => handlers.clearSelection());
  sigma.on("rightClickNode", ({ node, event }) => {
    event.original.preventDefault();
    event.preventSigmaDefault();
    const original = event.original as MouseEvent;
    handlers.contextMenu?.(node, original.pageX, original.pageY);
  });
  sigma.on("enterNode", ({ node }) => {
    container.classList.add("is-pointing");
    handlers.hover(node);
  });
  sigma.on("leaveNode", () => {
    container.classList.remove("is-pointing");
    handlers.hover(null);
  });
}
