// The structured briefing: what GET/POST /api/briefings answer as JSON and what the HTML and Markdown render from.
import type { EdgeId, NodeId, PropertyValue } from "../model.js";
import type { DatePrecision, Direction, NodeType, RelType } from "../vocabulary.js";

/** A date at its honest precision, with the label a reader sees ("Nov 2022", "2021"). */
export interface BriefDate {
  /** ISO prefix: "2022", "2022-11" or "2022-11-03". */
  date: string;
  precision: DatePrecision;
  label: string;
}

/**
 * One numbered citation: the reference number `n` and the evidence behind it, so the client can
 * link a `[n]` to the edge's evidence in the inspector.
 */
export interface Citation {
  n: number;
  sourceId: string;
  locator: string;
  edgeId: EdgeId;
  note: string;
}

export interface BriefEntity {
  id: NodeId;
  name: string;
  type: NodeType;
}

/** A templated sentence of the summary, with the citations of the facts it was composed from. */
export interface Sentence {
  text: string;
  citations: Citation[];
}

/** One fact: a relationship between a subject and a counterpart, as a line of the briefing. */
export interface FactLine {
  edgeId: EdgeId;
  relType: RelType;
  /** Seen from `subject`: "out" when the subject is the edge's source. */
  direction: Exclude<Direction, "both">;
  /** The verb phrase for this type and direction: "Funded by", "Operates". */
  label: string;
  subject: BriefEntity;
  counterpart: BriefEntity;
  /** On the relationship, or else on a Funding counterpart (where the seed records sums). */
  amount: Money | null;
  date: BriefDate | null;
  /** "planned", "expected", "possible"; null for a plain fact. */
  certainty: string | null;
  /** Whom the source credits for the claim ("according to Nikkei Asia"). */
  attributedTo: BriefEntity[];
  citations: Citation[];
}

export interface Money {
  amount: number;
  currency: string;
  /** "¥350bn", as reported: the amount in its own currency. */
  label: string;
  /** Only where the source states a USD figure (itself, or by its own conversion). */
  amountUsd: number | null;
  amountUsdLabel: string | null;
  /** Where the amount is recorded: on the relationship, or on the Funding entity it points at. */
  recordedOn: "relationship" | "funding";
}

export interface RelationshipGroup {
  relType: RelType;
  direction: Exclude<Direction, "both">;
  label: string;
  lines: FactLine[];
}

export interface MoneyTotal {
  /** The relationship label the total is for ("Pledges", "Benefits from"): different kinds of sum are never added. */
  relationship: string;
  currency: string;
  amount: number;
  label: string;
  rows: number;
}

export interface MoneySection {
  rows: FactLine[];
  /** One total per relationship and reported currency: kinds of sum and currencies are never added together. */
  totals: MoneyTotal[];
}

export interface NetworkNumbers {
  entities: number;
  relationships: number;
  byType: { type: NodeType; count: number }[];
}

export interface CentralNeighbour extends BriefEntity {
  /** PageRank on the 2-hop subgraph, rounded to 6 decimals so both stores agree exactly. */
  score: number;
  hops: number;
}

/** A shortest path from a subject to a focal entity; `steps` is empty when none is within reach. */
export interface FocusPath {
  focus: BriefEntity;
  from: BriefEntity | null;
  hops: number | null;
  steps: FactLine[];
}

export interface NetworkSection {
  oneHop: NetworkNumbers;
  twoHop: NetworkNumbers;
  truncated: boolean;
  central: CentralNeighbour[];
  paths: FocusPath[];
}

export interface LegendEntry {
  type: NodeType;
  color: string;
  count: number;
}

export interface Figure {
  title: string;
  /** Standalone SVG text, every name escaped. */
  svg: string;
  legend: LegendEntry[];
}

export interface Reference {
  n: number;
  sourceId: string;
  publisher: string;
  title: string;
  published: BriefDate | null;
  url: string | null;
  /** The locators cited, in reading order: "¶9", "¶26". */
  locators: string[];
}

export interface ChangeEntry {
  line: FactLine;
  /** The date that places the fact after `since`: its own, or when first reported. */
  dated: BriefDate;
  basis: "fact" | "reported";
}

export interface ChangesSection {
  since: string;
  entries: ChangeEntry[];
}

export interface PropertyRow {
  key: string;
  value: PropertyValue;
}

export interface Briefing {
  kind: "entity" | "set" | "query";
  title: string;
  subjects: BriefEntity[];
  /** The subject's own properties (entity briefings only). */
  profile: PropertyRow[];
  /** The only field that varies between two runs over the same graph. */
  generatedAt: string;
  asOf: BriefDate | null;
  counts: { entities: number; relationships: number; sources: number };
  since: string | null;
  focus: NodeId[];
  summary: Sentence[];
  relationships: RelationshipGroup[];
  money: MoneySection;
  timeline: FactLine[];
  changes: ChangesSection | null;
  network: NetworkSection;
  figure: Figure;
  references: Reference[];
}
