// Camera moves: the container says whether the camera is still, so a click aimed at a node waits for the ease.
import type Sigma from "sigma";
import { describe, expect, it } from "vitest";
import { easeCamera } from "../../../client/src/render/camera.js";

/** A Sigma whose camera moves end when the test says, the way Sigma's do: an interrupted move resolves at once. */
function fakeSigma() {
  const container = { dataset: {} as Record<string, string> };
  const pending: (() => void)[] = [];
  const sigma = {
    getContainer: () => container,
    getCamera: () => ({
      animate: () =>
        new Promise<void>((resolve) => {
          pending.splice(0).forEach((end) => end());
          pending.push(resolve);
        }),
    }),
  } as unknown as Sigma;
  return { sigma, container, end: () => pending.splice(0).forEach((end) => end()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("easeCamera", () => {
  it("marks the container moving until the move ends, then still", async () => {
    const { sigma, container, end } = fakeSigma();
    easeCamera(sigma, { x: 0.2 });
    expect(container.dataset.camera).toBe("moving");
    await settle();
    expect(container.dataset.camera).toBe("moving");
    end();
    await settle();
    expect(container.dataset.camera).toBe("still");
  });

  it("stays moving when a move interrupted by another resolves, until the last one ends", async () => {
    const { sigma, container, end } = fakeSigma();
    easeCamera(sigma, { x: 0.2 });
    easeCamera(sigma, { x: 0.8 }); // Sigma resolves the first move's promise now
    await settle();
    expect(container.dataset.camera).toBe("moving");
    end();
    await settle();
    expect(container.dataset.camera).toBe("still");
  });
});
