// What a question asks for, read from its shape: a person, a time, a place, an amount, a
// duration, a reason, someone's words, a name, a yes or a no. The evidence must then show it.
import type { Terms } from "./analyzer.js";
import * as Q from "./question-words.js";
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

export type Grain = "year" | "month" | "day" | "date";

export interface Reading {
  form: Form;
  /** Concepts the evidence must account for: the question's content, less the words that only frame it. */
  informative: string[];
  /** Informative concepts that are not names: what the asked-for thing must stand near. */
  anchors: string[];
  /** Informative concepts the message said before its question, which the question points back at ("What was that about?"). */
  context?: string[];
  /** Informative concepts that are names (Navalny, Germany): whom and where the question is about. */
  names?: string[];
  /** "in jail or under house arrest": either side accounted for is enough. */
  either?: [string[], string[]];
  /** "anywhere other than Moscow", "instead of rallies": what the answer must not be. */
  excluded?: string[];
  /** "exactly how many", "which nerve agent exactly": a vague answer ("thousands", "a nerve agent") won't do. */
  exact?: boolean;
  /** "more people than", "bigger than": the evidence must compare. */
  compares?: boolean;
  /** "Which city": the place must be named. */
  namedPlace?: boolean;
  /** Concepts of closed classes ("morning" → day part): another member in the evidence answers them. */
  classes?: Record<string, string>;
  /** "in Germany", "on Sunday" in a yes/no question: the evidence must say it of what is asked. */
  adjuncts?: string[];
  /** The X of "which X", the person of "who is X". */
  focus?: string;
  /** "which nerve agent": every word naming X, which a phrasing must share to vouch for the question. */
  focusWords?: string[];
  /** Who "what did X say" / "how did X react" asks about (a possessor with its noun: "Navalny's allies"). */
  speakers?: string[];
  /** "Which Baltic country": the place the question describes, which the answer names (Lithuania). */
  described?: string;
  /** "Who was asked to…": the one something was done to, not who did it. */
  patient?: boolean;
  /** For a "which X" question: whether X is a place, a person or anything. */
  focusKind?: "place" | "person" | "any";
  /** For "what year" / "what month" / "what day": the time must be that precise. */
  grain?: Grain;
  /** "might they be arrested?": asked about as a possibility, answered by one ("could be arrested"). */
  hedged?: string[];
  /** "Only in Moscow?": the place is asked as the only one, which another place said of the same thing answers (no). */
  only?: boolean;
}

export type Token = Terms["tokens"][number];

/** What the knowledge tells of a concept: a name (Volkov, Moscow), a kind of person, a kind of place. */
export interface QuestionLexicon {
  isName(concept: string): boolean;
  isPerson(concept: string): boolean;
  isPlace(concept: string): boolean;
  /** "people", "люди": anyone at all, never what a yes/no question asks about. */
  isGeneric(concept: string): boolean;
  /** "city" asks where, "day" when, "language" for a name: what kind of answer a "which X" wants. */
  answerType(concept: string): "where" | "when" | "name" | "who" | undefined;
}
export const keyOf = (t: Token | undefined) => (t && t.c.kind !== "stop" ? t.c.key : undefined);

/** What the shape of a question says: its form, and what the form is about. */
export interface FoundForm {
  form: Form;
  focus?: string | undefined;
  focusWords?: string[];
  focusKind?: "place" | "person" | "any";
  speakers?: string[];
  /** A word that only said what kind of answer is wanted ("which city", "what time of day"). */
  consumed?: string | undefined;
  grain?: Grain | undefined;
  namedPlace?: boolean;
  patient?: boolean;
  described?: string | undefined;
}

/** The form and its focus, from the question's words in order. */
export function findForm(tokens: Token[], lexicon: QuestionLexicon, endsWithQuestionMark: boolean): FoundForm {
  const { isName } = lexicon;
  const w = tokens.map((t) => t.word);
  const at = (i: number) => w[i] ?? "";
  // A question word right after a noun opens a relative clause ("the people who took part"): it asks nothing.
  const kinds = tokens.map((t, i) => (t.c.kind === "question" && !(i > 0 && tokens[i - 1]?.c.kind === "concept" && Q.RELATIVE.has(t.word)) ? t.c.key : ""));
  const first = kinds.findIndex((k) => k !== "");
  // "hey, did Germany say…": greetings and "so" before the question don't change what it asks.
  const opening = w.findIndex((x) => !Q.OPENERS.has(x));
  const has = (...words: string[]) => words.some((x) => w.includes(x));
  // A say-word asks what someone said unless it is passive or an infinitive ("were asked to post").
  // …or said in a relative clause ("the woman who said…").
  const sayAt = w.findIndex(
    (x, i) => (Q.SAY_WORDS.has(x) || W.RU_FORM_WORDS.say.has(x)) && !Q.PASSIVE.has(at(i - 1)) && at(i + 1) !== "to" && !(Q.RELATIVE.has(at(i - 1)) && i > 1),
  );
  const reactAt = w.findIndex((x) => Q.REACT_WORDS.has(x));

  const ruDuration = (has("сколько") && w.some((x) => Q.DURATION_RU.has(x) || W.RU_FORM_WORDS.duration.has(x))) || (has("до") && has("какого", "каких") && has("времени", "пор"));
  // "How long ago was he arrested?" asks when, not for how long.
  if (has("how") && has("long") && has("ago")) return { form: "when" as const, consumed: "long" };
  // "Каким образом…", "каким способом…": how, in what way; not which way by name.
  const wayAt = w.findIndex((x, i) => ["каким", "какими"].includes(x) && ["образом", "способом", "способами", "путем", "путём"].includes(at(i + 1)));
  if (wayAt >= 0) return { form: "open" as const, consumed: at(wayAt + 1) };
  if ((has("how") && has("long")) || has("долго") || (has("until", "till") && has("when")) || ruDuration) return { form: "duration" as const, consumed: "last" };
  const howMany = w.findIndex((x, i) => x === "how" && ["many", "much"].includes(at(i + 1)));
  if ((howMany >= 0 && W.DURATION_UNITS.has(at(howMany + 2))) || (has("time") && has("much"))) return { form: "duration" as const };
  const timeOfDay = w.some((x, i) => x === "time" && at(i + 1) === "of" && at(i + 2) === "day");
  const ruTimeOfDay = has("время") && has("суток", "дня");
  // "At what time on Valentine's Day evening…" asks the hour; "what day and time" or "what time of year" asks when.
  const whatTime = w.some((x, i) => ["what", "which"].includes(x) && ["time", "hour"].includes(at(i + 1)) && at(i + 2) !== "of" && !has("date") && !(has("day") && has("and")));
  if ((has("what", "which") && has("time", "hour") && (timeOfDay || !has("day", "date"))) || whatTime || (has("во") && has("сколько")) || has("часу") || ruTimeOfDay) {
    return { form: "time" as const, consumed: ruTimeOfDay ? "время" : timeOfDay ? "day" : "time" };
  }
  // "Volkov location", "Irkutsk whereabouts": a keyword that asks where.
  // "moratorium duration", "ribbon length": a keyword that asks how long.
  if (first < 0 && has("duration", "length", "продолжительность", "длительность")) return { form: "duration" as const, consumed: w.find((x) => ["duration", "length", "продолжительность", "длительность"].includes(x)) };
  if (first < 0 && has("location", "whereabouts", "местонахождение")) return { form: "where" as const, consumed: w.find((x) => ["location", "whereabouts", "местонахождение"].includes(x)) };
  if (has("how", "сколько", "number") && has("many", "much", "сколько", "number", "old")) return { form: "amount" as const };
  // "Women count Moscow?", "turnout figure": a keyword that asks how many.
  if (first < 0 && has("count", "headcount", "tally", "figure", "figures")) return { form: "amount" as const, consumed: w.find((x) => ["count", "headcount", "tally", "figure", "figures"].includes(x)) };
  // "according to X, …": what X says.
  const according = w.findIndex((x, i) => (x === "according" && at(i + 1) === "to") || (x === "по" && ["словам", "мнению", "версии"].includes(at(i + 1))));
  if (according >= 0) {
    const speaker = tokens.slice(according + 2).find((t) => t.c.kind === "concept" && (isName(t.c.key) || lexicon.isPerson(t.c.key)));
    if (speaker?.c.kind === "concept") return { form: "say" as const, speakers: [speaker.c.key] };
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
      if (t.c.kind === "stop" && Q.RUN_OPENERS.has(t.word) && run.length === 0) continue;
      if (t.c.kind !== "concept" || (run.length > 0 && Q.verbLike(t.word))) break;
      // "In which country Volkov is living?": the name after the thing is the sentence's subject, not part of the thing.
      const last = run.at(-1);
      if (last && isName(keyOf(t) ?? "") && !isName(keyOf(last) ?? "")) break;
      run.push(t);
      // Russian puts its noun first after "какой" ("в каких городах люди…"): an adjective may come before it, nothing after.
      if (/[а-я]/.test(t.word) && !Q.RU_ADJECTIVE.test(t.word)) break;
    }
    return run;
  };
  // "the name of X", "what is X called", "как зовут X" ("called on" and "called for" are not naming).
  const naming = w.findIndex((x, i) => Q.NAME_WORDS.has(x) && !(x === "called" && ["on", "for", "upon"].includes(at(i + 1))));
  if (naming >= 0 && first >= 0 && kinds[first] !== "?who") {
    const before = tokens.filter((t, i) => i < naming && i > first && t.c.kind === "concept").at(-1);
    const run = thingAfter(w[naming + 1] === "of" ? naming + 1 : naming);
    const thing = run.at(-1) ?? before;
    return { form: "name" as const, focus: keyOf(thing), focusKind: kindOf(thing), focusWords: (run.length ? run : []).flatMap((t) => keyOf(t) ?? []) };
  }
  // "When did the team announce it?", "why did Volkov say that?" ask when and why, not what was said.
  const asksOtherwise = ["?when", "?where", "?why"].includes(kinds[first] ?? "");
  if ((reactAt >= 0 || sayAt >= 0) && kinds[first] !== "?who" && !asksOtherwise && (first >= 0 || Q.AUX.has(at(opening)))) {
    const speakers = findSpeakers(tokens, lexicon, Math.max(reactAt, sayAt));
    if (speakers.length) return { form: reactAt >= 0 ? ("react" as const) : ("say" as const), speakers };
  }
  const kind = kinds[first];
  // "What led to…", "what caused…": a reason is asked.
  if (kind === "?what" && Q.CAUSES.has(at(first + 1))) return { form: "why" as const, consumed: at(first + 1) };
  // "What kind of sanctions": which X, spelled out; the answer must say what kind.
  const kindOfAt = w.findIndex((x, i) => ["kind", "sort", "type"].includes(x) && at(i + 1) === "of" && i > 0 && ["what", "which"].includes(at(i - 1)));
  if (kindOfAt >= 0) {
    const thing = thingAfter(kindOfAt + 1).at(-1);
    if (thing) return { form: "name" as const, focus: keyOf(thing), focusKind: kindOf(thing), focusWords: [keyOf(thing) as string] };
  }
  // "which X", "which of the X" ("which of Navalny's allies").
  const from = at(first + 1) === "of" ? first + 1 : first;
  const run = kind === "?what" && (at(first) === "which" || at(first) === "what" || Q.RU_WHICH.has(at(first))) ? thingAfter(from) : [];
  const thing = run.at(-1);
  const firstOfRun = tokens.slice(from + 1).find((t) => !(t.c.kind === "stop" && Q.RUN_OPENERS.has(t.word)));
  // "Which neighbouring country": an -ing word before a noun describes it; alone ("what happened") it is the verb.
  const describes = run.length > 1 && firstOfRun !== undefined && firstOfRun.word.endsWith("ing");
  if (thing && !W.LIGHT_WORDS.has(thing.word) && firstOfRun?.c.kind === "concept" && (!Q.verbLike(firstOfRun.word) || describes)) {
    // "which X" / "what X": a kind of place or time asks where or when; anything else, for a name.
    // A word the knowledge lacks may still say what kind of answer is wanted ("в какой части Москвы").
    const type = lexicon.answerType(keyOf(thing) ?? "") ?? W.ANSWER_TYPE_NOUNS.get(thing.word);
    // "Which Baltic country": a place named by a phrase that names it ("Baltic country" is Lithuania here)
    // asks where, and the answer must be that place.
    const placeNamed = isName(keyOf(thing) ?? "") && lexicon.isPlace(keyOf(thing) ?? "");
    if (placeNamed) return { form: "where" as const, namedPlace: true, described: keyOf(thing) };
    if (type === "where") return { form: "where" as const, consumed: thing.word, namedPlace: true };
    if (type === "when") return { form: "when" as const, consumed: thing.word, grain: Q.GRAINS.get(thing.word) };
    const focusWords = run.flatMap((t) => keyOf(t) ?? []);
    return { form: "name" as const, focus: keyOf(thing), focusWords, focusKind: type === "who" ? ("person" as const) : kindOf(thing), consumed: type === "who" ? thing.word : undefined };
  }
  // "What was the date of the gatherings?"
  if (kind === "?when" || (kind === "?what" && has("date"))) return { form: "when" as const, ...(kind === "?what" ? { consumed: "date", grain: "date" as const } : {}) };
  if (kind === "?where") return { form: "where" as const };
  if (kind === "?why" || (kind === "?what" && kinds.includes("?why")) || (has("how") && has("come")) || (has("what") && at(w.length - 1) === "for" && !Q.TAKES_FOR.has(at(w.length - 2))) || w.some((x, i) => x === "за" && at(i + 1) === "что")) return { form: "why" as const };
  // "Who was the activist…?": a person named, not any person near.
  if (kind === "?who" && ["is", "was", "are", "were", "та", "тот", "те", "эта", "этот", "такая", "такой"].includes(at(first + 1))) {
    const role = thingAfter(first + 1);
    const head = role.at(-1);
    if (head && keyOf(head) && lexicon.isPerson(keyOf(head) as string) && !role.some((t) => isName(keyOf(t) ?? ""))) {
      return { form: "name" as const, focus: keyOf(head), focusKind: "person" as const, focusWords: role.flatMap((t) => keyOf(t) ?? []) };
    }
  }
  if (kind === "?who") {
    // "Who was asked to take part?" asks whom it was done to, not who did it ("Who asked…?", "Who was it called by?").
    // "Кого отравили?", "whom did he blame?" ask for the one it was done to too.
    const done = (["was", "were", "is", "are", "got", "get", "gets", "been"].includes(at(first + 1)) && Q.participle(at(first + 2)) && !has("by")) || ["кого", "whom"].includes(at(first));
    if (done) return { form: "who" as const, patient: true };
    const rest = tokens.slice(first + 1).filter((t) => t.c.kind === "concept");
    const named = rest.length > 0 && rest.every((t) => isName(keyOf(t) ?? ""));
    const copula = ["is", "was", "are", "s", "такой", "такая", "такие", "такое"].includes(at(first + 1)) || rest.length === w.length - first - 1;
    return named && copula ? { form: "identity" as const, focus: keyOf(rest[0]) } : { form: "who" as const };
  }
  if (first < 0 && (Q.AUX.has(at(opening)) || at(opening) === "whether" || has("ли") || (endsWithQuestionMark && Q.ONLY.has(at(opening))) || (endsWithQuestionMark && tokens.some((t) => /[а-я]/.test(t.word))))) return { form: "yesno" as const };
  return { form: "open" as const };

  function kindOf(thing: Token | undefined): "place" | "person" | "any" {
    const key = keyOf(thing) ?? "";
    return lexicon.isPlace(key) ? "place" : lexicon.isPerson(key) ? "person" : "any";
  }
}

/**
 * Who the "say" / "react" is about: the names and people before the verb ("what did Navalny's allies
 * say"), or after it when none stands before ("что сказал Путин"), never one after "about", "to", "on"…
 */
function findSpeakers(tokens: Token[], lexicon: QuestionLexicon, verb: number): string[] {
  const speakerAt = (i: number) => {
    const t = tokens[i] as Token;
    const key = keyOf(t);
    if (!key || t.c.kind !== "concept" || !(lexicon.isName(key) || lexicon.isPerson(key))) return undefined;
    const before = (k: number) => tokens[i - k]?.word ?? "";
    const afterAbout = [before(1), tokens[i - 1]?.c.kind === "stop" ? before(2) : ""].some((x) => Q.ABOUT.has(x) || Q.PLACE_PREPOSITIONS.has(x));
    return afterAbout ? undefined : key;
  };
  const indices = tokens.map((_, i) => i);
  const before = indices.filter((i) => i < verb).flatMap((i) => speakerAt(i) ?? []);
  return before.length ? before : indices.filter((i) => i > verb).flatMap((i) => speakerAt(i) ?? []).slice(0, 1);
}

