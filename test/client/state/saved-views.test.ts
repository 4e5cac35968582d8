// Unit tests for saved views: storage round trip, export/import, and clear errors on bad files.
import { describe, expect, it } from "vitest";
import {
  loadViews,
  parseViews,
  removeView,
  serializeViews,
  STORAGE_KEY,
  storeViews,
  upsertView,
  type SavedView,
} from "../../../client/src/state/saved-views.js";
import { defaultView } from "../../../client/src/state/view-url.js";

const memoryStorage = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
};

const japan: SavedView = {
  name: "Japan",
  view: { ...defaultView, nodes: ["japan", "usa"], selected: "japan", asOf: "2023-12-31" },
  positions: { japan: { x: 1, y: 2 }, usa: { x: -3, y: 4.5 } },
};

describe("saved-views", () => {
  it("stores views and loads them back", () => {
    const storage = memoryStorage();
    storeViews(storage, [japan]);
    expect(storage.map.has(STORAGE_KEY)).toBe(true);
    expect(loadViews(storage)).toEqual([japan]);
  });

  it("exports to JSON and imports the same views", () => {
    expect(parseViews(serializeViews([japan]))).toEqual([japan]);
  });

  it("replaces a view of the same name and removes by name", () => {
    const other = { ...japan, view: defaultView };
    const views = upsertView(upsertView([], japan), other);
    expect(views).toEqual([other]);
    expect(removeView(views, "Japan")).toEqual([]);
  });

  it("rejects bad files with a message naming the problem", () => {
    expect(() => parseViews("{")).toThrow(/not valid JSON/);
    expect(() => parseViews('{"views": []}')).toThrow(/format/);
    expect(() => parseViews('{"format": "chipgraph-views@1", "views": [{"name": ""}]}')).toThrow(
      /views\[0\]/,
    );
  });

  it("yields no views when storage holds garbage", () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, "nonsense");
    expect(loadViews(storage)).toEqual([]);
  });
});
