// What each entity and relationship type means: the text behind docs/vocabulary.md (a Record, so none can be missed).
import type { NodeType, RelType } from "./vocabulary.js";

export const NODE_TYPE_MEANINGS: Record<NodeType, string> = {
  Country:
    "A state or economy with its own government, trade and export rules (Japan, the United States, Taiwan).",
  Company: "A business: chipmakers, cloud firms, GPU start-ups (TSMC, Micron, Biren).",
  Institution:
    "A university, research institute, state bank or export-credit agency (AIST, Riken, JBIC, NEXI).",
  InternationalOrganization: "A body with several member states (NATO's cyber defence centre).",
  GovernmentBody:
    "An administration, ministry or budget-making body acting for a state (the Trump administration).",
  Person: "A named individual (Ryosei Akazawa).",
  Programme:
    "A research or subsidy programme with its own goals and budget (the joint 2nm research programme).",
  Agreement: "A treaty, partnership or trade deal between parties (the US-Japan Partnership on Trade).",
  Funding:
    "A sum committed, pledged or saved, as an entity so several parties can point at it ($550bn package).",
  Policy: "A law, sanction or export control (the CHIPS Act, the China chip export controls).",
  Facility: "A physical site: a fab, a headquarters or a research hub (TSMC's Arizona fabs).",
  Place: "A state, city or region that is not itself a country (Arizona, Boise).",
  Technology: "A technology or product class (2nm semiconductors, chipmaking machinery).",
  Outlet: "A news organisation that reports (Nikkei Asia, the Financial Times).",
  Article: "A published piece; the dataset's own sources appear as Article entities in the graph.",
  Entity:
    "Anything else: what the nodes of an imported graph get when the file gives no type (docs/import.md).",
};

export const REL_TYPE_MEANINGS: Record<RelType, string> = {
  FUNDS:
    "Money flows from the source to the target; `amount`, `currency` and (when stated) `amountUsd` on the edge.",
  PLEDGES: "The source has promised a sum it has not yet paid.",
  CHANNELS_THROUGH: "Funding or a programme is routed through an institution.",
  BENEFITS_FROM: "The source gains (or is expected to gain) from the target initiative.",
  PART_OF:
    "The source is a component of the target (a budget line of a budget, a law of the state that made it).",
  PARTY_TO: "The source is a side or signatory of an agreement.",
  PARTNERS_WITH: "The two parties cooperate.",
  PARTICIPATES_IN: "The source takes part in a programme, agreement or policy.",
  MEMBER_OF: "The source belongs to the target organisation.",
  REPRESENTS: "A person or body speaks or negotiates for the target.",
  OPERATES: "The source runs a facility or programme.",
  LOCATED_IN: "The source is situated in the target place.",
  HEADQUARTERED_IN: "The source organisation's headquarters are in the target place.",
  DEVELOPS: "The source works on developing the target technology.",
  PRODUCES: "The source makes or can make the target technology.",
  MANUFACTURES_FOR: "The source manufactures chips for the target customer.",
  HALTED_SUPPLY_TO: "The source stopped manufacturing or supplying for the target.",
  RESTRICTS: "A policy or state limits what the target may buy, sell or build.",
  PRESSURES: "The source pushes the target to act (e.g. to join export controls).",
  AFFECTS: "An initiative has a stated effect on the target.",
  MODELLED_ON: "The source initiative is designed after the target one.",
  REPORTS_ON: "An outlet or article reports on the target.",
  PUBLISHES: "An outlet publishes an article.",
  CITES: "An article or outlet attributes a claim to the target.",
  RELATED_TO:
    "An imported relationship whose type is not in the vocabulary; the file's type is kept in `originalType`.",
};
