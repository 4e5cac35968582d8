// What the entity form refuses before sending: the server's limits on names and aliases, said field by field.
import { MAX_ITEMS, MAX_TEXT } from "../../../server/domain/edit-limits.js";
import { indexSizeProblem } from "../../../server/domain/index-limits.js";

/** The fields the form sends that have limits (trimmed, aliases split and blanks dropped). */
export interface EntityFormValues {
  name: string;
  aliases: string[];
}

/**
 * The first thing the server would refuse in `values`, as a sentence naming the field, or null. The server
 * checks the same (domain/edit-input.ts, index-limits.ts); checking here keeps the typed text in the form and
 * says which alias is at fault instead of a round trip.
 * @example entityFormProblem({ name: "", aliases: [] }) // "Name: must not be empty."
 */
export function entityFormProblem({ name, aliases }: EntityFormValues): string | null {
  if (name === "") return "Name: must not be empty.";
  if (name.length > MAX_TEXT) return `Name: ${name.length} characters; at most ${MAX_TEXT}.`;
  if (aliases.length > MAX_ITEMS) return `Aliases: ${aliases.length} of them; at most ${MAX_ITEMS}.`;
  const long = aliases.findIndex((alias) => alias.length > MAX_TEXT);
  if (long >= 0)
    return `Aliases: alias ${long + 1} ("${aliases[long]!.slice(0, 24)}…") has ${aliases[long]!.length} characters; at most ${MAX_TEXT}.`;
  const size = indexSizeProblem({ name, aliases });
  if (size) return `${size.field === "name" ? "Name" : "Aliases"}: ${size.message}.`;
  return null;
}
