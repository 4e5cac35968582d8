// Reader-facing words for the vocabulary: a label per relationship type × direction, and a phrase per entity type.
import type { NodeType, RelType } from "../vocabulary.js";

/** How a relationship reads from the subject's side: `out` when the subject is the source. */
export const REL_LABELS: Record<RelType, { out: string; in: string }> = {
  FUNDS: { out: "Funds", in: "Funded by" },
  PLEDGES: { out: "Pledges", in: "Pledged by" },
  CHANNELS_THROUGH: { out: "Channels funding through", in: "Channel for" },
  BENEFITS_FROM: { out: "Benefits from", in: "Benefits" },
  PART_OF: { out: "Part of", in: "Includes" },
  PARTY_TO: { out: "Party to", in: "Has as a party" },
  PARTNERS_WITH: { out: "Partners with", in: "Partners with" },
  PARTICIPATES_IN: { out: "Participates in", in: "Has as a participant" },
  MEMBER_OF: { out: "Member of", in: "Has as a member" },
  REPRESENTS: { out: "Represents", in: "Represented by" },
  OPERATES: { out: "Operates", in: "Operated by" },
  LOCATED_IN: { out: "Located in", in: "Location of" },
  HEADQUARTERED_IN: { out: "Headquartered in", in: "Headquarters of" },
  DEVELOPS: { out: "Develops", in: "Developed by" },
  PRODUCES: { out: "Produces", in: "Produced by" },
  MANUFACTURES_FOR: { out: "Manufactures for", in: "Has chips made by" },
  HALTED_SUPPLY_TO: { out: "Halted supply to", in: "Supply halted by" },
  RESTRICTS: { out: "Restricts", in: "Restricted by" },
  PRESSURES: { out: "Pressures", in: "Pressured by" },
  AFFECTS: { out: "Affects", in: "Affected by" },
  MODELLED_ON: { out: "Modelled on", in: "Model for" },
  REPORTS_ON: { out: "Reports on", in: "Reported on by" },
  PUBLISHES: { out: "Publishes", in: "Published by" },
  CITES: { out: "Cites", in: "Cited by" },
  RELATED_TO: { out: "Related to", in: "Related to" },
};

export function relLabel(type: RelType, direction: "out" | "in"): string {
  return REL_LABELS[type][direction];
}

const TYPE_PHRASES: Record<NodeType, string> = {
  Country: "a country",
  Company: "a company",
  Institution: "an institution",
  InternationalOrganization: "an international organisation",
  GovernmentBody: "a government body",
  Person: "a person",
  Programme: "a programme",
  Agreement: "an agreement",
  Funding: "a funding commitment",
  Policy: "a policy",
  Facility: "a facility",
  Place: "a place",
  Technology: "a technology",
  Outlet: "a news outlet",
  Article: "an article",
  Entity: "an entity",
};

/** "a company", "an international organisation": for templated sentences. */
export function typePhrase(type: NodeType): string {
  return TYPE_PHRASES[type];
}
