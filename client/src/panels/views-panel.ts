// The views section: copy the link to this view, save it by name, reopen or delete saved views, export and import JSON.
import type { ViewActions } from "../app/view-actions.js";
import { h, setChildren } from "./dom.js";

export function mountViewsPanel(root: HTMLElement, views: ViewActions, say: (text: string) => void): void {
  const name = h("input", {
    attrs: { type: "text", placeholder: "View name", "aria-label": "View name", "data-role": "view-name" },
  });
  const list = h("ul", { className: "view-list", attrs: { "aria-label": "Saved views" } });
  const file = h("input", {
    attrs: { type: "file", accept: "application/json,.json", "aria-label": "Import views" },
  });
  file.hidden = true;

  function render(): void {
    setChildren(
      list,
      ...views.saved().map((v) =>
        h(
          "li",
          { attrs: { "data-view": v.name } },
          h(
            "button",
            { attrs: { type: "button" }, on: { click: () => void views.apply(v.view, v.positions) } },
            v.name,
          ),
          h(
            "button",
            {
              className: "view-delete",
              attrs: { type: "button", "aria-label": `Delete ${v.name}` },
              on: { click: () => (views.remove(v.name), render()) },
            },
            "×",
          ),
        ),
      ),
    );
  }

  const save = () => {
    const text = name.value.trim();
    if (!text) return name.focus();
    views.save(text);
    name.value = "";
    render();
    say(`Saved view "${text}"`);
  };
  name.addEventListener("keydown", (e) => {
    if (e.key === "Enter") save();
  });
  const copy = async () => {
    views.syncUrl();
    try {
      await navigator.clipboard.writeText(location.href);
      say("Link to this view copied");
    } catch {
      say("Copy the address bar: it holds this view");
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([views.exportJson()], { type: "application/json" }));
    h("a", { attrs: { href: url, download: "chipgraph-views.json" } }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      say(`Imported ${views.importJson(await chosen.text())} views`);
      render();
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    }
    file.value = "";
  });

  setChildren(
    root,
    h(
      "div",
      { className: "view-save" },
      name,
      h("button", { attrs: { type: "button", "data-role": "save-view" }, on: { click: save } }, "Save"),
    ),
    list,
    h(
      "div",
      { className: "view-buttons" },
      h(
        "button",
        { attrs: { type: "button", "data-role": "copy-link" }, on: { click: () => void copy() } },
        "Copy link",
      ),
      h("button", { attrs: { type: "button" }, on: { click: download } }, "Export JSON"),
      h("button", { attrs: { type: "button" }, on: { click: () => file.click() } }, "Import JSON"),
      file,
    ),
  );
  render();
}
