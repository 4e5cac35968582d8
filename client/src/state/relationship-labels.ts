// Human labels for relationship types, read from either end ("Funds →", "← Funded by").
import type { RelType } from "../../../server/domain/vocabulary.js";

/** [as seen from the source, as seen from the target]. Typed by RelType so a new type cannot be forgotten. */
const LABELS: Record<RelType, readonly [string, string]> = {
  FUNDS: ["Funds", "Funded by"],
  PLEDGES: ["Pledges", "Pledged by"],
  CHANNELS_THROUGH: ["Channels through", "Channel for"],
  BENEFITS_FROM: ["Benefits from", "Benefits"],
  PART_OF: ["Part of", "Includes"],
  PARTY_TO: ["Party to", "Parties"],
  PARTNERS_WITH: ["Partners with", "Partnered by"],
  PARTICIPATES_IN: ["Participates in", "Participants"],
  MEMBER_OF: ["Member of", "Members"],
  REPRESENTS: ["Represents", "Represented by"],
  OPERATES: ["Operates", "Operated by"],
  LOCATED_IN: ["Located in", "Location of"],
  HEADQUARTERED_IN: ["Headquartered in", "Headquarters of"],
  DEVELOPS: ["Develops", "Developed by"],
  PRODUCES: ["Produces", "Produced by"],
  MANUFACTURES_FOR: ["Manufactures for", "Manufactured by"],
  HALTED_SUPPLY_TO: ["Halted supply to", "Supply halted by"],
  RESTRICTS: ["Restricts", "Restricted by"],
  PRESSURES: ["Pressures", "Pressured by"],
  AFFECTS: ["Affects", "Affected by"],
  MODELLED_ON: ["Modelled on", "Model for"],
  REPORTS_ON: ["Reports on", "Reported on by"],
  PUBLISHES: ["Publishes", "Published by"],
  CITES: ["Cites", "Cited by"],
  RELATED_TO: ["Related to", "Related to"],
};

export type EdgeDirection = "out" | "in";

/** "HALTED_SUPPLY_TO" → "halted supply to": the canvas edge label. */
export function relTypeText(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}

/**
 * The heading for a group of relationships: outgoing ones point right, incoming ones left.
 * @example relationshipLabel("FUNDS", "in") // "← Funded by"
 */
export function relationshipLabel(type: string, direction: EdgeDirection): string {
  const pair = (LABELS as Record<string, readonly [string, string]>)[type];
  const text = pair ? pair[direction === "out" ? 0 : 1] : capitalize(relTypeText(type));
  return direction === "out" ? `${text} →` : `← ${text}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
