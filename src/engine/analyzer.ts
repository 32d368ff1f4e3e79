import { QUESTION_WORDS, STOPWORDS } from "./stopwords.js";
import { memoize } from "./memoize.js";
import { stem, toCyrillic, words } from "./normalize.js";

/** What a text says, as the engine compares it: concepts, and the question words asked. */
export interface Terms {
  /** Concept keys: a synonym group's name or a word's stem. Unknown words are prefixed "!". */
  content: string[];
  /** Question kinds asked ("?who", "?when", ...). */
  question: string[];
  /** The thing a "which X" / "what X" / "how X" question asks for: an answer must speak of it. */
  focus?: string;
  /** The thing a "which X" question wants named ("which prison"): an answer must name one. */
  toName?: string;
}

// Chat shorthand, spelled out before anything else looks at the word.
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ["ppl", "people"], ["u", "you"], ["r", "are"], ["ur", "your"], ["pls", "please"], ["plz", "please"],
  ["bc", "because"], ["cuz", "because"], ["coz", "because"], ["govt", "government"], ["st", "saint"], ["spb", "petersburg"], ["спб", "петербург"], ["мск", "москва"],
]);

const FOCUS_OPENERS = new Set(["?what", "?how"]);

// Other forms of stopwords ("coming", "makes") and question words ("wher"): taken as such when the
// knowledge lacks the word.
const QUESTION_STEMS = new Map([...QUESTION_WORDS].filter(([w]) => w.length > 3).map(([w, kind]) => [stem(w), kind]));
const STOPWORD_STEMS = new Set([...STOPWORDS].filter((w) => w.length > 3 && !QUESTION_WORDS.has(w)).map(stem));

/**
 * Maps words to concepts: stems, with synonyms folded onto their group's first word.
 * Groups come already split into folded words (see `words`).
 */
export function createConceptMap(synonyms: string[][]): (word: string) => string {
  const byStem = new Map<string, string>();
  for (const group of synonyms) {
    const head = group[0];
    if (!head) continue;
    const concept = stem(head);
    for (const w of group) byStem.set(stem(w), concept);
  }
  // The knowledge and the questions repeat their words: stem each once (bounded, for a long-running bot).
  return memoize(50_000, (word) => {
    const s = stem(word);
    return byStem.get(s) ?? s;
  });
}

/** What the knowledge knows: its concepts, and how to correct a typed word towards its words. */
export interface Known {
  has(concept: string): boolean;
  correct(word: string): string | undefined;
}

export type Classified = { kind: "question"; key: string } | { kind: "stop" } | { kind: "concept"; key: string };

export function classify(word: string, conceptOf: (word: string) => string): Classified {
  const question = QUESTION_WORDS.get(word);
  if (question) return { kind: "question", key: question };
  if (STOPWORDS.has(word)) return { kind: "stop" };
  return { kind: "concept", key: conceptOf(word) };
}

// Russian function words as people type them in Latin letters.
const LATIN_RUSSIAN_MARKERS = new Set(
  "chto kak gde kogda kto pochemu zachem skolko kakoy kakoi kakaya kakie li v na ne eto byl byla bylo byli iz ot dlya pro ili".split(" "),
);

/** A Latin-lettered word read as Russian, when that is a word the knowledge knows (or nearly). */
function fromTranslit(word: string, conceptOf: (word: string) => string, known: Known) {
  if (!/^[a-z]{3,}$/.test(word)) return undefined;
  const cyrillic = toCyrillic(word);
  const c = classify(cyrillic, conceptOf);
  if (c.kind !== "concept" || known.has(c.key)) return cyrillic;
  return known.correct(cyrillic);
}

/**
 * A word whose concept the knowledge lacks: another form of a question word or stopword
 * ("wher", "coming"), a typo of a known word, Russian in Latin letters, or else an unknown word.
 */
function readUnknown(word: string, conceptOf: (word: string) => string, known: Known, latinRussian: boolean): Classified {
  const s = stem(word);
  const asked = QUESTION_STEMS.get(s);
  if (asked) return { kind: "question", key: asked };
  if (STOPWORD_STEMS.has(s) || (word.length === 1 && !/\d/.test(word))) return { kind: "stop" };
  const corrected = known.correct(word) ?? (latinRussian ? fromTranslit(word, conceptOf, known) : undefined);
  return corrected ? classify(corrected, conceptOf) : { kind: "concept", key: `!${word}` };
}

/**
 * Turns text into Terms. For knowledge text, every word is taken as it is. For a question,
 * a word whose concept the knowledge doesn't know is first offered to `correct` (typos), and
 * if that fails it is kept as unknown: an informative word the article doesn't have.
 */
export function analyze(
  text: string,
  conceptOf: (word: string) => string,
  known?: Known,
): Terms {
  const terms: Terms = { content: [], question: [] };
  const typedWords = words(text);
  // Only a question that reads as Russian in Latin letters is transliterated: "stock" must not become "стоик".
  const latinRussian = typedWords.some((w) => LATIN_RUSSIAN_MARKERS.has(w));
  let previous: Classified | undefined;
  let previousWord = "";
  for (const typed of typedWords) {
    const word = SHORTHAND.get(typed) ?? typed;
    let c = classify(word, conceptOf);
    if (known && c.kind === "concept" && !known.has(c.key)) c = readUnknown(word, conceptOf, known, latinRussian);
    if (c.kind === "question") terms.question.push(c.key);
    else if (c.kind === "concept") {
      if (!terms.content.includes(c.key)) terms.content.push(c.key);
      if (previous?.kind === "question" && FOCUS_OPENERS.has(previous.key)) terms.focus ??= c.key;
      if (previousWord === "which") terms.toName ??= c.key;
    }
    previous = c;
    previousWord = word;
  }
  return terms;
}
