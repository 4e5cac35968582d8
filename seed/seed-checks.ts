// Checks across the seed files: unique ids, references that resolve, evidence inside its source, sensible edge ends.
import { normalizeText } from "../server/domain/search-score.js";
import { checkEnds } from "./relationship-rules.js";
import type { EntityRecord, SeedRecords, SourceRecord } from "./seed-schema.js";
import { relationshipId } from "./to-graph.js";

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

function checkParagraph(
  sources: ReadonlyMap<string, SourceRecord>,
  sourceId: string,
  para: number,
): string | null {
  const source = sources.get(sourceId);
  if (!source) return `cites source "${sourceId}", which sources.yaml does not define`;
  if (para > source.paragraphs) return `cites para ${para} of "${sourceId}", which has ${source.paragraphs}`;
  return null;
}

function checkEntity(entity: EntityRecord, sources: ReadonlyMap<string, SourceRecord>): string[] {
  const problems: string[] = [];
  const where = `entities.yaml: ${entity.id}`;
  const names = [entity.name, ...entity.aliases].map(normalizeText);
  if (new Set(names).size !== names.length) problems.push(`${where}: aliases repeat the name or each other`);
  for (const [sourceId, paras] of Object.entries(entity.mentions)) {
    for (const para of paras) {
      const problem = checkParagraph(sources, sourceId, para);
      if (problem) problems.push(`${where}: mentions ${problem}`);
    }
  }
  const p = entity.properties;
  if (entity.type === "Funding" && (p.amount === undefined || p.currency === undefined)) {
    problems.push(`${where}: a Funding needs amount and currency`);
  }
  if ((p.amount === undefined) !== (p.currency === undefined)) {
    problems.push(`${where}: amount and currency go together`);
  }
  if ((p.amountUsd === undefined) !== (p.amountUsdBasis === undefined)) {
    problems.push(
      `${where}: amountUsd needs amountUsdBasis (say whether the article stated or converted it)`,
    );
  }
  if (p.currency === "USD" && p.amountUsd !== undefined && p.amountUsd !== p.amount) {
    problems.push(`${where}: a USD amount and its amountUsd must agree`);
  }
  if (p.equityMinPct !== undefined && p.equityMaxPct !== undefined && p.equityMinPct > p.equityMaxPct) {
    problems.push(`${where}: equityMinPct is above equityMaxPct`);
  }
  if (entity.type === "Article" && !(p.sourceId && sources.has(p.sourceId))) {
    problems.push(`${where}: an Article needs a sourceId that sources.yaml defines`);
  }
  return problems;
}

/**
 * Every problem across the seed records, each naming its file and record; [] when the seed is consistent.
 * Assumes each record already passed its schema.
 */
export function checkSeed(records: SeedRecords): string[] {
  const problems: string[] = [];
  const sources = new Map(records.sources.map((s) => [s.id, s]));
  const entities = new Map(records.entities.map((e) => [e.id, e]));
  const edgeIds = records.relationships.map(relationshipId);

  for (const id of duplicates(records.sources.map((s) => s.id)))
    problems.push(`sources.yaml: id "${id}" appears twice`);
  for (const id of duplicates(records.entities.map((e) => e.id)))
    problems.push(`entities.yaml: id "${id}" appears twice`);
  for (const id of duplicates(edgeIds)) {
    problems.push(`relationships.yaml: "${id}" appears twice (give one an explicit id if both are meant)`);
  }
  for (const entity of records.entities) problems.push(...checkEntity(entity, sources));

  const connected = new Set<string>();
  records.relationships.forEach((rel, i) => {
    const where = `relationships.yaml: ${edgeIds[i]}`;
    const from = entities.get(rel.source);
    const to = entities.get(rel.target);
    if (!from) problems.push(`${where}: source "${rel.source}" is not in entities.yaml`);
    if (!to) problems.push(`${where}: target "${rel.target}" is not in entities.yaml`);
    if (from && to) {
      const wrongEnds = checkEnds(rel.type, from.type, to.type);
      if (wrongEnds) problems.push(`${where}: ${wrongEnds}`);
    }
    connected.add(rel.source).add(rel.target);
    for (const evidence of rel.evidence) {
      const problem = checkParagraph(sources, evidence.source, evidence.para);
      if (problem) problems.push(`${where}: evidence ${problem}`);
    }
    for (const credited of rel.attributedTo) {
      const type = entities.get(credited)?.type;
      if (type !== "Outlet" && type !== "Person") {
        problems.push(`${where}: attributedTo "${credited}" must be an Outlet or Person in entities.yaml`);
      }
    }
  });

  for (const entity of records.entities) {
    if (!connected.has(entity.id)) problems.push(`entities.yaml: ${entity.id}: has no relationship`);
  }
  for (const source of records.sources) {
    if (!records.entities.some((e) => e.type === "Article" && e.properties.sourceId === source.id)) {
      problems.push(`sources.yaml: ${source.id}: has no Article entity (the sources are part of the graph)`);
    }
  }
  return problems;
}
