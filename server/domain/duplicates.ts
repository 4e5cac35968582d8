// Entity resolution: proposes likely duplicate entities from names, aliases and acronyms, each with reasons and a score.
import type { GraphNode } from "./model.js";
import { normalizeText } from "./search-score.js";

export interface DuplicateCandidate {
  a: Pick<GraphNode, "id" | "name" | "type">;
  b: Pick<GraphNode, "id" | "name" | "type">;
  /** 0..1: the strongest reason's weight, plus a little for each further reason. */
  score: number;
  reasons: string[];
}

/** Suffixes that do not distinguish organisations ("Kioxia Corp." = "Kioxia"). */
const LEGAL_SUFFIXES = new Set([
  "company",
  "inc",
  "corp",
  "corporation",
  "co",
  "ltd",
  "limited",
  "llc",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "kk",
  "holdings",
]);
/** Words acronyms skip: "Japan Bank for International Cooperation" → JBIC. */
const STOP_WORDS = new Set(["of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "et"]);

const WEIGHT = {
  sameName: 1,
  nameIsAlias: 0.9,
  sameWithoutSuffix: 0.85,
  sharedAlias: 0.8,
  acronym: 0.7,
} as const;

/** The lookup keys of one label: normalised, and without legal suffixes. */
function stripSuffixes(normalised: string): string {
  const words = normalised.split(" ");
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

/**
 * Initials of a multi-word label's significant words, also with trailing legal suffixes dropped one by one:
 * "Taiwan Semiconductor Manufacturing Co., Ltd." → ["tsmcl", "tsmc", "tsm"].
 */
export function acronyms(label: string): string[] {
  const words = normalizeText(label)
    .split(" ")
    .filter((w) => w !== "" && !STOP_WORDS.has(w));
  const out: string[] = [];
  for (let end = words.length; end >= 2; end--) {
    out.push(
      words
        .slice(0, end)
        .map((w) => w[0])
        .join(""),
    );
    if (!LEGAL_SUFFIXES.has(words[end - 1]!)) break;
  }
  return out;
}

/**
 * Pairs of entities that probably denote the same thing, best first. Only entities of the same type are
 * compared (a Country and a Programme called "Japan" are different things), except the untyped "Entity" of
 * imports, which may match any type.
 * @example findDuplicates(nodes) → [{a: tsmc, b: tsmc-long, score: 0.7, reasons: ["acronym: …"]}]
 */
export function findDuplicates(nodes: GraphNode[], limit = 100): DuplicateCandidate[] {
  const byKey = new Map<string, { node: GraphNode; kind: "name" | "alias" }[]>();
  const add = (key: string, node: GraphNode, kind: "name" | "alias") => {
    if (key === "") return;
    const list = byKey.get(key) ?? [];
    list.push({ node, kind });
    byKey.set(key, list);
  };
  for (const node of nodes) {
    add(normalizeText(node.name), node, "name");
    for (const alias of node.aliases) add(normalizeText(alias), node, "alias");
  }
  const pairs = new Map<string, { a: GraphNode; b: GraphNode; reasons: Map<string, number> }>();
  const propose = (x: GraphNode, y: GraphNode, reason: string, weight: number) => {
    if (x.id === y.id || !comparable(x, y)) return;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const key = `${a.id}\u0000${b.id}`;
    const pair = pairs.get(key) ?? { a, b, reasons: new Map<string, number>() };
    pair.reasons.set(reason, Math.max(weight, pair.reasons.get(reason) ?? 0));
    pairs.set(key, pair);
  };

  for (const [key, entries] of byKey) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const x = entries[i]!;
        const y = entries[j]!;
        if (x.kind === "name" && y.kind === "name")
          propose(x.node, y.node, `same name "${key}"`, WEIGHT.sameName);
        else if (x.kind === "name" || y.kind === "name")
          propose(x.node, y.node, `name matches alias "${key}"`, WEIGHT.nameIsAlias);
        else propose(x.node, y.node, `shared alias "${key}"`, WEIGHT.sharedAlias);
      }
    }
  }
  // Names and aliases without legal suffixes ("Kioxia Corp." = "Kioxia"); exact matches were proposed above.
  const bySuffixless = new Map<string, { node: GraphNode; label: string }[]>();
  for (const node of nodes) {
    for (const label of new Set([node.name, ...node.aliases].map(normalizeText))) {
      const key = stripSuffixes(label);
      if (key !== "") bySuffixless.set(key, [...(bySuffixless.get(key) ?? []), { node, label }]);
    }
  }
  for (const [key, group] of bySuffixless)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (group[i]!.label !== group[j]!.label)
          propose(
            group[i]!.node,
            group[j]!.node,
            `same name without legal suffix "${key}"`,
            WEIGHT.sameWithoutSuffix,
          );

  for (const node of nodes) {
    for (const label of [node.name, ...node.aliases]) {
      for (const initials of acronyms(label))
        for (const hit of byKey.get(initials) ?? [])
          propose(node, hit.node, `acronym: "${label}" → ${initials.toUpperCase()}`, WEIGHT.acronym);
    }
  }

  return [...pairs.values()]
    .map(({ a, b, reasons }) => {
      const weights = [...reasons.values()].sort((p, q) => q - p);
      const score = Math.min(1, weights[0]! + 0.05 * (weights.length - 1));
      return {
        a: brief(a),
        b: brief(b),
        score: Math.round(score * 100) / 100,
        reasons: [...reasons.keys()].sort(),
      };
    })
    .sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id))
    .slice(0, limit);
}

function comparable(x: GraphNode, y: GraphNode): boolean {
  return x.type === y.type || x.type === "Entity" || y.type === "Entity";
}

function brief(node: GraphNode): DuplicateCandidate["a"] {
  return { id: node.id, name: node.name, type: node.type };
}
