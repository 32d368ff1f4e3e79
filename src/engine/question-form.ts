// What a question asks for, read from its shape: a person, a time, a place, an amount, a
// duration, a reason, someone's words, a name, a yes or a no. The evidence must then show it.
import type { Terms } from "./analyzer.js";
import * as W from "./word-classes.js";

export type Form =
  | "who" // a person or body
  | "identity" // who someone is ("who is Volkov"): a description standing with the name
  | "when" // a time expression
  | "time" // a time of day
  | "where" // a place
  | "amount" // a number
  | "duration" // a duration or a length
  | "why" // a stated reason or purpose
  | "say" // a statement whose speaker is the focus
  | "react" // a statement or an action whose agent is the focus
  | "name" // a name or specifier of the focus ("which hashtag")
  | "yesno" // the evidence states (or denies) what is asked, not as a mere possibility
  | "open"; // what, how, tell me about: no form to check

export type Grain = "year" | "month" | "day";
const GRAINS = new Map<string, Grain>([
  ...["year", "years", "году", "год"].map((w) => [w, "year"] as const),
  ...["month", "месяц", "месяце"].map((w) => [w, "month"] as const),
  ...["day", "date", "день", "дата", "число", "числа"].map((w) => [w, "day"] as const),
]);

export interface Reading {
  form: Form;
  /** Concepts the evidence must account for: the question's content, less the words that only frame it. */
  informative: string[];
  /** Informative concepts that are not names: what the asked-for thing must stand near. */
  anchors: string[];
  /** "in jail or under house arrest": either side accounted for is enough. */
  either?: [string[], string[]];
  /** "anywhere other than Moscow", "instead of rallies": what the answer must not be. */
  excluded?: string[];
  /** The X of "which X", the person of "who is X". */
  focus?: string;
  /** "which nerve agent": every word naming X, which a phrasing must share to vouch for the question. */
  focusWords?: string[];
  /** Who "what did X say" / "how did X react" asks about (a possessor with its noun: "Navalny's allies"). */
  speakers?: string[];
  /** For a "which X" question: whether X is a place, a person or anything. */
  focusKind?: "place" | "person" | "any";
  /** For "what year" / "what month" / "what day": the time must be that precise. */
  grain?: Grain;
}

const RUN_OPENERS = new Set(["the", "a", "an", "exactly", "specifically", "precisely", "именно", "же"]);
const RELATIVE = new Set(["who", "whom", "whose", "which", "where", "when", "кто", "который", "которая", "которые", "где", "когда"]);
const PASSIVE = new Set(["to", "was", "were", "is", "are", "be", "been", "being"]);
const AUX = new Set("is are was were do does did has have had can could will would should may might must".split(" "));
const SAY_WORDS = new Set("say said says tell told write wrote writes tweet tweeted post posted comment commented statement declare declared announce announced claim claimed think thinks believe believes view opinion position message".split(" "));
const REACT_WORDS = new Set("react reacted reaction reactions respond responded response reply replied".split(" "));
const ABOUT = new Set("about on of to regarding concerning at against over о об обо про на".split(" "));
const NAME_WORDS = new Set(["name", "named", "called", ...W.RU_FORM_WORDS.name]);
const RU_WHICH = new Set("какой какая какое какие каких каком какую какого".split(" "));
const DURATION_RU = new Set("времени минут минуты часов часа дней недель месяцев лет".split(" "));

type Token = Terms["tokens"][number];
// Past forms and -ing forms end a "which X" run: "which hospital treated him".
const VERB_LIKE = /(ed|ing)$|^(held|wrote|flew|flown|said|went|gone|came|told|took|left|met|lit|shone|led|made|drove|brought|got|gave|saw|did|caused|sent|put|began|kept|ran|stood|threw|won|set)$/;
const keyOf = (t: Token | undefined) => (t && t.c.kind !== "stop" ? t.c.key : undefined);

/** The form and its focus, from the question's words in order. */
function findForm(tokens: Token[], isName: (concept: string) => boolean, endsWithQuestionMark: boolean) {
  const w = tokens.map((t) => t.word);
  const at = (i: number) => w[i] ?? "";
  // A question word right after a noun opens a relative clause ("the people who took part"): it asks nothing.
  const kinds = tokens.map((t, i) => (t.c.kind === "question" && !(i > 0 && tokens[i - 1]?.c.kind === "concept" && RELATIVE.has(t.word)) ? t.c.key : ""));
  const first = kinds.findIndex((k) => k !== "");
  const has = (...words: string[]) => words.some((x) => w.includes(x));
  // A say-word asks what someone said unless it is passive or an infinitive ("were asked to post").
  const sayAt = w.findIndex((x, i) => (SAY_WORDS.has(x) || W.RU_FORM_WORDS.say.has(x)) && !PASSIVE.has(at(i - 1)));
  const reactAt = w.findIndex((x) => REACT_WORDS.has(x));

  const ruDuration = has("сколько") && w.some((x) => DURATION_RU.has(x) || W.RU_FORM_WORDS.duration.has(x));
  if ((has("how") && has("long")) || has("долго") || (has("until", "till") && has("when")) || ruDuration) return { form: "duration" as const, consumed: "last" };
  if ((has("how") && has("many", "much") && w.some((x) => W.DURATION_UNITS.has(x))) || (has("time") && has("much"))) return { form: "duration" as const };
  if ((has("what", "which") && has("time", "hour") && !has("day", "date")) || (has("во") && has("сколько")) || has("часу")) return { form: "time" as const };
  if (has("how", "сколько", "number") && has("many", "much", "сколько", "number", "old")) return { form: "amount" as const };
  // "according to X, …": what X says.
  const according = w.findIndex((x, i) => (x === "according" && at(i + 1) === "to") || (x === "по" && ["словам", "мнению", "версии"].includes(at(i + 1))));
  if (according >= 0) {
    const speaker = tokens.slice(according + 2).find((t) => t.c.kind === "concept" && (isName(t.c.key) || W.PERSON_NOUNS.has(t.word)));
    if (speaker?.c.kind === "concept") return { form: "say" as const, speakers: [speaker.c.key] };
  }
  if ((reactAt >= 0 || sayAt >= 0) && kinds[first] !== "?who" && (first >= 0 || AUX.has(at(0)))) {
    const speakers = findSpeakers(tokens, isName, Math.max(reactAt, sayAt));
    if (speakers.length) return { form: reactAt >= 0 ? ("react" as const) : ("say" as const), speakers };
  }
  /**
   * The thing named by the words of substance after position i, through "the" and possessors
   * ("which Western countries", "the name of Navalny's organisation"): its last word, stopping
   * before a verb ("which hospital treated him").
   */
  const thingAfter = (i: number) => {
    const run: Token[] = [];
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.c.kind === "stop" && RUN_OPENERS.has(t.word) && run.length === 0) continue;
      if (t.c.kind !== "concept" || (run.length > 0 && VERB_LIKE.test(t.word))) break;
      run.push(t);
    }
    return run;
  };
  // "the name of X", "what is X called", "как зовут X" ("called on" and "called for" are not naming).
  const naming = w.findIndex((x, i) => NAME_WORDS.has(x) && !(x === "called" && ["on", "for", "upon"].includes(at(i + 1))));
  if (naming >= 0 && first >= 0 && kinds[first] !== "?who") {
    const before = tokens.filter((t, i) => i < naming && i > first && t.c.kind === "concept").at(-1);
    const run = thingAfter(w[naming + 1] === "of" ? naming + 1 : naming);
    const thing = run.at(-1) ?? before;
    return { form: "name" as const, focus: keyOf(thing), focusKind: kindOf(thing?.word), focusWords: (run.length ? run : []).flatMap((t) => keyOf(t) ?? []) };
  }
  const kind = kinds[first];
  const run = kind === "?what" && (at(first) === "which" || at(first) === "what" || RU_WHICH.has(at(first))) ? thingAfter(first) : [];
  const thing = run.at(-1);
  const firstOfRun = tokens.slice(first + 1).find((t) => !(t.c.kind === "stop" && RUN_OPENERS.has(t.word)));
  if (thing && !W.LIGHT_WORDS.has(thing.word) && firstOfRun?.c.kind === "concept" && !VERB_LIKE.test(firstOfRun.word)) {
    // "which X" / "what X": a kind of place or time asks where or when; anything else, for a name.
    const type = W.ANSWER_TYPE_NOUNS.get(thing.word);
    if (type === "where") return { form: "where" as const, consumed: thing.word };
    if (type === "when") return { form: "when" as const, consumed: thing.word, grain: GRAINS.get(thing.word) };
    const focusWords = run.flatMap((t) => keyOf(t) ?? []);
    return { form: "name" as const, focus: keyOf(thing), focusWords, focusKind: type === "who" ? ("person" as const) : kindOf(thing.word), consumed: type ? thing.word : undefined };
  }
  if (kind === "?when") return { form: "when" as const };
  if (kind === "?where") return { form: "where" as const };
  if (kind === "?why" || (has("how") && has("come")) || (has("what") && at(w.length - 1) === "for") || (has("за") && has("что"))) return { form: "why" as const };
  if (kind === "?who") {
    const rest = tokens.slice(first + 1).filter((t) => t.c.kind === "concept");
    const named = rest.length > 0 && rest.every((t) => isName(keyOf(t) ?? ""));
    const copula = ["is", "was", "are", "s", "такой", "такая", "такие", "такое"].includes(at(first + 1)) || rest.length === w.length - first - 1;
    return named && copula ? { form: "identity" as const, focus: keyOf(rest[0]) } : { form: "who" as const };
  }
  if (first < 0 && (AUX.has(at(0)) || has("ли") || (endsWithQuestionMark && tokens.some((t) => /[а-я]/.test(t.word))))) return { form: "yesno" as const };
  return { form: "open" as const };

  function kindOf(word = ""): "place" | "person" | "any" {
    return W.PLACE_NOUNS.has(word) ? "place" : W.PERSON_NOUNS.has(word) ? "person" : "any";
  }
}

/**
 * Who the "say" / "react" is about: the names and people before the verb ("what did Navalny's allies
 * say"), or after it when none stands before ("что сказал Путин"), never one after "about", "to", "on"…
 */
function findSpeakers(tokens: Token[], isName: (concept: string) => boolean, verb: number): string[] {
  const speakerAt = (i: number) => {
    const t = tokens[i] as Token;
    const key = keyOf(t);
    if (!key || t.c.kind !== "concept" || !(isName(key) || W.PERSON_NOUNS.has(t.word))) return undefined;
    const afterAbout = ABOUT.has(tokens[i - 1]?.word ?? "") || (ABOUT.has(tokens[i - 2]?.word ?? "") && tokens[i - 1]?.c.kind === "stop");
    return afterAbout ? undefined : key;
  };
  const indices = tokens.map((_, i) => i);
  const before = indices.filter((i) => i < verb).flatMap((i) => speakerAt(i) ?? []);
  return before.length ? before : indices.filter((i) => i > verb).flatMap((i) => speakerAt(i) ?? []).slice(0, 1);
}

// "other than X", "instead of X", "кроме X": X is what the asker already knows, not what is asked.
const EXCLUDING = [["other", "than"], ["instead", "of"], ["apart", "from"], ["aside", "from"], ["besides"], ["except"], ["except", "for"], ["кроме"], ["вместо"], ["помимо"]];

function excludedAfter(tokens: Token[]): string[] {
  const w = tokens.map((t) => t.word);
  const out: string[] = [];
  w.forEach((_, i) => {
    const marker = EXCLUDING.find((m) => m.every((x, k) => w[i + k] === x));
    if (!marker) return;
    const next = tokens.slice(i + marker.length).find((t) => t.c.kind === "concept");
    if (next && next.c.kind === "concept") out.push(next.c.key);
  });
  return out;
}

/** "X or Y": the last word of substance before "or", and those after it. */
function alternatives(tokens: Token[], framing: ReadonlySet<string>): [string[], string[]] | undefined {
  const or = tokens.findIndex((t) => t.word === "or" || t.word === "или");
  if (or < 0) return undefined;
  const substance = (t: Token) => (t.c.kind === "concept" && !framing.has(t.c.key) ? [t.c.key] : []);
  const before = tokens.slice(0, or).flatMap(substance).slice(-1);
  const after = tokens.slice(or + 1).flatMap(substance);
  return before.length && after.length ? [before, after] : undefined;
}

const ASKER = new Set(["i", "my", "me", "mine", "myself", "я", "мне", "меня", "мой", "мои", "моя", "мое", "моего", "моей"]);

/** "How do I turn on my flashlight?": a question about the asker, which no news article answers. */
export function asksAboutAsker(question: string, terms: Terms): boolean {
  return !/["“”«»']/.test(question) && terms.tokens.some((t) => ASKER.has(t.word));
}

/** Reads a question (already analyzed into terms) for its form, focus and the words to account for. */
export function readQuestion(terms: Terms, isName: (concept: string) => boolean, endsWithQuestionMark: boolean): Reading {
  const found: {
    form: Form;
    focus?: string | undefined;
    focusWords?: string[];
    focusKind?: "place" | "person" | "any";
    speakers?: string[];
    consumed?: string | undefined;
    grain?: Grain | undefined;
  } = findForm(
    terms.tokens,
    isName,
    endsWithQuestionMark,
  );
  const framing = new Set<string>();
  for (const t of terms.tokens) {
    const key = keyOf(t);
    if (!key || t.c.kind !== "concept") continue;
    const frames =
      W.LIGHT_WORDS.has(t.word) ||
      t.word === found.consumed ||
      ((found.form === "say" || found.form === "react") && (SAY_WORDS.has(t.word) || REACT_WORDS.has(t.word) || W.RU_FORM_WORDS.say.has(t.word))) ||
      (found.form === "name" && NAME_WORDS.has(t.word));
    if (frames) framing.add(key);
  }
  const excluded = excludedAfter(terms.tokens);
  const informative = terms.content.filter((c) => !framing.has(c) && !excluded.includes(c));
  const anchors = informative.filter((c) => !isName(c) && c !== found.focus);
  const reading: Reading = { form: found.form, informative, anchors };
  const either = alternatives(terms.tokens, framing);
  if (either) reading.either = either;
  if (excluded.length) reading.excluded = excluded;
  if (found.focus !== undefined) reading.focus = found.focus;
  if (found.focusWords?.length) reading.focusWords = found.focusWords;
  if (found.focusKind !== undefined) reading.focusKind = found.focusKind;
  if (found.speakers !== undefined) reading.speakers = found.speakers;
  if (found.grain !== undefined) reading.grain = found.grain;
  return reading;
}
