// Whether one sentence (or a short answer) shows what a question of a given form asks for, near
// what the question is about, and not a thing the question itself gave.
import { near, phraseOf, TAG, type Evidence, type EvidenceToken } from "./evidence.js";
import type { Form, Grain, Reading } from "./question-form.js";
import { CLOSED_CLASSES, MONTHS, NOT_SPECIFIERS, WEEKDAYS } from "./word-classes.js";

// How many words of substance away the asked-for thing may stand from what the question is about;
// beyond that, a phrase must hang on what the question is about ("based in Lithuania").
const WINDOW = 2;
const IDENTITY_WINDOW = 4;
export const WANTS: Partial<Record<Form, number>> = {
  when: TAG.time,
  time: TAG.dayPart,
  duration: TAG.duration,
  amount: TAG.amount,
  where: TAG.place,
  who: TAG.person,
  identity: TAG.person,
  why: TAG.reason,
};

// "What year": a year; "what month": a month; "what day": a day (a weekday, a date, a holiday); "what date": not a weekday.
const GRAIN_OF: Record<Grain, (word: string) => boolean> = {
  year: (w) => /^\d{4}$/.test(w),
  month: (w) => MONTHS.has(w) || w === "month",
  day: (w) => WEEKDAYS.has(w) || MONTHS.has(w) || /^\d{1,2}$/.test(w) || ["day", "yesterday", "today", "tomorrow"].includes(w),
  // "What date": a date or a named day ("February 2", "Valentine's Day"), not a weekday.
  date: (w) => MONTHS.has(w) || /^\d{1,2}$/.test(w) || ["day", "yesterday", "today", "tomorrow"].includes(w),
};
const COMPARATIVES = new Set("more less fewer bigger larger smaller higher lower greater unlike than compared versus больше меньше крупнее".split(" "));
const APPROXIMATE = new Set("more than over about around almost nearly some roughly approximately up".split(" "));

/** Whether the two share a member (either may be missing). */
export const sameSet = (a: readonly string[] | undefined, b: Iterable<string> | undefined) => [...(b ?? [])].some((x) => (a ?? []).includes(x));

/** Whether a token, as asked, gives the thing asked: "exactly" wants a figure, "what year" a year. */
function precise(reading: Reading, tokens: EvidenceToken[], i: number): boolean {
  const t = tokens[i] as EvidenceToken;
  if (reading.form === "when" && reading.grain && !GRAIN_OF[reading.grain](t.word)) return false;
  if (!reading.exact) return true;
  if (reading.form === "amount") return /^\d/.test(t.word) && !tokens.slice(Math.max(0, i - 2), i).some((b) => APPROXIMATE.has(b.word));
  if (reading.form === "when") return GRAIN_OF.day(t.word);
  return true;
}

/** A short answer is short: it gives what is asked if it holds one the question didn't give, anywhere. */
export function gives(reading: Reading, answer: Evidence, asked: ReadonlySet<string>): boolean {
  if (reading.compares && !answer.tokens.some((t) => COMPARATIVES.has(t.word))) return false;
  if (reading.form === "name" && reading.exact) return namesFocus(reading, answer, (t) => t.key !== undefined && !asked.has(t.key), []);
  const tag = WANTS[reading.form];
  if (tag === undefined) return true;
  return answer.tokens.some((t, i) => t.tags & tag && t.key !== undefined && !asked.has(t.key) && precise(reading, answer.tokens, i));
}

export function shows(reading: Reading, evidence: Evidence, asked: ReadonlySet<string>): boolean {
  const tokens = evidence.tokens;
  if (reading.compares && !tokens.some((t) => COMPARATIVES.has(t.word))) return false;
  // What the evidence gives must be a word of its own (a resolved "he", not an unresolved "they") the question didn't give.
  const fresh = (t: EvidenceToken) => t.key !== undefined && !asked.has(t.key);
  const about = (keys: readonly string[]) => tokens.filter((t) => t.key !== undefined && keys.includes(t.key));
  // With nothing asked but names, the asked-for thing must stand by them, not by a place the question sets ("in Lithuania").
  const fallback = reading.informative.filter((c) => !(reading.adjuncts ?? []).includes(c));
  const anchors = about(reading.anchors.length ? reading.anchors : fallback.length ? fallback : reading.informative);
  // A reason is marked by a small word ("after", "for", "because"): what it marks is new, whatever it is.
  // An amount counts the word beside it ("thousands of people"), never one further along a chain of phrases.
  const by = (a: EvidenceToken, t: EvidenceToken, window: number) => (reading.form === "amount" ? Math.abs(a.at - t.at) <= window : near(tokens, a, t, window));
  // What a reason marks ("in support of Navalny's wife") is not what it explains: "wife" there is no answer to "why did his wife fly".
  const marks = (tag: number, marker: EvidenceToken, a: EvidenceToken) => tag === TAG.reason && a.at > marker.at && a.at - marker.at <= 4;
  const nearAnchor = (tag: number, window: number, from = anchors) =>
    tokens.some(
      (t, i) =>
        (t.tags & tag) === tag &&
        (tag === TAG.reason || fresh(t)) &&
        precise(reading, tokens, i) &&
        from.some((a) => a !== t && !marks(tag, t, a) && by(a, t, window)),
    );
  switch (reading.form) {
    case "say":
      return evidence.statements.some((s) => s.spoken && sameSet(reading.speakers, s.speakers));
    case "react":
      return evidence.statements.some((s) => sameSet(reading.speakers, s.speakers)) || sameSet(reading.speakers, evidence.agents);
    case "yesno":
      return statesWhatIsAsked(reading, evidence, anchors);
    case "who":
      // "Who said 'Putin is fear'?": the speaker of the quotation, or of the words, asked about.
      return nearAnchor(TAG.person, WINDOW) || evidence.statements.some((s) => s.spoken && [...s.speakers].some((sp) => !asked.has(sp)) && anchors.some((a) => a.tags & TAG.quoted || Math.abs(a.at - (tokens[s.verb] as EvidenceToken).at) <= WINDOW));
    case "identity":
      return nearAnchor(TAG.person, IDENTITY_WINDOW, about(reading.focus === undefined ? [] : [reading.focus]));
    case "name":
      return namesFocus(reading, evidence, fresh, anchors);
    case "open":
      return true;
    case "where":
      // "Which city": a place by its name, not "abroad".
      return nearAnchor(reading.namedPlace ? TAG.place | TAG.name : TAG.place, WINDOW);
    default:
      return nearAnchor(WANTS[reading.form] as number, WINDOW);
  }
}

/**
 * A yes/no question is answered by a sentence that states (or denies) all it asks, not as a mere
 * possibility ("could be arrested"), and says "in Germany" of the very thing asked ("poisoned in Germany").
 */
function statesWhatIsAsked(reading: Reading, evidence: Evidence, anchors: EvidenceToken[]): boolean {
  const keys = reading.anchors.length ? reading.anchors : reading.informative.filter((c) => !(reading.adjuncts ?? []).includes(c));
  // "Was it in the morning?" is answered (no) by "on Sunday afternoon": another of the class will do.
  const kin = (k: string, t: EvidenceToken) => reading.classes?.[k] !== undefined && CLOSED_CLASSES.get(t.word) === reading.classes[k];
  // What the question asks as a possibility ("might be arrested") is answered by the possibility ("could be arrested").
  const asPossible = (k: string) => (reading.hedged ?? []).includes(k);
  const stated = keys.every((k) => evidence.tokens.some((t) => (t.key === k || kin(k, t)) && (asPossible(k) || !(t.tags & TAG.hedged))));
  // The adjunct must be said of something else asked; when nothing else is asked ("did anything happen in Irkutsk?"), its mention is enough.
  const others = (k: string) => anchors.filter((a) => a.key !== k);
  // A place asked about ("is Yulia still in Russia?") is answered (no) by another place said of the same one ("flown to Germany").
  const placeAsked = (k: string) => evidence.tokens.some((t) => t.key === k && t.tags & TAG.place) || !evidence.concepts.has(k);
  // …only when the sentence is about the one the question names: "another smaller chain in St Petersburg" is no answer about the Moscow chain.
  const namedHere = (reading.names ?? []).some((n) => !(reading.adjuncts ?? []).includes(n) && evidence.concepts.has(n));
  const otherPlace = (k: string, t: EvidenceToken) => namedHere && t.key !== k && placeAsked(k) && (t.tags & TAG.place) !== 0 && (t.tags & TAG.name) !== 0;
  // With nothing else asked, the adjunct is said of whom the question names ("Is the Arbat in central Moscow?"), if the sentence names them.
  const named = (k: string) => evidence.tokens.filter((t) => t.key !== undefined && t.key !== k && (reading.names ?? []).includes(t.key) && !(reading.adjuncts ?? []).includes(t.key));
  const sayOf = (k: string) => (others(k).length ? others(k) : named(k).length ? named(k) : anchors.filter((a) => a.key !== k && keys.includes(a.key ?? "")));
  const saidOf = (k: string, t: EvidenceToken) =>
    sayOf(k).some((a) => a !== t && ((t.key === k || kin(k, t)) ? phraseOf(evidence.tokens, a, t, WINDOW) : otherPlace(k, t) && phraseOf(evidence.tokens, a, t, WINDOW + 1)));
  // "Is the chain only in Moscow?": answered (no) by another place said of it ("another chain … in St Petersburg"),
  // not by a place within the one asked ("the Arbat in central Moscow"); about nothing but the place, not at all.
  if (reading.only) {
    const within = (t: EvidenceToken, k: string) => evidence.tokens.some((u) => u.key === k && u.at > t.at && u.at - t.at <= 3);
    const elsewhere = (k: string) =>
      sayOf(k).length > 0 && evidence.tokens.some((t) => t.key !== undefined && t.key !== k && t.tags & TAG.place && t.tags & TAG.name && !within(t, k) && sayOf(k).some((a) => a !== t && phraseOf(evidence.tokens, a, t, WINDOW + 1)));
    return stated && (reading.adjuncts ?? []).every(elsewhere);
  }
  const adjunctsHold = (reading.adjuncts ?? []).every((k) => sayOf(k).length === 0 || evidence.tokens.some((t) => saidOf(k, t)));
  return stated && adjunctsHold;
}

/** "Which X": a name or a word specifying X stands with it ("white ribbon", "shape of a heart", "wife Yulia"). */
function namesFocus(reading: Reading, evidence: Evidence, fresh: (t: EvidenceToken) => boolean, anchors: EvidenceToken[]): boolean {
  const tokens = evidence.tokens;
  const kind = reading.focusKind === "place" ? TAG.place | TAG.name : reading.focusKind === "person" ? TAG.person | TAG.name : TAG.name;
  const isKind = (t: EvidenceToken) => (t.tags & kind) === kind && !(t.tags & TAG.possessive) && fresh(t);
  const focus = tokens.flatMap((t, i) => (t.key !== undefined && t.key === reading.focus ? [i] : []));
  if (focus.length === 0) return tokens.some((t) => isKind(t) && anchors.some((a) => near(tokens, a, t, WINDOW)));
  // "Which Navalny ally is based in Lithuania?": the sentence's subject is a named one of them, said to be it.
  const subject = tokens.find((t) => t.key !== undefined && t.key === evidence.subject && isKind(t));
  if (reading.focusKind === "person" && subject && anchors.some((a) => a !== subject && near(tokens, subject, a, WINDOW))) return true;
  return focus.some((i) => {
    // A name for X stands right by it: "wife Yulia", "Western countries", "the city of Irkutsk", "hashtag #…".
    const beside = [tokens[i - 1], tokens[i + 1], tokens[i + 1]?.word === "of" ? tokens[i + 2] : undefined, ["of", "called", "named"].includes(tokens[i + 1]?.word ?? "") ? tokens[i + 3] : undefined];
    if (beside.some((t) => t !== undefined && isKind(t))) return true;
    // "Exactly which X" wants its name, not a word about it ("a nerve agent").
    if (reading.focusKind !== "any" || reading.exact) return false;
    const before = tokens[i - 1];
    const afterOf = tokens[i + 1]?.word === "of" ? tokens.slice(i + 2, i + 4).find((t) => t.key !== undefined) : undefined;
    return [before, afterOf].some((t) => t !== undefined && fresh(t) && !NOT_SPECIFIERS.has(t.word));
  });
}
