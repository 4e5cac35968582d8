// Unit tests for the undo/redo history producer.
import { describe, expect, it } from "vitest";
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  replacePresent,
  undo,
} from "../../../client/src/state/history.js";

describe("history", () => {
  it("undoes and redoes recorded steps in order", () => {
    let h = record(record(createHistory("a"), "b"), "c");
    h = undo(h);
    expect(h.present).toBe("b");
    h = undo(h);
    expect(h.present).toBe("a");
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe("c");
    expect(canRedo(h)).toBe(false);
  });

  it("discards the redo branch when a new step is recorded after an undo", () => {
    const h = record(undo(record(createHistory(1), 2)), 3);
    expect(h.present).toBe(3);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(1);
  });

  it("returns the same history when there is nothing to undo or redo, or the step is unchanged", () => {
    const h = createHistory("x");
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(record(h, "x")).toBe(h);
  });

  it("keeps at most `limit` past steps, dropping the oldest", () => {
    let h = createHistory(0);
    for (let i = 1; i <= 5; i++) h = record(h, i, 3);
    expect(h.past).toEqual([2, 3, 4]);
  });

  it("replaces the present without adding a step", () => {
    const h = replacePresent(record(createHistory("a"), "b"), "b2");
    expect(h.present).toBe("b2");
    expect(undo(h).present).toBe("a");
  });
});
