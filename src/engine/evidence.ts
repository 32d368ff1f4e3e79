// What a sentence states, read once when the engine starts: which of its words are times, places,
// amounts, durations, people, names and reasons, who speaks in it, and what it only supposes.
// Generic rules over capitalization, numbers and small English word classes (word-classes.ts).
import { PRONOUNS, rawTokens, TAG, tagWords, type Lexicon, type RawToken } from "./evidence-tags.js";
import * as W from "./word-classes.js";

export { TAG, capitalizedMidSentence, type Lexicon } from "./evidence-tags.js";

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

const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would"]);

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
    if (!(tag & TAG.person && !(tag & (TAG.possessive | TAG.quoted)) && (AUXILIARIES.has(next) || W.SPEECH_VERBS.has(next)) && keys[i])) return;
    agents.add(keys[i] as string);
    // "Western countries are…": the words naming the agent with it are the agent too.
    for (let j = i - 1; j >= 0 && (tags[j] as number) & TAG.person && !((tags[j] as number) & TAG.possessive) && keys[j]; j--) agents.add(keys[j] as string);
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

/**
 * Whether the phrase of `b` ("from Germany") is said of `a`: as `near`, except that a phrase hanging
 * on a word before it is not said of one after it ("return from Germany following treatment for
 * poisoning" says nothing of a poisoning in Germany).
 */
export function phraseOf(tokens: EvidenceToken[], a: EvidenceToken, b: EvidenceToken, window: number): boolean {
  if (b.head >= 0 && a.at > b.at) return chain(tokens, b).includes(a);
  return near(tokens, a, b, window);
}

