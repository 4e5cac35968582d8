// Dragging a node: it follows the pointer, and its drop is not taken for a click on it.
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import { bindDrag } from "../../../client/src/render/node-drag.js";

type Listener = (event: unknown) => void;

/** Sigma's node events, its mouse captor and its container, as far as bindDrag uses them. */
function fakeSigma() {
  const sigmaListeners = new Map<string, Listener>();
  const captorListeners = new Map<string, Listener>();
  const clickListeners = new Set<Listener>();
  const sigma = {
    on: (event: string, fn: Listener) => void sigmaListeners.set(event, fn),
    getMouseCaptor: () => ({ on: (event: string, fn: Listener) => void captorListeners.set(event, fn) }),
    getContainer: () => ({
      addEventListener: (_type: string, fn: Listener) => void clickListeners.add(fn),
      removeEventListener: (_type: string, fn: Listener) => void clickListeners.delete(fn),
    }),
    viewportToGraph: (p: { x: number; y: number }) => ({ x: p.x / 10, y: p.y / 10 }),
  };
  const pointer = (x: number, y: number) => ({
    x,
    y,
    preventSigmaDefault: () => undefined,
    original: { preventDefault: () => undefined, stopPropagation: () => undefined },
  });
  return {
    sigma: sigma as unknown as Sigma,
    press: (node?: string) => {
      captorListeners.get("mousedown")?.({});
      if (node) sigmaListeners.get("downNode")?.({ node });
    },
    move: (x: number, y: number) => captorListeners.get("mousemovebody")?.(pointer(x, y)),
    release: () => captorListeners.get("mouseup")?.({}),
    /** The browser's click after the release: true when it would reach Sigma (not stopped on the way). */
    click() {
      let stopped = false;
      for (const fn of clickListeners) fn({ stopPropagation: () => (stopped = true) });
      return !stopped;
    },
    clickListeners,
  };
}

describe("bindDrag", () => {
  it("moves the pressed node to the graph coordinates under the pointer", () => {
    const fake = fakeSigma();
    const moves: [string, number, number][] = [];
    bindDrag(fake.sigma, { moveNode: (id, x, y) => void moves.push([id, x, y]) });
    fake.press("taiwan");
    fake.move(100, 50);
    fake.release();
    fake.move(300, 300);
    expect(moves).toEqual([["taiwan", 10, 5]]);
  });

  it("keeps the click that ends a drag from reaching Sigma: a drop does not select and re-centre", () => {
    const fake = fakeSigma();
    bindDrag(fake.sigma, { moveNode: () => undefined });
    fake.press("taiwan");
    fake.move(100, 50);
    fake.release();
    expect(fake.click()).toBe(false);
  });

  it("lets a plain click through, on a node or on the stage, also right after a drag", () => {
    const fake = fakeSigma();
    bindDrag(fake.sigma, { moveNode: () => undefined });
    fake.press("taiwan");
    fake.release();
    expect(fake.click()).toBe(true);
    fake.press("taiwan");
    fake.move(100, 50);
    fake.release(); // released off the canvas: no click follows
    fake.press();
    fake.release();
    expect(fake.click()).toBe(true);
  });

  it("unbinds its click listener", () => {
    const fake = fakeSigma();
    const unbind = bindDrag(fake.sigma, { moveNode: () => undefined });
    expect(fake.clickListeners.size).toBe(1);
    unbind();
    expect(fake.clickListeners.size).toBe(0);
  });
});
