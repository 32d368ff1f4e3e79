// The words of a sentence, each tagged: a time, a duration, an amount, a place, a person, a name,
// a reason, something only supposed, inside a quotation. Generic rules over capitalization, numbers
// and small English word classes (word-classes.ts).
import { foldText, words } from "./normalize.js";
import { STOPWORDS } from "./stopwords.js";
import * as W from "./word-classes.js";

export const TAG = {
  time: 1,
  dayPart: 2,
  duration: 4,
  amount: 8,
  place: 16,
  person: 32,
  name: 64,
  reason: 128,
  hedged: 256,
  quoted: 512,
  possessive: 1024,
} as const;

export interface RawToken {
  raw: string;
  word: string;
  possessive: boolean;
  /** First word of the sentence or of a quotation. */
  initial: boolean;
  /** Punctuation right before the word (",", "“", "”"), "" if none. */
  before: string;
}

export const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them"]);
const DETERMINERS = new Set(["the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those"]);

export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  let before = "";
  for (const m of text.matchAll(/#?[\p{L}\p{N}]+(?:['’]s\b)?|[“”"«»,;:.!?–—()]/gu)) {
    const piece = m[0];
    if (!/[\p{L}\p{N}]/u.test(piece)) {
      before = before.includes("”") || before.includes("“") ? before : piece;
      continue;
    }
    const possessive = /['’]s$/.test(piece);
    const raw = possessive ? piece.slice(0, -2) : piece;
    for (const word of words(raw)) out.push({ raw, word, possessive, initial: out.length === 0 || /[“".!?]/.test(before), before });
    before = "";
  }
  return out;
}

export interface Lexicon {
  conceptOf(word: string): string | undefined;
  /** A set phrase ("turned up") at word i: it reads as one word, on its first word. */
  phraseAt(words: readonly string[], i: number): { length: number; as: string } | undefined;
  /** Folded words the knowledge writes capitalized inside sentences: names, also at a sentence's start. */
  names: ReadonlySet<string>;
}

function isName(t: RawToken, lexicon: Lexicon): boolean {
  if (t.raw.startsWith("#")) return true;
  if (!/^\p{Lu}/u.test(t.raw) || t.word === "i") return false;
  if (W.WEEKDAYS.has(t.word) || W.MONTHS.has(t.word)) return false;
  return !t.initial || lexicon.names.has(t.word);
}

/** Tags on each word: times, durations, amounts, places, people, names, reasons, hedges. */
export function tagWords(raw: RawToken[], lexicon: Lexicon): number[] {
  const tags: number[] = raw.map((t) => (isName(t, lexicon) ? TAG.name : 0));
  const word = (i: number) => raw[i]?.word ?? "";
  const add = (i: number, tag: number) => {
    if (i >= 0 && i < tags.length) tags[i] = (tags[i] as number) | tag;
  };
  let quoted = false;
  raw.forEach((t, i) => {
    if (t.before === "“" || (t.before === '"' && !quoted)) quoted = true;
    if (t.before === "”" || (t.before === '"' && quoted && i > 0)) quoted = false;
    if (quoted) add(i, TAG.quoted);
    if (t.possessive) add(i, TAG.possessive);
    const w = t.word;
    const next = word(i + 1);
    // Times: days, months and their dates, parts of the day, "last month", holidays ("Valentine's Day").
    if (W.WEEKDAYS.has(w) || W.TIME_WORDS.has(w) || (W.MONTHS.has(w) && /^\p{Lu}/u.test(t.raw))) add(i, TAG.time);
    if (W.MONTHS.has(w) && /^\d{1,2}$/.test(next)) add(i + 1, TAG.time);
    if (/^(1[89]|20)\d\d$/.test(w)) add(i, TAG.time);
    if (W.DAY_PARTS.has(w)) add(i, TAG.time | TAG.dayPart);
    if (W.PERIOD_OPENERS.has(w) && W.PERIODS.has(next)) add(i + 1, TAG.time);
    // A holiday: "Valentine's Day", "Victory Day".
    if (w === "day" && /^D/.test(t.raw) && /^\p{Lu}/u.test(raw[i - 1]?.raw ?? "")) {
      add(i, TAG.time);
      add(i - 1, TAG.time);
    }
    if ((w === "until" || w === "till" || w === "since") && (W.SEASONS.has(next) || W.MONTHS.has(next) || W.WEEKDAYS.has(next))) {
      add(i + 1, TAG.time | TAG.duration);
    }
    // Amounts and durations: "15 minutes", "thousands of people", "more than 100 metres long".
    const number = /^\d+([.,]\d+)?$/.test(w) || W.NUMBER_WORDS.has(w);
    if (number && !((tags[i] as number) & TAG.time)) add(i, TAG.amount);
    if ((number || w === "few" || w === "a") && W.DURATION_UNITS.has(next)) {
      add(i, TAG.duration);
      add(i + 1, TAG.duration);
    }
    if (number && W.LENGTH_UNITS.has(next)) {
      add(i, TAG.duration);
      add(i + 1, TAG.duration | TAG.amount);
    }
    // Reasons and purposes: "for violating parole", "in support of", "after police detained…".
    if (W.REASON_MARKERS.has(w) || (w === "for" && /ing$/.test(next))) add(i, TAG.reason);
    if (W.HEDGES.has(w)) for (let j = i + 1; j < Math.min(raw.length, i + 4); j++) add(j, TAG.hedged);
  });
  // Places: a name or a place noun right after "in", "at", "from", "outside"… (through "the",
  // "their" and adjectives, up to the next function word), not a possessor; or "abroad".
  raw.forEach((t, i) => {
    const w = t.word;
    if (W.LOCATIVES.has(w)) {
      for (let j = i + 1; j < Math.min(raw.length, i + 5); j++) {
        const r = raw[j] as RawToken;
        if (r.before || (STOPWORDS.has(r.word) && !DETERMINERS.has(r.word))) break;
        const tag = tags[j] as number;
        if (((tag & TAG.name && !(tag & (TAG.time | TAG.possessive))) || W.PLACE_NOUNS.has(r.word)) && !r.raw.startsWith("#")) add(j, TAG.place);
      }
    }
    if (w === "abroad" || w === "overseas") add(i, TAG.place);
    // A name listed right after a place is one too: "the city of Irkutsk, Yekaterinburg".
    if ((tags[i] as number) & TAG.name && !((tags[i] as number) & (TAG.place | TAG.time))) {
      for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
        if ((tags[j] as number) & TAG.place) add(i, TAG.place);
        if ((tags[j] as number) & TAG.place || !["of", "and", "the"].includes(word(j))) break;
      }
    }
  });
  // People: names that are not places or times, and nouns of people and bodies.
  raw.forEach((t, i) => {
    const tag = tags[i] as number;
    const namesSomeone = tag & TAG.name && !(tag & (TAG.place | TAG.time)) && !t.raw.startsWith("#");
    if (namesSomeone || W.PERSON_NOUNS.has(t.word) || PRONOUNS.has(t.word)) add(i, TAG.person);
  });
  return tags;
}

/**
 * Who speaks: for each speech verb, the people between the clause's start (the sentence's, a closing
 * quotation mark, "what", "who", "that") and the verb, possessors left out ("Navalny's allies" → allies).
 */

export const capitalizedMidSentence = (text: string): string[] =>
  rawTokens(text)
    .filter((t) => !t.initial && /^\p{Lu}/u.test(t.raw) && !W.WEEKDAYS.has(t.word) && !W.MONTHS.has(t.word))
    .map((t) => foldText(t.word));
