// Refuses console queries that grow one value exponentially: Neo4j 5.26 does not count such strings and lists
// against its transaction memory limit, so one of them can exhaust the heap and stop the whole database.
import { DomainError } from "./errors.js";

/**
 * How many `WITH/RETURN … AS v` clauses may rebuild `v` from two copies of itself. Each doubles it, so a
 * one-megabyte property would reach a gigabyte after ten; three keeps legitimate "a + a" arithmetic working.
 */
const MAX_SELF_DOUBLING_PROJECTIONS = 3;

/** The query with comments removed and every string literal replaced by `''`, so names inside text don't count. */
export function stripLiteralsAndComments(query: string): string {
  let out = "";
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c === "/" && query[i + 1] === "/") {
      while (i + 1 < query.length && query[i + 1] !== "\n") i++;
      out += " ";
    } else if (c === "/" && query[i + 1] === "*") {
      const end = query.indexOf("*/", i + 2);
      i = end < 0 ? query.length : end + 1;
      out += " ";
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === "\\" ? 2 : 1;
      // Back-quoted names stay (they are identifiers); string literals become empty strings.
      out += c === "`" ? query.slice(i, j + 1) : "''";
      i = j;
    } else out += c;
  }
  return out;
}

const identifier = (name: string) => new RegExp(`(?<![\\w$.])${escape(name)}(?![\\w$])`, "gi");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\`]/g, "\\$&");

/** The text between the parenthesis at `open` and its match (the whole rest when unbalanced). */
function parenthesised(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Each `reduce(acc = init, x IN list | expression)`: the accumulator's name and the expression. */
function* reduces(text: string): Generator<{ accumulator: string; expression: string }> {
  for (const match of text.matchAll(/\breduce\s*\(/gi)) {
    const body = parenthesised(text, match.index + match[0].length - 1);
    const accumulator = /^\s*(`[^`]+`|[A-Za-z_$][\w$]*)\s*=/.exec(body)?.[1];
    const bar = body.indexOf("|");
    if (accumulator && bar >= 0) yield { accumulator, expression: body.slice(bar + 1) };
  }
}

/**
 * Throw a DomainError `query_too_expensive` when the query can double a value on every step: a `reduce`
 * whose expression uses its accumulator more than once (or inside a comprehension), or more than a few projections that rebuild a variable
 * from two copies of itself. Linear growth (`s + 'x'`), ordinary reads and aggregations pass.
 */
export function assertBoundedGrowth(query: string): void {
  const text = stripLiteralsAndComments(query);
  for (const { accumulator, expression } of reduces(text)) {
    const uses = expression.match(identifier(accumulator))?.length ?? 0;
    // A comprehension repeats what it maps, so the accumulator inside one is as good as many copies.
    const inComprehension = [...expression.matchAll(/\[[^\]]*\bIN\b[^\]|]*\|([^\]]*)\]/gi)].some((c) =>
      (c[1] ?? "").match(identifier(accumulator)),
    );
    if (uses > 1 || inComprehension) {
      throw new DomainError(
        "query_too_expensive",
        `cypher console: reduce() uses its accumulator ${accumulator} more than once in one step, which can double it every step and exhaust the database's memory; use it once per step`,
        { accumulator },
      );
    }
  }
  let selfDoubling = 0;
  for (const m of text.matchAll(/(?:\bWITH\b|\bRETURN\b|,)([^,]*?)\bAS\s+(`[^`]+`|[A-Za-z_$][\w$]*)/gi)) {
    const [, expression = "", name = ""] = m;
    if ((expression.match(identifier(name))?.length ?? 0) > 1) selfDoubling++;
  }
  if (selfDoubling > MAX_SELF_DOUBLING_PROJECTIONS) {
    throw new DomainError(
      "query_too_expensive",
      `cypher console: ${selfDoubling} clauses rebuild a variable from several copies of itself (at most ${MAX_SELF_DOUBLING_PROJECTIONS} allowed), which doubles it each time and can exhaust the database's memory`,
      { clauses: selfDoubling },
    );
  }
}
