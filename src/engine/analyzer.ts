import { withoutPadding } from "./question-text.js";
import { QUESTION_WORDS, STOPWORDS } from "./stopwords.js";
import { memoize } from "./memoize.js";
import { stem, toCyrillic, words } from "./normalize.js";

/** What a text says, as the engine compares it: concepts, and the question words asked. */
export interface Terms {
  /** Concept keys: a synonym group's name or a word's stem. Unknown words are prefixed "!". */
  content: string[];
  /** Question kinds asked ("?who", "?when", ...). */
  question: string[];
  /** Every word in order, as read (shorthand spelled out, typos corrected), with its class. */
  tokens: Array<{ word: string; c: Classified }>;
}

// Chat shorthand, spelled out before anything else looks at the word.
export const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ["ppl", "people"], ["u", "you"], ["r", "are"], ["ur", "your"], ["pls", "please"], ["plz", "please"],
  ["bc", "because"], ["cuz", "because"], ["coz", "because"], ["govt", "government"], ["st", "saint"], ["spb", "petersburg"], ["спб", "петербург"], ["мск", "москва"],
  ["rn", "currently"], ["smth", "something"], ["sth", "something"], ["abt", "about"], ["wut", "what"], ["wat", "what"], ["wht", "what"], ["4", "for"], ["2day", "today"],
  ["b4", "before"], ["y", "why"], ["ya", "you"], ["thru", "through"], ["w", "with"], ["bcuz", "because"], ["tho", "though"], ["ok", "okay"],
  ["hav", "have"], ["til", "till"], ["whr", "where"], ["wher", "where"], ["tht", "that"], ["bcos", "because"], ["скока", "сколько"], ["скоко", "сколько"], ["скольких", "сколько"], ["скольким", "сколько"], ["wks", "weeks"], ["yrs", "years"], ["mins", "minutes"], ["hrs", "hours"], ["че", "что"], ["чё", "что"], ["чо", "что"], ["што", "что"], ["щас", "сейчас"], ["ща", "сейчас"],
  ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["jun", "june"], ["jul", "july"], ["aug", "august"], ["sep", "september"], ["sept", "september"],
  ["oct", "october"], ["nov", "november"], ["dec", "december"],
  ["luv", "love"], ["cant", "can"], ["wont", "will"], ["doesnt", "does"], ["isnt", "is"], ["arent", "are"], ["wasnt", "was"], ["werent", "were"], ["couldnt", "could"], ["shouldnt", "should"], ["wouldnt", "would"], ["havent", "have"], ["hasnt", "has"], ["whar", "what"], ["wht", "what"], ["sayin", "saying"], ["doin", "doing"], ["goin", "going"], ["bout", "about"], ["cos", "because"], ["wen", "when"],
  ["cud", "could"], ["cld", "could"], ["shud", "should"], ["wud", "would"], ["wld", "would"], ["cn", "can"], ["dont", "do"], ["didnt", "did"],
]);

// "кого-нибудь", "кто-то", "что-либо": a question word before these asks nothing.
const INDEFINITE = new Set(["нибудь", "либо", "то"]);

// Other forms of stopwords ("coming", "makes") and question words ("wher"): taken as such when the
// knowledge lacks the word.
const QUESTION_STEMS = new Map([...QUESTION_WORDS].filter(([w]) => w.length > 3).map(([w, kind]) => [stem(w), kind]));
// Not of adverbs: "evidently" stems to "evid", and "evidence" is no stopword.
const STOPWORD_STEMS = new Set([...STOPWORDS].filter((w) => w.length > 3 && !QUESTION_WORDS.has(w) && !w.endsWith("ly")).map(stem));

/** How words are read: each word's concept, and set phrases first read as one word ("behind bars"). */
export interface Vocabulary {
  conceptOf(word: string): string;
  rewrite(words: readonly string[]): readonly string[];
  /** The set phrase starting at word i, if any: how many words it takes, and the word it reads as. */
  phraseAt(words: readonly string[], i: number): { length: number; as: string } | undefined;
}

/**
 * Maps words to concepts: stems, with synonyms folded onto their group's first word. An entry of
 * several words is a set phrase: wherever it stands, it reads as the group's first word. The
 * lexicon's pairs (WordNet) read a word the knowledge doesn't use as the knowledge word it means.
 */
export function createVocabulary(groups: string[][], lexicon: ReadonlyArray<[string, string]> = []): Vocabulary {
  const byStem = new Map<string, string>();
  const phrases: Array<{ stems: readonly string[]; as: string }> = [];
  for (const group of groups) {
    const head = words(group[0] ?? "")[0];
    if (!head) continue;
    // A later group (Russian words for an English concept) joins the group its first word already names.
    const concept = byStem.get(stem(head)) ?? stem(head);
    for (const entry of group) {
      const ws = words(entry);
      if (ws.length === 1) byStem.set(stem(ws[0] as string), concept);
      else if (ws.length > 1) phrases.push({ stems: ws.map(stem), as: head });
    }
  }
  for (const [word, meaning] of lexicon) {
    const ws = words(word);
    const concept = byStem.get(stem(meaning)) ?? stem(meaning);
    if (ws.length > 1) phrases.push({ stems: ws.map(stem), as: meaning });
    else if (ws.length === 1 && !byStem.has(stem(ws[0] as string))) byStem.set(stem(ws[0] as string), concept);
  }
  // Phrases match on stems, so "hauled in" reads like "haul in".
  phrases.sort((a, b) => b.stems.length - a.stems.length);
  const byFirstStem = new Map<string, typeof phrases>();
  for (const p of phrases) byFirstStem.set(p.stems[0] as string, [...(byFirstStem.get(p.stems[0] as string) ?? []), p]);
  const phraseAt = (typed: readonly string[], i: number) => {
    const phrase = byFirstStem.get(stem(typed[i] ?? ""))?.find((p) => p.stems.every((s, k) => stem(typed[i + k] ?? "") === s));
    return phrase && { length: phrase.stems.length, as: phrase.as };
  };
  const rewrite = (typed: readonly string[]): readonly string[] => {
    if (!phrases.length) return typed;
    const out: string[] = [];
    for (let i = 0; i < typed.length; ) {
      const phrase = phraseAt(typed, i);
      out.push(phrase ? phrase.as : (typed[i] as string));
      i += phrase ? phrase.length : 1;
    }
    return out;
  };
  // The knowledge and the questions repeat their words: stem each once (bounded, for a long-running bot).
  const conceptOf = memoize(50_000, (word) => {
    const s = stem(word);
    return byStem.get(s) ?? s;
  });
  return { conceptOf, rewrite, phraseAt };
}

/** What the knowledge knows: its concepts, and how to correct a typed word towards its words. */
export interface Known {
  has(concept: string): boolean;
  correct(word: string): string | undefined;
}

/** A word's class; `word` is set when reading it changed the word (a typo corrected, Latin letters read as Russian). */
export type Classified = ({ kind: "question"; key: string } | { kind: "stop" } | { kind: "concept"; key: string }) & { word?: string };

export function classify(word: string, conceptOf: (word: string) => string): Classified {
  const question = QUESTION_WORDS.get(word);
  if (question) return { kind: "question", key: question };
  if (STOPWORDS.has(word)) return { kind: "stop" };
  return { kind: "concept", key: conceptOf(word) };
}

// Russian function words as people type them in Latin letters.
const LATIN_RUSSIAN_MARKERS = new Set(
  "chto kak gde kogda kto pochemu zachem skolko kakoy kakoi kakaya kakie li v na ne eto byl byla bylo byli iz ot dlya pro ili otkuda kuda pered posle kogo komu chem kakim kakom skolkikh nado mozhno".split(" "),
);

/** A Latin-lettered word read as Russian, when that is a word the knowledge knows (or nearly). */
function fromTranslit(word: string, conceptOf: (word: string) => string, known: Known) {
  if (!/^[a-z]{2,}$/.test(word)) return undefined;
  const cyrillic = toCyrillic(word);
  const c = classify(cyrillic, conceptOf);
  if (c.kind !== "concept") return cyrillic;
  // A two-letter word is taken only as a function word ("vo", "na"): as anything else it is too likely a guess.
  if (word.length < 3) return undefined;
  return known.has(c.key) ? cyrillic : known.correct(cyrillic);
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
  // In a question typed in Latin letters as Russian, a word is read as Russian before it is taken for an English typo.
  const corrected = (latinRussian ? fromTranslit(word, conceptOf, known) : undefined) ?? known.correct(word);
  return corrected ? { ...classify(corrected, conceptOf), word: corrected } : { kind: "concept", key: `!${word}` };
}

/**
 * Turns text into Terms. For knowledge text, every word is taken as it is. For a question,
 * a word whose concept the knowledge doesn't know is first offered to `correct` (typos), and
 * if that fails it is kept as unknown: an informative word the article doesn't have.
 */
export function analyze(text: string, vocabulary: Vocabulary, known?: Known): Terms {
  const { conceptOf } = vocabulary;
  const terms: Terms = { content: [], question: [], tokens: [] };
  const typedWords = vocabulary.rewrite(withoutPadding(words(text)));
  // Only a question that reads as Russian in Latin letters is transliterated: "stock" must not become "стоик".
  // It reads so with a Russian function word, or with two words the knowledge knows only in Cyrillic.
  // (A question with English function words in it is English.)
  const latinRussian =
    known !== undefined &&
    (typedWords.some((w) => LATIN_RUSSIAN_MARKERS.has(w)) ||
      (!typedWords.some((w) => w.length > 1 && (STOPWORDS.has(w) || QUESTION_WORDS.has(w))) &&
        typedWords.filter((w) => /^[a-z]{4,}$/.test(w) && !known.has(conceptOf(w)) && known.has(conceptOf(toCyrillic(w)))).length >= 2));
  typedWords.forEach((typed, i) => {
    const word = SHORTHAND.get(typed) ?? typed;
    if (INDEFINITE.has(typedWords[i + 1] ?? "") && QUESTION_WORDS.has(word)) {
      terms.tokens.push({ word, c: { kind: "stop" } });
      return;
    }
    let c = classify(word, conceptOf);
    if (known && c.kind === "concept" && !known.has(c.key)) c = readUnknown(word, conceptOf, known, latinRussian);
    if (c.kind === "question") terms.question.push(c.key);
    else if (c.kind === "concept" && !terms.content.includes(c.key)) terms.content.push(c.key);
    terms.tokens.push({ word: c.word ?? word, c });
  });
  return terms;
}
