// Before an answer goes out: does its evidence state what the question asks for? Every word of
// substance must be accounted for, and the kind of thing asked (a time, a place, a speaker…) must
// stand in a cited sentence near what the question is about, and not be one the question gave.
import { near, TAG, type Evidence, type EvidenceToken } from "./evidence.js";
import type { Form, Grain, Reading } from "./question-form.js";
import { MONTHS, NOT_SPECIFIERS, WEEKDAYS } from "./word-classes.js";

// "What year": a year; "what month": a month; "what day": a day (a weekday, a date, a holiday).
const GRAIN_OF: Record<Grain, (word: string) => boolean> = {
  year: (w) => /^\d{4}$/.test(w),
  month: (w) => MONTHS.has(w) || w === "month",
  day: (w) => WEEKDAYS.has(w) || MONTHS.has(w) || /^\d{1,2}$/.test(w) || ["day", "yesterday", "today", "tomorrow"].includes(w),
};

export interface Checkable {
  /** Every concept the candidate can speak to: phrasings, short answer, cited sentences. */
  accounts: Set<string>;
  /** What its curator declared it speaks to: its phrasings and short answer (a bare sentence: itself). */
  curated: Set<string>;
  /** The short answer, read: a vouched answer must itself give what is asked. */
  answer: Evidence | undefined;
  /** Concepts of what it shows first: its short answer, or a bare sentence itself. */
  shows: Set<string>;
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

// How many words of substance away the asked-for thing may stand from what the question is about.
// Beyond that, a phrase must hang on what the question is about ("based in Lithuania").
const WINDOW: Partial<Record<Form, number>> = { when: 2, time: 2, duration: 2, amount: 2, where: 2, who: 2, identity: 4, why: 2 };
const WANTS: Partial<Record<Form, number>> = {
  when: TAG.time,
  time: TAG.dayPart,
  duration: TAG.duration,
  amount: TAG.amount,
  where: TAG.place,
  who: TAG.person,
  identity: TAG.person,
  why: TAG.reason,
};

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

const sameSet = (a: string[] | undefined, b: string[] | undefined) => (a ?? []).some((x) => (b ?? []).includes(x));

/**
 * A curated phrasing vouches for a question of the same form that asks nothing the phrasing doesn't
 * ask about: "What colour was the ribbon?" for "what colour was the ribbon the women held", but
 * "When was Navalny arrested?" not for "when was Navalny poisoned".
 */
function vouched(reading: Reading, by: Reading): boolean {
  if (by.form !== reading.form) return false;
  if (reading.focus !== undefined && by.focus !== reading.focus) return false;
  if (reading.focusWords && !reading.focusWords.every((w) => by.informative.includes(w) || w === by.focus)) return false;
  if (reading.speakers !== undefined && !sameSet(reading.speakers, by.speakers)) return false;
  const pinned = by.anchors.length > 0 || reading.focus !== undefined || reading.speakers !== undefined;
  const shared = reading.anchors.length === 0 || by.anchors.length === 0 || reading.anchors.some((a) => by.informative.includes(a));
  return pinned && shared && by.anchors.every((a) => reading.informative.includes(a));
}

/** The evidence shows what the form asks for, near what the question is about. */
function shows(reading: Reading, evidence: Evidence, asked: ReadonlySet<string>): boolean {
  const tokens = evidence.tokens;
  // What the evidence gives must be a word of its own (a resolved "he", not an unresolved "they") the question didn't give.
  const fresh = (t: EvidenceToken) => t.key !== undefined && !asked.has(t.key);
  const about = (keys: readonly string[]) => tokens.filter((t) => t.key !== undefined && keys.includes(t.key));
  const anchors = about(reading.anchors.length ? reading.anchors : reading.informative);
  // A reason is marked by a small word ("after", "for", "because"): what it marks is new, whatever it is.
  const given = (t: EvidenceToken, tag: number) => (tag === TAG.reason ? true : fresh(t));
  const nearAnchor = (tag: number, window: number, from = anchors) =>
    tokens.some((t) => t.tags & tag && given(t, tag) && from.some((a) => a !== t && near(tokens, a, t, window)));
  switch (reading.form) {
    case "say":
      return evidence.statements.some((s) => s.spoken && sameSet([...s.speakers], reading.speakers));
    case "react":
      return evidence.statements.some((s) => sameSet([...s.speakers], reading.speakers)) || sameSet([...evidence.agents], reading.speakers);
    case "yesno": {
      // Each thing asked that the sentence mentions must be stated at least once, not only supposed ("could be arrested").
      const mentioned = new Set(anchors.map((t) => t.key));
      const stated = new Set(anchors.filter((t) => !(t.tags & TAG.hedged)).map((t) => t.key));
      return anchors.length === 0 ? reading.anchors.length === 0 : [...mentioned].every((k) => stated.has(k));
    }
    case "identity":
      return nearAnchor(TAG.person, WINDOW.identity as number, about(reading.focus === undefined ? [] : [reading.focus]));
    case "name":
      return namesFocus(reading, evidence, fresh, anchors);
    case "open":
      return true;
    case "when":
      return reading.grain === undefined
        ? nearAnchor(TAG.time, WINDOW.when as number)
        : tokens.some((t) => t.tags & TAG.time && fresh(t) && GRAIN_OF[reading.grain as Grain](t.word) && anchors.some((a) => near(tokens, a, t, WINDOW.when as number)));
    default:
      return nearAnchor(WANTS[reading.form] as number, WINDOW[reading.form] as number);
  }
}

/** "Which X": a name or a word specifying X stands with it ("white ribbon", "shape of a heart", "wife Yulia"). */
function namesFocus(reading: Reading, evidence: Evidence, fresh: (t: EvidenceToken) => boolean, anchors: EvidenceToken[]): boolean {
  const tokens = evidence.tokens;
  const kind = reading.focusKind === "place" ? TAG.place | TAG.name : reading.focusKind === "person" ? TAG.person | TAG.name : TAG.name;
  const isKind = (t: EvidenceToken) => (t.tags & kind) === kind && fresh(t);
  const focus = tokens.flatMap((t, i) => (t.key !== undefined && t.key === reading.focus ? [i] : []));
  if (focus.length === 0) return tokens.some((t) => isKind(t) && anchors.some((a) => near(tokens, a, t, 2)));
  return focus.some((i) => {
    const x = tokens[i] as EvidenceToken;
    if (tokens.some((t) => isKind(t) && t !== x && Math.abs(t.at - x.at) <= 2)) return true;
    if (reading.focusKind !== "any") return false;
    const before = tokens[i - 1];
    const afterOf = tokens[i + 1]?.word === "of" ? tokens.slice(i + 2, i + 4).find((t) => t.key !== undefined) : undefined;
    return [before, afterOf].some((t) => t?.key !== undefined && fresh(t) && !NOT_SPECIFIERS.has(t.word));
  });
}

/** Every concept is stated somewhere in the sentence, not only supposed ("could be arrested"). */
function statesAll(evidence: Evidence, concepts: readonly string[]): boolean {
  return concepts.every((c) => evidence.tokens.some((t) => t.key === c && !(t.tags & TAG.hedged)));
}

/** The question's words the candidate can't account for ("X or Y" needs only one side). */
function unaccounted(reading: Reading, candidate: Checkable): string[] {
  const has = (c: string) => candidate.accounts.has(c);
  const [left, right] = reading.either ?? [[], []];
  const sides = new Set([...left, ...right]);
  const missing = reading.informative.filter((c) => !sides.has(c) && !has(c));
  if (sides.size && !left.every(has) && !right.every(has)) missing.push([...left, "|", ...right].join(" "));
  return missing;
}

// Forms whose vouched answer must itself give the thing asked, not one the question gave ("which German city").
const ANSWER_GIVES = new Set<Form>(["who", "when", "time", "where", "amount", "duration"]);

export function verify(reading: Reading, candidate: Checkable, asked: ReadonlySet<string>): Verdict {
  // "anywhere other than Moscow": an answer that names Moscow is the one the asker set aside.
  const setAside = (reading.excluded ?? []).filter((c) => candidate.shows.has(c));
  if (setAside.length) return { ok: false, failed: `its answer is what the question sets aside: ${setAside.join(", ")}` };
  const missing = unaccounted(reading, candidate);
  if (missing.length) return { ok: false, failed: `says nothing of ${missing.join(", ")}` };
  // A known gap speaks to questions of the form its phrasings ask: "why Valentine's Day?" says nothing of "what year".
  if (candidate.gap) {
    const fits = candidate.readings.some((r) => r.form === reading.form && (r.anchors.length === 0 || reading.anchors.length === 0 || r.anchors.some((a) => reading.anchors.includes(a))));
    return fits ? { ok: true, by: "gap" } : { ok: false, failed: `no phrasing of the gap asks ${reading.form}` };
  }
  // What the curator didn't declare, one cited sentence must state together (and not as a mere possibility).
  const stretched = reading.informative.filter((c) => !candidate.curated.has(c));
  const together = candidate.evidence.filter((e) => stretched.every((c) => e.concepts.has(c)) && (!stretched.length || statesAll(e, stretched)));
  if (stretched.length && together.length === 0) return { ok: false, failed: `no one sentence states ${stretched.join(", ")}` };
  if (reading.form === "open") return { ok: true, by: "open" };
  const answerGives = !ANSWER_GIVES.has(reading.form) || (candidate.answer !== undefined && shows(reading, candidate.answer, asked));
  if (answerGives && candidate.readings.some((r) => vouched(reading, r))) return { ok: true, by: "phrasing" };
  const sentence = candidate.evidence.findIndex((e) => together.includes(e) && shows(reading, e, asked));
  if (sentence >= 0) return { ok: true, by: "evidence", sentence };
  const about = reading.speakers ?? (reading.focus !== undefined ? [reading.focus] : reading.anchors);
  return { ok: false, failed: `no ${WHAT_IS_ASKED[reading.form]} ${about.join(", ")}`.trim() };
}
