// Which node types each relationship type may join: the seed's guard against edges that read as nonsense.
import type { NodeType, RelType } from "../server/domain/vocabulary.js";

type Ends = readonly NodeType[] | "any";
export interface EndRule {
  from: Ends;
  to: Ends;
}

/** Parties that can act: sign, pledge, pressure, partner. */
const ACTORS = [
  "Country",
  "Company",
  "Institution",
  "InternationalOrganization",
  "GovernmentBody",
  "Person",
] as const satisfies readonly NodeType[];
const ORGANISATIONS = ["Company", "Institution", "InternationalOrganization", "GovernmentBody"] as const;
const PLACES = ["Place", "Country"] as const;
const INITIATIVES = ["Programme", "Agreement", "Policy", "Funding"] as const;

/**
 * Allowed source and target types per relationship type, read as "source TYPE target".
 * A `Record` over RelType, so adding a type to the vocabulary fails to compile until it has a rule here.
 */
export const RELATIONSHIP_RULES: Record<RelType, EndRule> = {
  FUNDS: { from: [...ACTORS, ...INITIATIVES], to: [...ACTORS, ...INITIATIVES, "Facility", "Technology"] },
  PLEDGES: { from: ACTORS, to: ["Funding"] },
  CHANNELS_THROUGH: { from: ["Funding", "Programme"], to: ["Institution", "GovernmentBody", "Company"] },
  BENEFITS_FROM: { from: [...ACTORS, "Facility"], to: INITIATIVES },
  // A law or budget is PART_OF the state that made it: the vocabulary has no ENACTS.
  PART_OF: { from: "any", to: "any" },
  PARTY_TO: { from: ACTORS, to: ["Agreement"] },
  PARTNERS_WITH: { from: ACTORS, to: ACTORS },
  PARTICIPATES_IN: { from: ACTORS, to: ["Programme", "Agreement", "Policy", "InternationalOrganization"] },
  MEMBER_OF: { from: ACTORS, to: ["InternationalOrganization", "Institution", "Agreement"] },
  REPRESENTS: { from: ["Person", ...ORGANISATIONS], to: ["Country", ...ORGANISATIONS] },
  OPERATES: { from: [...ORGANISATIONS, "Country"], to: ["Facility", "Programme"] },
  LOCATED_IN: { from: [...ORGANISATIONS, "Facility", "Place", "Person"], to: PLACES },
  HEADQUARTERED_IN: { from: ORGANISATIONS, to: PLACES },
  DEVELOPS: { from: [...ACTORS, "Programme", "Facility"], to: ["Technology"] },
  PRODUCES: { from: ["Company", "Country", "Facility", "Place"], to: ["Technology"] },
  MANUFACTURES_FOR: { from: ["Company", "Facility"], to: ACTORS },
  HALTED_SUPPLY_TO: { from: ["Company", "Facility"], to: ACTORS },
  RESTRICTS: { from: ["Policy", "Country", "GovernmentBody"], to: [...ACTORS, "Technology", "Place"] },
  PRESSURES: { from: ACTORS, to: ACTORS },
  AFFECTS: { from: INITIATIVES, to: [...ACTORS, "Technology", "Place", "Facility"] },
  MODELLED_ON: { from: INITIATIVES, to: INITIATIVES },
  REPORTS_ON: { from: ["Outlet", "Article"], to: "any" },
  PUBLISHES: { from: ["Outlet"], to: ["Article"] },
  CITES: {
    from: ["Article", "Outlet"],
    to: ["Outlet", "Article", "Person", "Institution", "GovernmentBody"],
  },
  // Imported relationships of a type outside the vocabulary: nothing is known about their ends.
  RELATED_TO: { from: "any", to: "any" },
};

/** Null when `type` may join these two node types, else the reason it may not. */
export function checkEnds(type: RelType, from: NodeType, to: NodeType): string | null {
  const rule = RELATIONSHIP_RULES[type];
  if (rule.from !== "any" && !rule.from.includes(from)) {
    return `${type} may not start at a ${from} (allowed: ${rule.from.join(", ")})`;
  }
  if (rule.to !== "any" && !rule.to.includes(to)) {
    return `${type} may not end at a ${to} (allowed: ${rule.to.join(", ")})`;
  }
  return null;
}
