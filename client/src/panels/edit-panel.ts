// The inspector's curation section: edit or delete the entity, edit/delete/add its relationships, and its history.
import type { GraphNode, Source } from "../../../server/domain/model.js";
import { vocabulary } from "../api/vocabulary.js";
import { toProblem } from "../api/api-error.js";
import type { CurationApi } from "../api/curation.js";
import type { NodeDetail } from "../state/app-state.js";
import { auditTrail } from "./audit-trail.js";
import { edgeForm } from "./edit-edge-form.js";
import { entityFormProblem } from "./entity-form-check.js";
import { h, setChildren } from "./dom.js";
import "./curation.css";

export interface CurationSectionOptions {
  api: CurationApi;
  sources: ReadonlyMap<string, Source>;
  /** After a save: refresh what shows the entity (inspector, canvas label). */
  onChanged: (node: GraphNode) => void;
  /** After the entity was deleted. */
  onDeleted: (id: string) => void;
}

/** Elements the inspector appends for `detail`: an "Edit" button with its forms, and the History section. */
export function curationSection(detail: NodeDetail, o: CurationSectionOptions): HTMLElement[] {
  const area = h("div", { className: "edit-area" });
  const close = () => area.replaceChildren();
  const openEntity = () =>
    setChildren(area, entityForm(detail.node, o, close), relationshipEditor(detail, o, area));
  const button = h(
    "button",
    { attrs: { type: "button", "data-action": "edit" }, on: { click: openEntity } },
    "Edit",
  );
  return [
    h("div", { className: "actions curation-actions" }, button),
    area,
    auditTrail(detail.node.id, o.api),
  ];
}

function entityForm(node: GraphNode, o: CurationSectionOptions, close: () => void): HTMLFormElement {
  const name = h("input", { attrs: { name: "name", required: "", "aria-label": "Name" } });
  name.value = node.name;
  const type = h(
    "select",
    { attrs: { name: "type", "aria-label": "Type" } },
    ...vocabulary().nodeTypes.map((t) => h("option", { attrs: { value: t } }, t)),
  );
  if (!vocabulary().nodeTypes.includes(node.type))
    type.append(h("option", { attrs: { value: node.type } }, node.type));
  type.value = node.type;
  const aliases = h("input", { attrs: { name: "aliases", "aria-label": "Aliases, comma-separated" } });
  aliases.value = node.aliases.join(", ");
  const props = h("textarea", {
    attrs: { name: "properties", rows: "3", "aria-label": "Properties (JSON)" },
  });
  props.value = JSON.stringify(node.properties, null, 1);
  const problem = h("p", { className: "error-text", attrs: { role: "alert" } });
  const fail = (error: unknown) => (problem.textContent = toProblem(error).message);
  const remove = () => {
    if (!confirm(`Delete "${node.name}" and all its relationships?`)) return;
    o.api.deleteNode(node.id).then(() => o.onDeleted(node.id), fail);
  };
  const form = h(
    "form",
    { className: "edit-form entity-form", attrs: { "aria-label": "Edit entity" } },
    h("label", {}, "Name ", name),
    h("label", {}, "Type ", type),
    h("label", {}, "Aliases ", aliases),
    h("label", {}, "Properties (JSON) ", props),
    problem,
    h(
      "div",
      { className: "actions" },
      h("button", { className: "primary", attrs: { type: "submit" } }, "Save"),
      h("button", { attrs: { type: "button" }, on: { click: close } }, "Cancel"),
      h("button", { className: "danger", attrs: { type: "button" }, on: { click: remove } }, "Delete entity"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    let properties: GraphNode["properties"];
    try {
      properties = JSON.parse(props.value || "{}") as GraphNode["properties"];
    } catch {
      problem.textContent = "Properties: not valid JSON.";
      return;
    }
    const patch = {
      name: name.value.trim(),
      type: type.value as GraphNode["type"],
      aliases: aliases.value
        .split(",")
        .map((a) => a.trim())
        .filter((a) => a !== ""),
      properties,
    };
    const refused = entityFormProblem(patch);
    if (refused) {
      problem.textContent = refused;
      return;
    }
    o.api.updateNode(node.id, patch).then(({ node: saved }) => {
      close();
      o.onChanged(saved);
    }, fail);
  });
  return form;
}

/** The entity's relationships, each with Edit and Delete, and "Add relationship". */
function relationshipEditor(detail: NodeDetail, o: CurationSectionOptions, area: HTMLElement): HTMLElement {
  const { node } = detail;
  const slot = h("div", { className: "edge-form-slot" });
  const done = () => o.onChanged(node);
  const show = (form: HTMLElement) => setChildren(slot, form);
  const nameOf = (id: string) => detail.nodes.get(id)?.name ?? id;
  const items = detail.edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((edge) =>
      h(
        "li",
        {},
        `${nameOf(edge.source)} ${edge.type} ${nameOf(edge.target)} `,
        h(
          "button",
          {
            attrs: { type: "button" },
            on: {
              click: () =>
                show(
                  edgeForm({
                    node,
                    edge,
                    sources: o.sources,
                    api: o.api,
                    onSaved: done,
                    onCancel: () => slot.replaceChildren(),
                  }),
                ),
            },
          },
          "Edit",
        ),
        h(
          "button",
          {
            className: "danger",
            attrs: { type: "button" },
            on: {
              click: () =>
                void o.api
                  .deleteEdge(edge.id)
                  .then(done, (e: unknown) => (area.dataset.problem = toProblem(e).message)),
            },
          },
          "Delete",
        ),
      ),
    );
  const add = h(
    "button",
    {
      attrs: { type: "button" },
      on: {
        click: () =>
          show(
            edgeForm({
              node,
              sources: o.sources,
              api: o.api,
              onSaved: done,
              onCancel: () => slot.replaceChildren(),
            }),
          ),
      },
    },
    "Add relationship",
  );
  return h(
    "section",
    { className: "relationship-editor" },
    h("h3", { className: "section-title" }, "Edit relationships"),
    h("ul", {}, ...items),
    add,
    slot,
  );
}
