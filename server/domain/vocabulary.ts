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
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const DIRECTIONS = ["out", "in", "both"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}
