// The relationship form: type, direction, the other end, properties and evidence; creates or updates one relationship.
import type { GraphEdge, GraphNode, Source } from "../../../server/domain/model.js";
import { vocabulary } from "../api/vocabulary.js";
import { toProblem } from "../api/api-error.js";
import type { CurationApi } from "../api/curation.js";
import { evidenceEditor } from "./edit-evidence.js";
import { h } from "./dom.js";

export interface EdgeFormOptions {
  /** The entity the inspector shows: one end of the relationship. */
  node: GraphNode;
  /** The relationship to edit; undefined to add one. */
  edge?: GraphEdge;
  sources: ReadonlyMap<string, Source>;
  api: Pick<CurationApi, "createEdge" | "updateEdge">;
  onSaved: () => void;
  onCancel: () => void;
}

/** A <form>; errors from the server (missing evidence, unknown end…) show inside it. */
export function edgeForm(o: EdgeFormOptions): HTMLFormElement {
  const outgoing = !o.edge || o.edge.source === o.node.id;
  const type = h(
    "select",
    { attrs: { name: "type", "aria-label": "Relationship type" } },
    ...vocabulary().relTypes.map((t) => h("option", { attrs: { value: t } }, t)),
  );
  type.value = o.edge?.type ?? "PARTNERS_WITH";
  const direction = h(
    "select",
    { attrs: { name: "direction", "aria-label": "Direction" } },
    h("option", { attrs: { value: "out" } }, `${o.node.name} → other`),
    h("option", { attrs: { value: "in" } }, `other → ${o.node.name}`),
  );
  direction.value = outgoing ? "out" : "in";
  const other = h("input", {
    attrs: { name: "other", placeholder: "other entity id", "aria-label": "Other entity id", required: "" },
  });
  other.value = o.edge ? (outgoing ? o.edge.target : o.edge.source) : "";
  const props = h("textarea", {
    attrs: { name: "properties", rows: "2", "aria-label": "Properties (JSON)" },
  });
  props.value = JSON.stringify(o.edge?.properties ?? {});
  const evidence = evidenceEditor(o.edge?.evidence ?? [], o.sources);
  const problem = h("p", { className: "error-text", attrs: { role: "alert" } });
  const form = h(
    "form",
    { className: "edit-form edge-form" },
    h("label", {}, "Type ", type),
    h("label", {}, "Direction ", direction),
    h("label", {}, "Other end ", other),
    h("label", {}, "Properties (JSON) ", props),
    evidence.element,
    problem,
    h(
      "div",
      { className: "actions" },
      h(
        "button",
        { className: "primary", attrs: { type: "submit" } },
        o.edge ? "Save relationship" : "Add relationship",
      ),
      h("button", { attrs: { type: "button" }, on: { click: () => o.onCancel() } }, "Cancel"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    let properties: GraphEdge["properties"];
    try {
      properties = JSON.parse(props.value || "{}") as GraphEdge["properties"];
    } catch {
      problem.textContent = "Properties: not valid JSON.";
      return;
    }
    const ends =
      direction.value === "out"
        ? { source: o.node.id, target: other.value.trim() }
        : { source: other.value.trim(), target: o.node.id };
    const body = { type: type.value as GraphEdge["type"], ...ends, properties, evidence: evidence.read() };
    const saving = o.edge ? o.api.updateEdge(o.edge.id, body) : o.api.createEdge(body);
    saving.then(
      () => o.onSaved(),
      (error: unknown) => (problem.textContent = toProblem(error).message),
    );
  });
  return form;
}
