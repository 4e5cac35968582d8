// Evidence rows of the relationship form: source (from the known sources), locator and note, add and remove.
import type { Evidence, Source } from "../../../server/domain/model.js";
import { h } from "./dom.js";

/** A fieldset editing a list of evidence; `read()` returns the rows with a note. */
export function evidenceEditor(initial: Evidence[], sources: ReadonlyMap<string, Source>) {
  const rows = h("div", { className: "evidence-rows" });
  const addRow = (item?: Evidence) => {
    const source = h(
      "select",
      { attrs: { "aria-label": "Source", name: "sourceId" } },
      ...[...sources.values()].map((s) =>
        h("option", { attrs: { value: s.id } }, `${s.publisher}: ${s.title}`.slice(0, 80)),
      ),
    );
    if (item) {
      if (!sources.has(item.sourceId))
        source.append(h("option", { attrs: { value: item.sourceId } }, item.sourceId));
      source.value = item.sourceId;
    }
    const locator = h("input", {
      attrs: { name: "locator", placeholder: "where (para 9)", "aria-label": "Locator" },
    });
    const note = h("input", {
      attrs: { name: "note", placeholder: "the claim, in our words", "aria-label": "Note" },
    });
    locator.value = item?.locator ?? "";
    note.value = item?.note ?? "";
    const row = h("div", { className: "evidence-row" }, source, locator, note);
    row.append(
      h(
        "button",
        { attrs: { type: "button", "aria-label": "Remove evidence" }, on: { click: () => row.remove() } },
        "×",
      ),
    );
    rows.append(row);
  };
  initial.forEach(addRow);
  const element = h(
    "fieldset",
    { className: "evidence-editor" },
    h("legend", {}, "Evidence"),
    rows,
    h("button", { attrs: { type: "button" }, on: { click: () => addRow() } }, "Add evidence"),
  );
  const read = (): Evidence[] =>
    [...rows.querySelectorAll(".evidence-row")]
      .map((row) => ({
        sourceId: (row.querySelector("[name=sourceId]") as HTMLSelectElement).value,
        locator: (row.querySelector("[name=locator]") as HTMLInputElement).value.trim(),
        note: (row.querySelector("[name=note]") as HTMLInputElement).value.trim(),
      }))
      .filter((e) => e.note !== "");
  return { element, read };
}
