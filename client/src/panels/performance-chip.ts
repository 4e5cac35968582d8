// The "performance mode" chip beside the status line: shows whether the large-graph settings are on, and overrides them.
import type { AppState } from "../state/app-state.js";
import {
  nextOverride,
  parseOverride,
  performanceActive,
  performanceText,
  PERFORMANCE_KEY,
  type PerformanceOverride,
} from "../state/performance-mode.js";
import type { Store } from "../state/store.js";
import { h } from "./dom.js";

/** Storage that may be missing or throw (private mode): the override then lasts a visit. */
function readStored(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(PERFORMANCE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeStored(storage: Storage | undefined, override: PerformanceOverride): void {
  try {
    if (override === "auto") storage?.removeItem(PERFORMANCE_KEY);
    else storage?.setItem(PERFORMANCE_KEY, override);
  } catch {
    // Not persisted; the override still holds for this visit.
  }
}

/**
 * Mounts the chip after `after` and keeps `state.performance` in step with the drawn edge count (with
 * hysteresis, state/performance-mode.ts) and the user's remembered override.
 */
export function mountPerformanceChip(
  after: HTMLElement,
  store: Store<AppState>,
  storage: Storage | undefined = globalThis.localStorage,
): HTMLButtonElement {
  const chip = h("button", {
    className: "perf-chip",
    attrs: { type: "button", id: "performance-mode", "data-role": "performance-mode" },
    on: {
      click: () => {
        const override = nextOverride(store.get().performance.override);
        writeStored(storage, override);
        settle(override);
      },
    },
  }) as HTMLButtonElement;
  after.after(chip);

  /** While a view is arriving, its size counts: the mode switches before its edges are drawn. */
  const edgesOf = (s: AppState) =>
    s.load.kind === "loading" && s.load.edges !== undefined ? s.load.edges : s.counts.edges;

  function settle(override: PerformanceOverride): void {
    store.update((s) => {
      const active = performanceActive(s.performance.active, edgesOf(s), override);
      if (active === s.performance.active && override === s.performance.override) return s;
      return { ...s, performance: { override, active } };
    });
  }

  function render(s: AppState): void {
    const { label, title } = performanceText(s.performance);
    chip.textContent = label;
    chip.title = title;
    chip.setAttribute("aria-pressed", String(s.performance.active));
    chip.dataset.active = String(s.performance.active);
    chip.dataset.override = s.performance.override;
    chip.hidden = s.load.kind !== "ready";
  }

  store.subscribe((s, prev) => {
    if (edgesOf(s) !== edgesOf(prev)) settle(s.performance.override);
    render(store.get());
  });
  settle(parseOverride(readStored(storage)));
  render(store.get());
  return chip;
}
