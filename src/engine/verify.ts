// Before an answer goes out: does its evidence state what the question asks for? Every word of
// substance must be accounted for, and the kind of thing asked (a time, a place, a speaker…) must
// stand in a cited sentence near what the question is about, and not be one the question gave.
import { near, TAG, type Evidence } from "./evidence.js";
import { gives, sameSet, shows } from "./evidence-shows.js";
import type { Form, Reading } from "./question-form.js";
import { CLOSED_CLASSES } from "./word-classes.js";

export interface Checkable {
  /** Every concept the candidate can speak to: phrasings, short answer, cited sentences. */
  accounts: Set<string>;
  /** What its curator declared it speaks to: its phrasings and short answer (a bare sentence: itself). */
  curated: Set<string>;
  /** The short answer, read: a vouched answer must itself give what is asked. */
  answer: Evidence | undefined;
  /** Concepts of what it shows first: its short answer, or a bare sentence itself. */
  shows: Set<string>;
  /** Concepts of its phrasings alone: what its curator says it is asked about. */
  phrased: Set<string>;
  /** Closed classes its evidence names a member of ("day part" for "afternoon"). */
  classes: Set<string>;
  /** The cited sentences, read. */
  evidence: Evidence[];
  /** Its curated phrasings, read: a phrasing of the same form about the same things vouches for it. */
  readings: Reading[];
  /** A known gap answers nothing: only its words are checked. */
  gap: boolean;
}

export type Verdict =
  | { ok: true; by: "gap" | "open" | "phrasing" }
  | { ok: true; by: "evidence"; sentence: number }
  | { ok: false; failed: string };

const WHAT_IS_ASKED: Record<Form, string> = {
  who: "a person or body",
  identity: "who they are",
  when: "a time",
  time: "a time of day",
  where: "a place",
  amount: "a number",
  duration: "a duration or length",
  why: "a reason",
  say: "a statement by",
  react: "a reaction by",
  name: "a name for",
  yesno: "a statement (not a possibility) of",
  open: "",
};

const within = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).every((x) => b.includes(x));

/**
 * A curated phrasing vouches for a question of the same form that asks nothing the phrasing doesn't
 * ask about: "What colour was the ribbon?" for "what colour was the ribbon the women held", but
 * "When was Navalny arrested?" not for "when was Navalny poisoned".
 */
function vouched(reading: Reading, by: Reading, phrased: ReadonlySet<string>): boolean {
  // Most phrasings ask another form: they are set aside here, before the closures below are made.
  if (by.form !== reading.form || (by.patient ?? false) !== (reading.patient ?? false)) return false;
  if (reading.focus !== undefined && by.focus !== reading.focus) return false;
  return vouchedAlike(reading, by, phrased);
}

/** `vouched`, for a phrasing of the question's own form and focus. */
function vouchedAlike(reading: Reading, by: Reading, phrased: ReadonlySet<string>): boolean {
  if (reading.focusWords && !reading.focusWords.every((w) => by.informative.includes(w) || w === by.focus)) return false;
  if (reading.speakers !== undefined && !sameSet(reading.speakers, by.speakers)) return false;
  // What pins the phrasing down: its words of substance that aren't names, or else its names ("Why was Navalny in Germany?").
  const pins = by.anchors.length ? by.anchors : by.informative;
  const pinned = pins.length > 0 || reading.focus !== undefined || reading.speakers !== undefined;
  // A phrasing of names alone ("Where had Navalny been?") vouches only for questions of names alone.
  const namesAlone = by.anchors.length === 0 && by.focus === undefined && by.speakers === undefined;
  const shared = namesAlone ? within(reading.anchors, by.informative) : reading.anchors.length === 0 || reading.anchors.some((a) => by.informative.includes(a));
  // A yes/no question asks about exactly what it says, all of which its phrasings must ask: "poisoned in Germany" is not "in Germany".
  // "Might they be arrested?" is not "were they arrested?": possibility is vouched for only by a phrasing asking it too.
  // Nor is "were they arrested?" vouched for by "could they be arrested?".
  // "Only in Moscow?" is not "in Moscow?": neither vouches for the other.
  const samePossibility =
    reading.form !== "yesno" ||
    ((reading.only ?? false) === (by.only ?? false) &&
    ((reading.hedged ?? []).every((c) => (by.hedged ?? []).includes(c)) && (by.hedged ?? []).every((c) => !reading.anchors.includes(c) || (reading.hedged ?? []).includes(c))));
  // Its place or time ("poisoned in Germany") must be asked by the vouching phrasing itself.
  // …and whom it names: "Was the Petersburg chain as large as Moscow's?" is no phrasing of "Was the Moscow chain large?".
  const sameClaim =
    reading.form !== "yesno" || (reading.anchors.every((a) => phrased.has(a)) && within(reading.adjuncts, by.informative) && within(by.names, reading.informative) && samePossibility);
  // "When will Yulia come back?" is not "When did Navalny come back?": a phrasing and a question each naming one the other doesn't are about different ones.
  const swapped = (by.names ?? []).some((n) => !reading.informative.includes(n)) && (reading.names ?? []).some((n) => !by.informative.includes(n));
  return pinned && shared && sameClaim && !swapped && pins.every((a) => reading.informative.includes(a));
}

/** Two concepts said of each other in a sentence: one within a couple of words of the other, or hanging on it. */
function saidTogether(e: Evidence, a: string, b: string): boolean {
  const as = e.tokens.filter((t) => t.key === a);
  return e.tokens.some((t) => t.key === b && as.some((x) => near(e.tokens, x, t, 2) || near(e.tokens, t, x, 2)));
}

/** Every concept is stated in the sentence (or a member of its class is), not only supposed ("could be arrested"). */
function statesAll(reading: Reading, evidence: Evidence, concepts: readonly string[]): boolean {
  const kin = (c: string, word: string) => reading.classes?.[c] !== undefined && CLOSED_CLASSES.get(word) === reading.classes[c];
  return concepts.every((c) => evidence.tokens.some((t) => (t.key === c || kin(c, t.word)) && !(t.tags & TAG.hedged)));
}

/** The question's words its curator didn't declare the candidate speaks to ("X or Y": the side it does speak to). */
function undeclared(reading: Reading, candidate: Checkable): string[] {
  if (!reading.either) return reading.informative.filter((c) => !candidate.curated.has(c));
  const [left, right] = reading.either ?? [[], []];
  const sides = new Set([...left, ...right]);
  const out = reading.informative.filter((c) => !sides.has(c) && !candidate.curated.has(c));
  if (!sides.size || left.every((c) => candidate.curated.has(c)) || right.every((c) => candidate.curated.has(c))) return out;
  return [...out, ...((left.every((c) => candidate.accounts.has(c)) ? left : right).filter((c) => !candidate.curated.has(c)))];
}

/** The reading without the words of the message's context the candidate doesn't speak of. */
function withoutUnsaid(reading: Reading, kept: readonly string[]): Reading {
  const dropped = new Set((reading.context ?? []).filter((c) => !kept.includes(c)));
  return dropped.size ? without(reading, (c) => dropped.has(c)) : reading;
}

/** The question's words the candidate can't account for ("X or Y" needs only one side). */
function unaccounted(reading: Reading, candidate: Checkable): string[] {
  const has = (c: string) => candidate.accounts.has(c) || (reading.classes?.[c] !== undefined && candidate.classes.has(reading.classes[c] as string));
  if (!reading.either) return reading.informative.filter((c) => !has(c));
  const [left, right] = reading.either ?? [[], []];
  const sides = new Set([...left, ...right]);
  const missing = reading.informative.filter((c) => !sides.has(c) && !has(c));
  if (sides.size && !left.every(has) && !right.every(has)) missing.push([...left, "|", ...right].join(" "));
  return missing;
}

// Forms whose vouched answer must itself give the thing asked, not one the question gave ("which German city").
const ANSWER_GIVES = new Set<Form>(["who", "when", "time", "where", "amount", "duration"]);
const givesAlways = (reading: Reading) => ANSWER_GIVES.has(reading.form) || reading.compares === true || (reading.form === "name" && reading.exact === true);

/** "In the courtyards or on the squares?": read as asking about the side the candidate speaks to. */
function oneSide(reading: Reading, candidate: Checkable): Reading {
  if (!reading.either) return reading;
  const [left, right] = reading.either;
  const other = left.every((c) => candidate.accounts.has(c)) ? right : left;
  return without(reading, (c) => other.includes(c));
}

/** The reading without some of its concepts, wherever it lists them. */
function without(reading: Reading, drop: (concept: string) => boolean): Reading {
  const keep = (c: string) => !drop(c);
  return {
    ...reading,
    informative: reading.informative.filter(keep),
    anchors: reading.anchors.filter(keep),
    ...(reading.adjuncts ? { adjuncts: reading.adjuncts.filter(keep) } : {}),
    ...(reading.names ? { names: reading.names.filter(keep) } : {}),
  };
}

export function verify(asRead: Reading, candidate: Checkable, asked: ReadonlySet<string>): Verdict {
  // What the question points back at is what the candidate speaks of most of ("…with candles in their yards last weekend").
  const pointedAt = (asRead.context ?? []).filter((c) => candidate.accounts.has(c));
  if (asRead.context?.length && pointedAt.length * 2 < asRead.context.length) return { ok: false, failed: `says little of what the message said before: ${asRead.context.join(", ")}` };
  const reading = oneSide(withoutUnsaid(asRead, pointedAt), candidate);
  // "anywhere other than Moscow": an answer that names Moscow is the one the asker set aside.
  // It is set aside in a cited sentence too when said there of what is asked ("a chain in Moscow").
  const saidThere = (c: string) => candidate.evidence.some((e) => reading.anchors.some((a) => saidTogether(e, a, c)));
  const setAside = !reading.excluded ? [] : reading.excluded.filter((c) => candidate.shows.has(c) || saidThere(c));
  if (setAside.length) return { ok: false, failed: `its answer is what the question sets aside: ${setAside.join(", ")}` };
  const missing = unaccounted(reading, candidate);
  if (missing.length) return { ok: false, failed: `says nothing of ${missing.join(", ")}` };
  // A known gap speaks to the questions its phrasings ask: "why did Yulia fly?" says nothing of "why was Navalny there".
  if (candidate.gap) return candidate.readings.some((r) => vouched(reading, r, candidate.phrased)) ? { ok: true, by: "gap" } : { ok: false, failed: `no phrasing of the gap asks this` };
  // What the curator didn't declare, one cited sentence must state together (and not as a mere possibility).
  const stretched = undeclared(reading, candidate);
  const together = stretched.length ? candidate.evidence.filter((e) => statesAll(reading, e, stretched)) : candidate.evidence;
  if (stretched.length && together.length === 0) return { ok: false, failed: `no one sentence states ${stretched.join(", ")}` };
  // An open question ("what were the women holding?") is answered by an entry one of whose phrasings
  // (or its short answer), with one cited sentence, speaks to all it asks; else by a sentence stating it all.
  if (reading.form === "open") {
    const withOne = (words: (a: string) => boolean) => reading.anchors.every((a) => words(a) || candidate.evidence.some((e) => e.concepts.has(a)));
    const bySentence = (words: (a: string) => boolean) => candidate.evidence.some((e) => reading.anchors.every((a) => words(a) || e.concepts.has(a)));
    const oneSpeaks =
      candidate.readings.some((r) => withOne((a) => r.informative.includes(a)) && bySentence((a) => r.informative.includes(a))) ||
      bySentence((a) => candidate.shows.has(a));
    if (!stretched.length && oneSpeaks) return { ok: true, by: "open" };
    const sentence = candidate.evidence.findIndex((e) => statesAll(reading, e, reading.anchors.length ? reading.anchors : reading.informative));
    return sentence >= 0 ? { ok: true, by: "evidence", sentence } : { ok: false, failed: `no phrasing or sentence speaks to all of ${reading.anchors.join(", ")}` };
  }
  const answerGives = !givesAlways(reading) || (candidate.answer !== undefined && gives(reading, candidate.answer, asked));
  if (answerGives && candidate.readings.some((r) => vouched(reading, r, candidate.phrased))) return { ok: true, by: "phrasing" };
  const setAsideHere = (e: Evidence) => (reading.excluded ?? []).some((c) => e.concepts.has(c));
  // "Fined or jailed?": a sentence must state what is asked; "either side will do" is for a curator to vouch.
  const asStated = reading.form === "yesno" ? asRead : reading;
  // "Why is he not in Russia?": a reason for nothing but a place is not for a sentence to guess at; a curator may vouch.
  const aboutSomething = reading.form !== "why" || reading.anchors.length > 0 || reading.focus !== undefined;
  const sentence = aboutSomething ? candidate.evidence.findIndex((e) => together.includes(e) && !setAsideHere(e) && shows(asStated, e, asked)) : -1;
  if (sentence >= 0) return { ok: true, by: "evidence", sentence };
  const about = reading.speakers ?? (reading.focus !== undefined ? [reading.focus] : reading.anchors);
  return { ok: false, failed: `no ${WHAT_IS_ASKED[reading.form]} ${about.join(", ")}`.trim() };
}
