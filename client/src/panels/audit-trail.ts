// The inspector's "History" section: an entity's audit trail (who changed what, when), loaded when opened.
import type { CurationApi } from "../api/curation.js";
import { toProblem } from "../api/api-error.js";
import { h, setChildren } from "./dom.js";

/** A collapsed <details>; opening it fetches the entries for `entityId`, newest first. */
export function auditTrail(entityId: string, api: Pick<CurationApi, "audit">): HTMLElement {
  const list = h("ol", { className: "audit-list" });
  const details = h(
    "details",
    { className: "audit-trail", attrs: { "data-entity": entityId } },
    h("summary", {}, "History"),
    list,
  );
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    setChildren(list, h("li", { className: "muted" }, "Loading…"));
    api.audit(entityId).then(
      ({ entries }) =>
        setChildren(
          list,
          ...(entries.length === 0
            ? [h("li", { className: "muted" }, "No recorded changes.")]
            : entries.map((e) =>
                h(
                  "li",
                  { className: "audit-entry" },
                  h("time", { attrs: { datetime: e.at } }, e.at.slice(0, 19).replace("T", " ")),
                  " · ",
                  h("span", { className: "audit-actor" }, e.actor),
                  " · ",
                  e.summary,
                ),
              )),
        ),
      (error: unknown) => setChildren(list, h("li", { className: "error-text" }, toProblem(error).message)),
    );
  });
  return details;
}
