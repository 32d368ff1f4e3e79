// What a sentence states, read once when the engine starts: which of its words are times, places,
// amounts, durations, people, names and reasons, who speaks in it, and what it only supposes.
// Generic rules over capitalization, numbers and small English word classes (word-classes.ts).
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

export interface EvidenceToken {
  /** Folded word, possessive dropped. */
  word: string;
  /** Concept key for a word of substance; undefined for stopwords and punctuation. */
  key: string | undefined;
  tags: number;
  /** Position among the sentence's words of substance, for "near". */
  at: number;
  /** The word a phrase hangs on ("based" for "in Lithuania", "return" for "from Germany"); -1 if none. */
  head: number;
}

export interface Statement {
  /** Concepts of who speaks (a pronoun already resolved). */
  speakers: Set<string>;
  /** Index of the speech verb. */
  verb: number;
  /** Said in words (a speech verb), not only did (an agent of an action). */
  spoken: boolean;
}

export interface Evidence {
  tokens: EvidenceToken[];
  statements: Statement[];
  /** Who does something in it ("Western countries are considering…"), outside quotations. */
  agents: Set<string>;
  /** Concepts the sentence is about, pronouns resolved: what it can account for. */
  concepts: Set<string>;
  /** Who or what the sentence is about first (its subject), for a following "He …". */
  subject: string | undefined;
}

interface RawToken {
  raw: string;
  word: string;
  possessive: boolean;
  /** First word of the sentence or of a quotation. */
  initial: boolean;
  /** Punctuation right before the word (",", "“", "”"), "" if none. */
  before: string;
}

const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them"]);
const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would"]);
const DETERMINERS = new Set(["the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those"]);

function rawTokens(text: string): RawToken[] {
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
function tagWords(raw: RawToken[], lexicon: Lexicon): number[] {
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
function findStatements(raw: RawToken[], tags: number[], keyAt: (i: number) => string | undefined): Statement[] {
  const statements: Statement[] = [];
  raw.forEach((t, verb) => {
    const spoken = W.SPEECH_VERBS.has(t.word) && !((tags[verb] as number) & TAG.quoted);
    if (!spoken) return;
    const speakers = new Set<string>();
    for (let i = verb - 1; i >= 0; i--) {
      const r = raw[i] as RawToken;
      const tag = tags[i] as number;
      if (tag & TAG.quoted) break;
      if (tag & TAG.person && !(tag & TAG.possessive)) {
        const key = keyAt(i);
        if (key) speakers.add(key);
      }
      if (r.before === "”" || ["what", "who", "that", "which"].includes(r.word)) break;
    }
    if (speakers.size) statements.push({ speakers, verb, spoken: true });
  });
  return statements;
}

/**
 * Reads one sentence. `previousSubject` resolves a sentence that opens with "He" or "They" (and
 * the same pronoun later in it) to whom the sentence before was about.
 */
export function readEvidence(text: string, lexicon: Lexicon, previousSubject?: string): Evidence {
  const raw = rawTokens(text);
  const tags = tagWords(raw, lexicon);
  const opener = raw.findIndex((t) => !["but", "and", "however", "so", "then"].includes(t.word));
  const openingPronoun = PRONOUNS.has(raw[opener]?.word ?? "") ? raw[opener]?.word : undefined;
  const keyAt = (i: number): string | undefined => {
    const w = raw[i]?.word ?? "";
    if (PRONOUNS.has(w)) return w === openingPronoun ? previousSubject : undefined;
    return lexicon.conceptOf(w);
  };
  const keys = raw.map((_, i) => keyAt(i));
  const typed = raw.map((t) => t.word);
  for (let i = 0; i < raw.length; i++) {
    const phrase = lexicon.phraseAt(typed, i);
    if (!phrase) continue;
    keys[i] = lexicon.conceptOf(phrase.as);
    for (let k = 1; k < phrase.length; k++) keys[i + k] = undefined;
    i += phrase.length - 1;
  }
  let at = 0;
  const heads = attachments(raw, keys, tags);
  const tokens = raw.map((t, i) => ({ word: t.word, key: keys[i], tags: tags[i] as number, at: keys[i] ? at++ : at, head: heads[i] as number }));
  const statements = findStatements(raw, tags, keyAt);
  // The subject: who speaks after an opening quotation, else the first person among the first
  // words, not a possessor ("Navalny's allies" → allies).
  let subject: string | undefined;
  if (raw[0]?.before === "“") subject = [...(statements[0]?.speakers ?? [])].at(-1);
  for (let i = opener; subject === undefined && i >= 0 && i < Math.min(raw.length, opener + 4); i++) {
    if ((tags[i] as number) & TAG.person && !((tags[i] as number) & TAG.possessive)) subject = keys[i];
  }
  const concepts = new Set(keys.filter((k): k is string => k !== undefined));
  const agents = new Set<string>();
  raw.forEach((t, i) => {
    const tag = tags[i] as number;
    const next = raw[i + 1]?.word ?? "";
    if (tag & TAG.person && !(tag & (TAG.possessive | TAG.quoted)) && (AUXILIARIES.has(next) || W.SPEECH_VERBS.has(next)) && keys[i]) agents.add(keys[i] as string);
  });
  return { tokens, statements, agents, concepts, subject };
}

const PREPOSITIONS = new Set(
  "in on at across outside inside near from to into for with by of despite until till since after following during against under about over through including unlike among between within without toward towards onto upon via".split(" "),
);

/**
 * What each word's phrase hangs on: a phrase opened by a preposition hangs on the last word of
 * substance before it ("return from Germany"), a time without one on the word before it ("arrested
 * last month"). Punctuation closes a phrase.
 */
function attachments(raw: RawToken[], keys: Array<string | undefined>, tags: number[]): number[] {
  const heads: number[] = [];
  let phraseHead = -1;
  let lastContent = -1;
  raw.forEach((t, i) => {
    if (t.before && !"“”\"".includes(t.before)) phraseHead = -1;
    if (PREPOSITIONS.has(t.word)) {
      phraseHead = lastContent;
      heads.push(-1);
      return;
    }
    const timeWithoutPreposition = phraseHead < 0 && (tags[i] as number) & TAG.time;
    heads.push(timeWithoutPreposition ? lastTimeless(i) : phraseHead);
    if (keys[i]) lastContent = i;
  });
  return heads;

  function lastTimeless(i: number): number {
    for (let j = i - 1; j >= 0; j--) if (keys[j] && !((tags[j] as number) & TAG.time)) return j;
    return -1;
  }
}

/** The words a word's phrase hangs on, nearest first ("Sunday" → "Russia" → "courtyards" → "gatherings"). */
function chain(tokens: EvidenceToken[], t: EvidenceToken): EvidenceToken[] {
  const out: EvidenceToken[] = [];
  for (let h = t.head, steps = 0; h >= 0 && steps < 3; steps++) {
    const next = tokens[h] as EvidenceToken;
    out.push(next);
    h = next.head;
  }
  return out;
}

/**
 * Whether `b` is said of `a`: within `window` words of substance of it, or in a phrase that hangs
 * (directly or through other phrases) on it.
 */
export function near(tokens: EvidenceToken[], a: EvidenceToken, b: EvidenceToken, window: number): boolean {
  return Math.abs(a.at - b.at) <= window || chain(tokens, b).includes(a);
}

export const capitalizedMidSentence = (text: string): string[] =>
  rawTokens(text)
    .filter((t) => !t.initial && /^\p{Lu}/u.test(t.raw) && !W.WEEKDAYS.has(t.word) && !W.MONTHS.has(t.word))
    .map((t) => foldText(t.word));
