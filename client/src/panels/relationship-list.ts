// The inspector's relationships: grouped by type and direction, each with its counterpart, amount, date and evidence.
import type { Evidence, Source } from "../../../server/domain/model.js";
import { colorOf, typeLabel } from "../graph/palette.js";
import { edgeSummary } from "../state/edge-summary.js";
import { formatDate } from "../state/format.js";
import type { RelationshipGroup, RelationshipItem } from "../state/relationships.js";
import { h, isolated, OWN_DIRECTION, swatch } from "./dom.js";

export interface RelationshipListDeps {
  sources: ReadonlyMap<string, Source>;
  /** Names for ids mentioned in properties (`attributedTo`). */
  nameOf(id: string): string;
  onSelect(id: string): void;
}

export function relationshipList(groups: RelationshipGroup[], deps: RelationshipListDeps): HTMLElement {
  if (groups.length === 0) return h("p", { className: "muted" }, "No relationships recorded.");
  return h(
    "div",
    { className: "relationships" },
    ...groups.map((group) =>
      h(
        "section",
        { className: "rel-group", attrs: { "data-rel-type": group.type, "data-direction": group.direction } },
        h(
          "h3",
          { className: "rel-heading" },
          group.label,
          h("span", { className: "count" }, String(group.items.length)),
        ),
        h("ul", { className: "rel-items" }, ...group.items.map((item) => relationshipItem(item, deps))),
      ),
    ),
  );
}

function relationshipItem(item: RelationshipItem, deps: RelationshipListDeps): HTMLLIElement {
  const { counterpart, edge } = item;
  const meta = edgeSummary(edge.properties, deps.nameOf);
  return h(
    "li",
    { className: "rel-item" },
    h(
      "button",
      {
        className: "counterpart",
        attrs: { type: "button", title: `Select ${counterpart.name}` },
        on: { click: () => deps.onSelect(counterpart.id) },
      },
      counterpart.type ? swatch(colorOf(counterpart.type)) : null,
      isolated(counterpart.name),
      counterpart.type ? h("span", { className: "option-type" }, typeLabel(counterpart.type)) : null,
    ),
    meta ? h("p", { className: "rel-meta" }, meta) : null,
    edge.evidence.length > 0
      ? h("ul", { className: "evidence" }, ...edge.evidence.map((ev) => evidenceItem(ev, deps.sources)))
      : h("p", { className: "muted" }, "No evidence recorded."),
  );
}

function evidenceItem(ev: Evidence, sources: ReadonlyMap<string, Source>): HTMLLIElement {
  const source = sources.get(ev.sourceId);
  const cite = source
    ? h(
        "p",
        { className: "citation" },
        h("bdi", { className: "source-title" }, source.title),
        " — ",
        isolated(source.publisher),
        `, ${formatDate(source.published, source.datePrecision)}`,
        ...(ev.locator ? [" · ", isolated(ev.locator)] : []),
      )
    : h(
        "p",
        { className: "citation" },
        "Source ",
        isolated(ev.sourceId),
        ...(ev.locator ? [" · ", isolated(ev.locator)] : []),
      );
  return h(
    "li",
    { className: "evidence-item" },
    h("p", { className: "note", attrs: OWN_DIRECTION }, ev.note),
    cite,
  );
}
