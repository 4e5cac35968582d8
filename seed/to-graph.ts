// Turns validated seed records into the GraphExport every store loads: ids derived, properties flattened, lists sorted.
import type { GraphEdge, GraphExport, GraphNode, Properties, Source } from "../server/domain/model.js";
import { paragraphLocator } from "./paragraphs.js";
import type { EntityRecord, RelationshipRecord, SeedRecords, SourceRecord } from "./seed-schema.js";

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The id of a relationship: its explicit id, else "source--type--target".
 * @example relationshipId({ source: "tsmc", type: "HALTED_SUPPLY_TO", target: "biren" }) // "tsmc--halted-supply-to--biren"
 */
export function relationshipId(rel: Pick<RelationshipRecord, "id" | "source" | "type" | "target">): string {
  return rel.id ?? `${rel.source}--${rel.type.toLowerCase().replaceAll("_", "-")}--${rel.target}`;
}

/** "register-2022-11 para 5" for every paragraph that mentions the entity, sorted by source then paragraph. */
function mentionList(entity: EntityRecord): string[] {
  return Object.keys(entity.mentions)
    .sort()
    .flatMap((sourceId) =>
      [...new Set(entity.mentions[sourceId])]
        .sort((a, b) => a - b)
        .map((p) => `${sourceId} ${paragraphLocator(p)}`),
    );
}

function toNode(entity: EntityRecord, sources: ReadonlyMap<string, SourceRecord>): GraphNode {
  const properties: Properties = { ...entity.properties, description: entity.description };
  properties.sourceIds = Object.keys(entity.mentions).sort();
  properties.mentions = mentionList(entity);
  // Article nodes repeat their source's publication data so the graph alone can answer "when was this reported?".
  const source = entity.properties.sourceId ? sources.get(entity.properties.sourceId) : undefined;
  if (source) {
    properties.publisher = source.publisher;
    properties.published = source.published;
    properties.datePrecision = source.datePrecision;
  }
  return { id: entity.id, type: entity.type, name: entity.name, aliases: [...entity.aliases], properties };
}

function toEdge(rel: RelationshipRecord): GraphEdge {
  const properties: Properties = { certainty: rel.certainty, ...rel.properties };
  if (rel.date !== undefined && rel.datePrecision !== undefined) {
    properties.date = rel.date;
    properties.datePrecision = rel.datePrecision;
  }
  if (rel.attributedTo.length > 0) properties.attributedTo = [...rel.attributedTo];
  return {
    id: relationshipId(rel),
    type: rel.type,
    source: rel.source,
    target: rel.target,
    properties,
    evidence: rel.evidence.map((e) => ({
      sourceId: e.source,
      locator: paragraphLocator(e.para),
      note: e.note,
    })),
  };
}

function toSource(record: SourceRecord): Source {
  // sha256 and paragraphs only serve the seed's own checks; the API's Source has no place for them.
  const { sha256: _sha256, paragraphs: _paragraphs, ...source } = record;
  return source;
}

/** Build the GraphExport from records that already passed `checkSeed`. Nodes, edges and sources sorted by id. */
export function toGraphExport(records: SeedRecords): GraphExport {
  const sources = new Map(records.sources.map((s) => [s.id, s]));
  return {
    nodes: records.entities.map((e) => toNode(e, sources)).sort(byId),
    edges: records.relationships.map(toEdge).sort(byId),
    sources: records.sources.map(toSource).sort(byId),
  };
}
