// The view as a URL hash and back: drawn nodes, hidden edges, filters, as-of date, selection, camera (pure).
import { noFilters, type Filters } from "./filters.js";
import { isIsoDay } from "./time.js";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a link restores. `nodes: null` means "the whole graph as first loaded". */
export interface ViewState {
  nodes: readonly string[] | null;
  hiddenEdges: readonly string[];
  filters: Filters;
  asOf: string | null;
  selected: string | null;
  camera: CameraView | null;
}

export const defaultView: ViewState = {
  nodes: null,
  hiddenEdges: [],
  filters: noFilters,
  asOf: null,
  selected: null,
  camera: null,
};

const list = (items: readonly string[]) => items.map(encodeURIComponent).join(",");
const unlist = (text: string | null) =>
  text
    ? text
        .split(",")
        .filter((x) => x !== "")
        .map((x) => safeDecode(x))
    : [];

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const num = (n: number) => String(Math.round(n * 1e4) / 1e4);

/**
 * The hash for a view (without "#"), only with what differs from the default, in a stable order.
 * @example encodeView({ ...defaultView, selected: "tsmc" }) === "v=1&sel=tsmc"
 */
export function encodeView(view: ViewState): string {
  const parts: string[] = ["v=1"];
  if (view.nodes) parts.push(`n=${list(view.nodes)}`);
  if (view.hiddenEdges.length) parts.push(`he=${list(view.hiddenEdges)}`);
  if (view.filters.hiddenNodeTypes.length) parts.push(`ht=${list(view.filters.hiddenNodeTypes)}`);
  if (view.filters.hiddenRelTypes.length) parts.push(`hr=${list(view.filters.hiddenRelTypes)}`);
  if (view.filters.amount.min !== null) parts.push(`amin=${num(view.filters.amount.min)}`);
  if (view.filters.amount.max !== null) parts.push(`amax=${num(view.filters.amount.max)}`);
  if (view.asOf) parts.push(`asof=${view.asOf}`);
  if (view.selected) parts.push(`sel=${encodeURIComponent(view.selected)}`);
  if (view.camera) parts.push(`cam=${[view.camera.x, view.camera.y, view.camera.ratio].map(num).join(",")}`);
  return parts.join("&");
}

/**
 * The view a hash describes. Anything malformed falls back to the default for that part rather than
 * failing: a half-broken shared link still opens. Returns null when the hash is not a view at all.
 */
export function decodeView(hash: string): ViewState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.get("v") !== "1") return null;
  // URLSearchParams already percent-decoded once; the lists were encoded per item, so split on raw commas.
  const raw = new Map(
    hash
      .replace(/^#/, "")
      .split("&")
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
  );
  const finite = (text: string | null) => {
    const n = text === null ? NaN : Number(text);
    return Number.isFinite(n) ? n : null;
  };
  const asOf = params.get("asof");
  const cam = (params.get("cam") ?? "").split(",").map(Number);
  const camera =
    cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0
      ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! }
      : null;
  return {
    nodes: raw.has("n") ? unlist(raw.get("n") ?? "") : null,
    hiddenEdges: unlist(raw.get("he") ?? null),
    filters: {
      hiddenNodeTypes: unlist(raw.get("ht") ?? null),
      hiddenRelTypes: unlist(raw.get("hr") ?? null),
      amount: { min: finite(params.get("amin")), max: finite(params.get("amax")) },
    },
    asOf: asOf && isIsoDay(asOf) ? asOf : null,
    selected: params.get("sel") || null,
    camera,
  };
}
