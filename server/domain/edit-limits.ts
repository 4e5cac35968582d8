// How long the editing endpoints let a text be and how many aliases a node may have; the client's forms check the same.

/** A name, an alias, an evidence note or locator: at most this many characters (UTF-16 units, after trimming). */
export const MAX_TEXT = 500;

/** Aliases of one node, and evidence items of one relationship. */
export const MAX_ITEMS = 200;
