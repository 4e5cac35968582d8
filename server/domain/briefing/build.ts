// Assembles a Briefing from a collected scope: a pure function, so the same graph always gives the same text.
import type { GraphNode, NodeId, PropertyValue } from "../model.js";
import { compareIds } from "../ordering.js";
import { pageRank } from "./centrality.js";
import { CitationRegistry } from "./citations.js";
import { laterOf } from "./dates.js";
import { FactLines, entity } from "./facts.js";
import { egoFigure } from "./figure.js";
import { networkSection } from "./network.js";
import type { BriefingScope } from "./scope.js";
import { changesSince, moneySection, relationshipGroups, timeline } from "./sections.js";
import { summarySentences } from "./summary.js";
import type { BriefDate, Briefing, FactLine, PropertyRow } from "./types.js";

export interface BuildOptions {
  /** The generation time: injected so tests and examples can pin it. */
  now: Date;
  since: BriefDate | null;
}

/**
 * Build the briefing. Sections are built in the order they are read (summary, relationships,
 * money, timeline, changes, network), because each one numbers the sources it cites on first use.
 */
export function buildBriefing(scope: BriefingScope, options: BuildOptions): Briefing {
  const registry = new CitationRegistry(scope.sources);
  const lines = new FactLines(scope.nodes, new Set(scope.subjects.map((s) => s.id)), registry);
  const scores = pageRank(scope.context);
  const subjectOrder = scope.subjects.map((s) => s.id);

  const summary = summarySentences(scope.subjects, scope.facts, scores, lines);
  const relationships = relationshipGroups(scope.facts, lines, subjectOrder);
  const money = moneySection(scope.facts, lines);
  const dated = timeline(scope.facts, lines);
  const changes = options.since ? changesSince(options.since, scope.facts, lines, scope.sources) : null;
  const network = networkSection(scope, scores, lines);
  const references = registry.references();

  const allLines: FactLine[] = [
    ...relationships.flatMap((g) => g.lines),
    ...network.paths.flatMap((p) => p.steps),
  ];
  const asOf = [
    ...allLines.map((l) => l.date),
    ...references.map((r) => r.published),
  ].reduce<BriefDate | null>(laterOf, null);
  const entities = new Set<NodeId>(subjectOrder);
  for (const edge of scope.facts) entities.add(edge.source).add(edge.target);

  return {
    kind: scope.kind,
    title: scope.title,
    subjects: scope.subjects.map(entity),
    profile: scope.kind === "entity" ? profileOf(scope.subjects[0]!) : [],
    generatedAt: options.now.toISOString(),
    asOf,
    counts: { entities: entities.size, relationships: scope.facts.length, sources: references.length },
    since: options.since?.date ?? null,
    focus: scope.paths.map((p) => p.focus.id),
    summary,
    relationships,
    money,
    timeline: dated,
    changes,
    network,
    figure: egoFigure(`Network around ${scope.title}`, scope.context, scope.hops),
    references,
  };
}

/** Provenance bookkeeping the references already cover better. */
const PROFILE_SKIPPED = new Set(["mentions", "sourceIds"]);

/** The subject's own properties, by key, with its aliases first when it has any. */
function profileOf(node: GraphNode): PropertyRow[] {
  const rows: PropertyRow[] =
    node.aliases.length > 0 ? [{ key: "aliases", value: node.aliases as PropertyValue }] : [];
  for (const key of Object.keys(node.properties).sort(compareIds)) {
    if (!PROFILE_SKIPPED.has(key)) rows.push({ key, value: node.properties[key]! });
  }
  return rows;
}
