// Named views kept in localStorage, and their export to / import from a JSON file (pure over a Storage).
import { decodeView, encodeView, type ViewState } from "./view-url.js";

/** A saved view: its name, the view, and node positions when the graph had them. */
export interface SavedView {
  name: string;
  view: ViewState;
  positions?: Record<string, { x: number; y: number }>;
}

export const STORAGE_KEY = "chipgraph.saved-views";
const FORMAT = "chipgraph-views@1";

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

/** What an exported file holds: the format tag and the views, each view as its URL hash (one encoding). */
interface ViewsFile {
  format: string;
  views: { name: string; hash: string; positions?: Record<string, { x: number; y: number }> }[];
}

export function serializeViews(views: readonly SavedView[]): string {
  const file: ViewsFile = {
    format: FORMAT,
    views: views.map((v) => ({
      name: v.name,
      hash: encodeView(v.view),
      ...(v.positions ? { positions: v.positions } : {}),
    })),
  };
  return JSON.stringify(file, null, 2);
}

/** Parses an exported file. @throws Error naming what is wrong (the panel shows the message). */
export function parseViews(text: string): SavedView[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("views file: not valid JSON");
  }
  const file = data as Partial<ViewsFile> | null;
  if (!file || file.format !== FORMAT || !Array.isArray(file.views)) {
    throw new Error(`views file: expected {"format": "${FORMAT}", "views": [...]}`);
  }
  return file.views.map((entry, i) => {
    if (
      !entry ||
      typeof entry.name !== "string" ||
      entry.name.trim() === "" ||
      typeof entry.hash !== "string"
    ) {
      throw new Error(`views file: views[${i}] needs a non-empty "name" and a "hash"`);
    }
    const view = decodeView(entry.hash);
    if (!view) throw new Error(`views file: views[${i}].hash is not a view link`);
    return {
      name: entry.name.trim(),
      view,
      ...(isPositions(entry.positions) ? { positions: entry.positions } : {}),
    };
  });
}

function isPositions(value: unknown): value is Record<string, { x: number; y: number }> {
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).every(
    (p) => typeof p === "object" && p !== null && Number.isFinite(p.x) && Number.isFinite(p.y),
  );
}

/** The saved views; a corrupt entry in storage yields an empty list rather than a broken panel. */
export function loadViews(storage: KeyValueStorage): SavedView[] {
  const text = storage.getItem(STORAGE_KEY);
  if (!text) return [];
  try {
    return parseViews(text);
  } catch {
    return [];
  }
}

export function storeViews(storage: KeyValueStorage, views: readonly SavedView[]): void {
  storage.setItem(STORAGE_KEY, serializeViews(views));
}

/** Adds a view, replacing one of the same name (names are the user's handles). */
export function upsertView(views: readonly SavedView[], view: SavedView): SavedView[] {
  return [...views.filter((v) => v.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name));
}

export function removeView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}
