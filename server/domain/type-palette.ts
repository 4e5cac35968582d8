// One colour per entity type, shared by the client's canvas and the briefing figure so they never disagree.
import type { NodeType } from "./vocabulary.js";

export const TYPE_COLORS: Record<NodeType, string> = {
  Country: "#4e79a7",
  Company: "#f28e2b",
  Institution: "#59a14f",
  InternationalOrganization: "#76b7b2",
  GovernmentBody: "#e15759",
  Person: "#b07aa1",
  Programme: "#d4a614",
  Agreement: "#ff9da7",
  Funding: "#9c755f",
  Policy: "#8c1c13",
  Facility: "#2f4b7c",
  Place: "#8fb8de",
  Technology: "#6abf59",
  Outlet: "#a39a96",
  Article: "#5f5755",
  Entity: "#bab0ac",
};

/** "InternationalOrganization" → "International organization". */
export function typeLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
