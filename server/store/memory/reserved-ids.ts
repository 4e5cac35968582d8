// graphology keeps a node's neighbours in plain objects, so ids like "constructor" break it: refuse them up front.
import { InvalidArgumentError } from "../../domain/errors.js";
import type { GraphExport } from "../../domain/model.js";

/** @throws InvalidArgumentError naming the first node whose id is an `Object.prototype` property name. */
export function assertNoReservedIds(data: GraphExport): void {
  for (const node of data.nodes) {
    if (node.id in Object.prototype) {
      throw new InvalidArgumentError(
        `load: node id "${node.id}" is a reserved name on the embedded store (a JavaScript object property); rename the node`,
        { id: node.id },
      );
    }
  }
}
