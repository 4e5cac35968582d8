// The shapes of the three hand-written seed files (sources, entities, relationships), checked record by record.
import { z } from "zod";
import { DATE_PRECISIONS, NODE_TYPES, REL_TYPES, type DatePrecision } from "../server/domain/vocabulary.js";

/** kebab-case ids ("tsmc", "jpy-350bn-2nm-research"): safe in URLs, Cypher parameters and file names. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'must be kebab-case, e.g. "tsmc" or "us-japan-trade-agreement-2025"');
const text = z.string().trim().min(1, "must not be empty");
/** Our own words: long enough to say something, short enough that nobody pastes a whole paragraph. */
const prose = z
  .string()
  .trim()
  .min(10, "must be at least 10 characters")
  .max(400, "must be at most 400 characters");
const paragraph = z.number().int("must be a whole number").min(1, "paragraphs count from 1");

const DATE_FORMATS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** True when `date` is written at exactly `precision`: "2022-11" is a month, never a made-up day. */
export function dateMatchesPrecision(date: string, precision: DatePrecision): boolean {
  return DATE_FORMATS[precision].test(date);
}

/** How sure the article is: stated as done, an actor's plan, a forecast, or a "may"/"could". */
export const CERTAINTIES = ["fact", "planned", "expected", "possible"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const SourceRecordSchema = z
  .strictObject({
    id,
    title: text,
    publisher: text,
    published: text,
    datePrecision: z.enum(DATE_PRECISIONS),
    file: text.optional(),
    url: z.url().optional(),
    description: prose.optional(),
    /** SHA-256 of the text file the paragraph numbers refer to, so a changed file cannot silently shift them. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits"),
    /** How many paragraphs (non-empty lines) the file has: evidence may not point past it. */
    paragraphs: paragraph,
  })
  .superRefine((source, ctx) => {
    if (!dateMatchesPrecision(source.published, source.datePrecision)) {
      ctx.addIssue({
        code: "custom",
        path: ["published"],
        message: `"${source.published}" is not a date at ${source.datePrecision} precision`,
      });
    }
  });

/** Amounts in the currency the article states; `amountUsd` is the article's own conversion when it gives one. */
const NodePropertiesSchema = z.strictObject({
  amount: z.number().positive().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as JPY or USD")
    .optional(),
  amountUsd: z.number().positive().optional(),
  /** "stated": the article gives the sum in dollars; "article-conversion": the article converted it itself. */
  amountUsdBasis: z.enum(["stated", "article-conversion"]).optional(),
  per: z.enum(["year"]).optional(),
  /** The equity slice of a mostly-lent package, as a range when the article gives one ("1–2%"). */
  equityMinPct: z.number().min(0).max(100).optional(),
  equityMaxPct: z.number().min(0).max(100).optional(),
  instrument: text.optional(),
  disbursement: text.optional(),
  fiscalYear: text.optional(),
  goal: text.optional(),
  status: text.optional(),
  role: text.optional(),
  /** On Article nodes: the Source record this article is. */
  sourceId: id.optional(),
});
export type NodeProperties = z.infer<typeof NodePropertiesSchema>;

export const EntityRecordSchema = z.strictObject({
  id,
  type: z.enum(NODE_TYPES),
  name: text,
  aliases: z.array(text).default([]),
  description: prose,
  /** Where each source mentions the entity: source id → paragraph numbers. */
  mentions: z
    .record(id, z.array(paragraph).min(1, "list at least one paragraph"))
    .refine((m) => Object.keys(m).length > 0, "must name at least one source"),
  properties: NodePropertiesSchema.default({}),
});

const EvidenceRecordSchema = z.strictObject({ source: id, para: paragraph, note: prose });

const EdgePropertiesSchema = z.strictObject({
  goal: text.optional(),
  scope: text.optional(),
  role: text.optional(),
  shareOfReturnsPct: z.number().min(0).max(100).optional(),
});

export const RelationshipRecordSchema = z
  .strictObject({
    /** Only needed when the same source, type and target occur twice; otherwise derived. */
    id: id.optional(),
    type: z.enum(REL_TYPES),
    source: id,
    target: id,
    certainty: z.enum(CERTAINTIES).default("fact"),
    date: text.optional(),
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    /** Whom the articles credit for the claim (Outlet or Person ids): the reporting chain. */
    attributedTo: z.array(id).default([]),
    properties: EdgePropertiesSchema.default({}),
    evidence: z.array(EvidenceRecordSchema).min(1, "every relationship needs evidence"),
  })
  .superRefine((rel, ctx) => {
    if ((rel.date === undefined) !== (rel.datePrecision === undefined)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date and datePrecision go together" });
    } else if (rel.date !== undefined && rel.datePrecision !== undefined) {
      if (!dateMatchesPrecision(rel.date, rel.datePrecision)) {
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: `"${rel.date}" is not a date at ${rel.datePrecision} precision`,
        });
      }
    }
    if (rel.source === rel.target) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: "a relationship may not point at its own source",
      });
    }
  });

export type SourceRecord = z.infer<typeof SourceRecordSchema>;
export type EntityRecord = z.infer<typeof EntityRecordSchema>;
export type RelationshipRecord = z.infer<typeof RelationshipRecordSchema>;
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

export interface SeedRecords {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}
