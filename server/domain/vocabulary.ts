// The closed vocabulary of entity and relationship types: the only labels and types any store may write.

/** Entity (node) types. Each is documented in docs/vocabulary.md. */
export const NODE_TYPES = [
  "Country",
  "Company",
  "Institution", // universities, research institutes, state banks and agencies
  "InternationalOrganization",
  "GovernmentBody", // an administration, ministry or budget-making body
  "Person",
  "Programme", // a research or subsidy programme
  "Agreement", // a treaty, partnership or trade deal
  "Funding", // a sum committed, pledged or saved, as an entity so several parties can point at it
  "Policy", // a law, sanction or export control
  "Facility", // a fab, headquarters or research hub
  "Place", // a state, city or region
  "Technology",
  "Outlet", // a news organisation that reports
  "Article", // a published piece: the sources themselves, as entities of the graph
  "Entity", // anything else: what imported graphs without types (GEXF, GraphML, CSV) get
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Relationship types, read as "source TYPE target". */
export const REL_TYPES = [
  "FUNDS", // money flows from source to target
  "PLEDGES", // a commitment not yet paid
  "CHANNELS_THROUGH", // funding routed via an institution
  "BENEFITS_FROM",
  "PART_OF",
  "PARTY_TO", // a signatory or side of an agreement
  "PARTNERS_WITH",
  "PARTICIPATES_IN",
  "MEMBER_OF",
  "REPRESENTS",
  "OPERATES",
  "LOCATED_IN",
  "HEADQUARTERED_IN",
  "DEVELOPS",
  "PRODUCES",
  "MANUFACTURES_FOR",
  "HALTED_SUPPLY_TO",
  "RESTRICTS",
  "PRESSURES",
  "AFFECTS",
  "MODELLED_ON",
  "REPORTS_ON",
  "PUBLISHES",
  "CITES",
  "RELATED_TO", // imported relationships whose type is not in the vocabulary (kept in properties.originalType)
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const DIRECTIONS = ["out", "in", "both"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/*
 * The allow-list every validator and store consults: the vocabulary above plus the extra types configured
 * for non-seed graphs (EXTRA_NODE_TYPES / EXTRA_REL_TYPES, see vocabulary-config.ts). Extra types are typed
 * as NodeType / RelType: they pass the same checks, and Neo4j interpolates only what passes them.
 */
const extraNodeTypes = new Set<string>();
const extraRelTypes = new Set<string>();

/** Every allowed node type: the vocabulary, then configured extras. */
export function nodeTypes(): readonly NodeType[] {
  return [...NODE_TYPES, ...(extraNodeTypes as Set<NodeType>)];
}

/** Every allowed relationship type: the vocabulary, then configured extras. */
export function relTypes(): readonly RelType[] {
  return [...REL_TYPES, ...(extraRelTypes as Set<RelType>)];
}

/** Add extra types (already checked to be identifiers by vocabulary-config.ts); replaces earlier extras. */
export function setExtraTypes(extra: { nodeTypes: readonly string[]; relTypes: readonly string[] }): void {
  extraNodeTypes.clear();
  extraRelTypes.clear();
  for (const t of extra.nodeTypes) if (!(NODE_TYPES as readonly string[]).includes(t)) extraNodeTypes.add(t);
  for (const t of extra.relTypes) if (!(REL_TYPES as readonly string[]).includes(t)) extraRelTypes.add(t);
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value) || extraNodeTypes.has(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value) || extraRelTypes.has(value);
}
