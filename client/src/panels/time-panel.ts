// The as-of bar: a histogram of dated facts per year, a month slider, "all time", and playback year by year.
import type { ExplorationActions } from "../app/exploration-actions.js";
import type { ExplorationState } from "../state/exploration.js";
import type { Store } from "../state/store.js";
import { periodEnd } from "../state/time.js";
import { h, setChildren } from "./dom.js";

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthEnd = (index: number) =>
  periodEnd(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`) ?? "";

export function mountTimePanel(
  root: HTMLElement,
  exploration: Store<ExplorationState>,
  explore: ExplorationActions,
  changes: (listener: () => void) => void,
): void {
  const bars = h("div", { className: "time-bars", attrs: { "aria-hidden": "true" } });
  const slider = h("input", {
    attrs: { type: "range", step: "1", "aria-label": "As-of date", "data-role": "as-of" },
    on: { input: () => explore.setAsOf(monthEnd(Number(slider.value))) },
  });
  const label = h("output", { className: "time-label", attrs: { "data-role": "as-of-label" } });
  const all = h(
    "button",
    { attrs: { type: "button", "data-role": "all-time" }, on: { click: () => explore.setAsOf(null) } },
    "All time",
  );
  const play = h("button", {
    attrs: { type: "button", "data-role": "play" },
    on: { click: () => explore.togglePlay() },
  });
  const note = h(
    "p",
    { className: "time-note" },
    "Undated facts stay visible; coarse dates count from the start of their period.",
  );

  function render(): void {
    const s = exploration.get();
    const years = explore.timeline();
    root.hidden = years.length === 0;
    if (years.length === 0) return;
    const first = years[0]!.year;
    const last = years[years.length - 1]!.year;
    slider.min = String(first * 12);
    slider.max = String(last * 12 + 11);
    slider.value = String(s.asOf ? monthIndex(s.asOf) : last * 12 + 11);
    const peak = Math.max(...years.map((y) => y.count), 1);
    setChildren(
      bars,
      ...years.map((y) => {
        const bar = h("span", {
          className: "time-bar",
          attrs: { title: `${y.year}: ${y.count} dated facts` },
        });
        bar.style.height = `${Math.round((y.count / peak) * 100)}%`;
        if (s.asOf && y.year > Number(s.asOf.slice(0, 4))) bar.classList.add("is-future");
        return h(
          "span",
          { className: "time-col" },
          bar,
          h("span", { className: "time-year" }, String(y.year)),
        );
      }),
    );
    label.textContent = s.asOf ? `As of ${s.asOf}` : "All time";
    play.textContent = s.playing ? "Pause" : "Play";
    root.dataset.asOf = s.asOf ?? "";
  }

  setChildren(root, h("div", { className: "time-controls" }, play, all, label), bars, slider, note);
  render();
  changes(render);
  exploration.subscribe((s, prev) => {
    if (s.asOf !== prev.asOf || s.playing !== prev.playing) render();
  });
}
