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

const grainOf = (concept: string | undefined) => [...GRAINS].find(([w]) => w === concept)?.[1];

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
  /** For a "which X" question: whether X is a place, a person or anything. */
  focusKind?: "place" | "person" | "any";
  /** For "what year" / "what month" / "what day": the time must be that precise. */
  grain?: Grain;
}

const RU_ADJECTIVE = /(ые|ие|ой|ый|ий|ая|яя|ое|ее|их|ых|ую|юю|ым|им)$/;
const RUN_OPENERS = new Set(["the", "a", "an", "exactly", "specifically", "precisely", "именно", "же"]);
const OPENERS = new Set(["hey", "hi", "hello", "so", "well", "ok", "okay", "um", "oh", "and", "but", "also", "привет", "слушай", "а", "и", "ну", "так"]);
const RELATIVE = new Set(["who", "whom", "whose", "which", "where", "when", "кто", "который", "которая", "которые", "где", "когда"]);
const CAUSES = new Set(["led", "lead", "leads", "caused", "causes", "prompted", "prompts", "triggered", "sparked", "drove", "made", "motivated"]);
const PASSIVE = new Set(["to", "was", "were", "is", "are", "be", "been", "being"]);
const AUX = new Set("is are was were do does did has have had can could will would should may might must".split(" "));
const SAY_WORDS = new Set("say said says tell told write wrote writes tweet tweeted post posted comment commented statement declare declared announce announced claim claimed think thinks believe believes view opinion position message".split(" "));
const REACT_WORDS = new Set("react reacted reaction reactions respond responded response reply replied".split(" "));
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "on", "в", "во", "из", "на"]);
// "according to", "по словам", "по версии": whose words, not what about.
const ACCORDING = new Set(["according", "словам", "мнению", "версии", "данным"]);
const EXACT = new Set(["exact", "exactly", "precise", "precisely", "точно", "точное", "именно", "ровно"]);
const COMPARING = new Set(["than", "compared", "чем"]);
// "more … than", "больше, чем": a comparison; "other than", "rather than" and "чем" alone ("чем отравили", with what) are not.
function comparing(words: readonly string[], i: number): boolean {
  const x = words[i] ?? "";
  const before = words[i - 1] ?? "";
  if (!COMPARING.has(x) || ["other", "rather"].includes(before)) return false;
  return x !== "чем" || /(ее|ше|ьше)$/.test(before);
}
const ABOUT = new Set("about on to regarding concerning at against over о об обо про на".split(" "));
const NAME_WORDS = new Set(["name", "named", "called", ...W.RU_FORM_WORDS.name]);
const RU_WHICH = new Set("какой какая какое какие каких каком какую какого каким какими".split(" "));
const DURATION_RU = new Set("времени минут минуты часов часа дней недель месяцев лет".split(" "));

type Token = Terms["tokens"][number];

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
// Past forms and -ing forms end a "which X" run: "which hospital treated him".
const VERB_LIKE = /(ed|ing|ит|ет|ут|ют|ат|ят|ал|ил|ел|ла|ли|ло|ть|тся|ться)$|^(held|wrote|flew|flown|said|went|gone|came|told|took|left|met|lit|shone|led|made|drove|brought|got|gave|saw|did|caused|sent|put|began|kept|ran|stood|threw|won|set)$/;
const keyOf = (t: Token | undefined) => (t && t.c.kind !== "stop" ? t.c.key : undefined);

/** The form and its focus, from the question's words in order. */
function findForm(tokens: Token[], lexicon: QuestionLexicon, endsWithQuestionMark: boolean) {
  const { isName } = lexicon;
  const w = tokens.map((t) => t.word);
  const at = (i: number) => w[i] ?? "";
  // A question word right after a noun opens a relative clause ("the people who took part"): it asks nothing.
  const kinds = tokens.map((t, i) => (t.c.kind === "question" && !(i > 0 && tokens[i - 1]?.c.kind === "concept" && RELATIVE.has(t.word)) ? t.c.key : ""));
  const first = kinds.findIndex((k) => k !== "");
  // "hey, did Germany say…": greetings and "so" before the question don't change what it asks.
  const opening = w.findIndex((x) => !OPENERS.has(x));
  const has = (...words: string[]) => words.some((x) => w.includes(x));
  // A say-word asks what someone said unless it is passive or an infinitive ("were asked to post").
  const sayAt = w.findIndex((x, i) => (SAY_WORDS.has(x) || W.RU_FORM_WORDS.say.has(x)) && !PASSIVE.has(at(i - 1)) && at(i + 1) !== "to");
  const reactAt = w.findIndex((x) => REACT_WORDS.has(x));

  const ruDuration = (has("сколько") && w.some((x) => DURATION_RU.has(x) || W.RU_FORM_WORDS.duration.has(x))) || (has("до") && has("какого", "каких") && has("времени", "пор"));
  if ((has("how") && has("long")) || has("долго") || (has("until", "till") && has("when")) || ruDuration) return { form: "duration" as const, consumed: "last" };
  const howMany = w.findIndex((x, i) => x === "how" && ["many", "much"].includes(at(i + 1)));
  if ((howMany >= 0 && W.DURATION_UNITS.has(at(howMany + 2))) || (has("time") && has("much"))) return { form: "duration" as const };
  const timeOfDay = w.some((x, i) => x === "time" && at(i + 1) === "of" && at(i + 2) === "day");
  const ruTimeOfDay = has("время") && has("суток", "дня");
  if ((has("what", "which") && has("time", "hour") && (timeOfDay || !has("day", "date"))) || (has("во") && has("сколько")) || has("часу") || ruTimeOfDay) {
    return { form: "time" as const, consumed: ruTimeOfDay ? "время" : "day" };
  }
  // "Volkov location", "Irkutsk whereabouts": a keyword that asks where.
  if (first < 0 && has("location", "whereabouts", "местонахождение")) return { form: "where" as const, consumed: w.find((x) => ["location", "whereabouts", "местонахождение"].includes(x)) };
  if (has("how", "сколько", "number") && has("many", "much", "сколько", "number", "old")) return { form: "amount" as const };
  // "according to X, …": what X says.
  const according = w.findIndex((x, i) => (x === "according" && at(i + 1) === "to") || (x === "по" && ["словам", "мнению", "версии"].includes(at(i + 1))));
  if (according >= 0) {
    const speaker = tokens.slice(according + 2).find((t) => t.c.kind === "concept" && (isName(t.c.key) || lexicon.isPerson(t.c.key)));
    if (speaker?.c.kind === "concept") return { form: "say" as const, speakers: [speaker.c.key] };
  }
  if ((reactAt >= 0 || sayAt >= 0) && kinds[first] !== "?who" && (first >= 0 || AUX.has(at(opening)))) {
    const speakers = findSpeakers(tokens, lexicon, Math.max(reactAt, sayAt));
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
      // Russian puts its noun first after "какой" ("в каких городах люди…"): an adjective may come before it, nothing after.
      if (/[а-я]/.test(t.word) && !RU_ADJECTIVE.test(t.word)) break;
    }
    return run;
  };
  // "the name of X", "what is X called", "как зовут X" ("called on" and "called for" are not naming).
  const naming = w.findIndex((x, i) => NAME_WORDS.has(x) && !(x === "called" && ["on", "for", "upon"].includes(at(i + 1))));
  if (naming >= 0 && first >= 0 && kinds[first] !== "?who") {
    const before = tokens.filter((t, i) => i < naming && i > first && t.c.kind === "concept").at(-1);
    const run = thingAfter(w[naming + 1] === "of" ? naming + 1 : naming);
    const thing = run.at(-1) ?? before;
    return { form: "name" as const, focus: keyOf(thing), focusKind: kindOf(thing), focusWords: (run.length ? run : []).flatMap((t) => keyOf(t) ?? []) };
  }
  const kind = kinds[first];
  // "What led to…", "what caused…": a reason is asked.
  if (kind === "?what" && CAUSES.has(at(first + 1))) return { form: "why" as const, consumed: at(first + 1) };
  // "What kind of sanctions": which X, spelled out; the answer must say what kind.
  const kindOfAt = w.findIndex((x, i) => ["kind", "sort", "type"].includes(x) && at(i + 1) === "of" && i > 0 && ["what", "which"].includes(at(i - 1)));
  if (kindOfAt >= 0) {
    const thing = thingAfter(kindOfAt + 1).at(-1);
    if (thing) return { form: "name" as const, focus: keyOf(thing), focusKind: kindOf(thing), focusWords: [keyOf(thing) as string] };
  }
  // "which X", "which of the X" ("which of Navalny's allies").
  const from = at(first + 1) === "of" ? first + 1 : first;
  const run = kind === "?what" && (at(first) === "which" || at(first) === "what" || RU_WHICH.has(at(first))) ? thingAfter(from) : [];
  const thing = run.at(-1);
  const firstOfRun = tokens.slice(from + 1).find((t) => !(t.c.kind === "stop" && RUN_OPENERS.has(t.word)));
  if (thing && !W.LIGHT_WORDS.has(thing.word) && firstOfRun?.c.kind === "concept" && !VERB_LIKE.test(firstOfRun.word)) {
    // "which X" / "what X": a kind of place or time asks where or when; anything else, for a name.
    const type = lexicon.answerType(keyOf(thing) ?? "");
    if (type === "where") return { form: "where" as const, consumed: thing.word, namedPlace: true };
    if (type === "when") return { form: "when" as const, consumed: thing.word, grain: GRAINS.get(thing.word) ?? grainOf(keyOf(thing)) };
    const focusWords = run.flatMap((t) => keyOf(t) ?? []);
    return { form: "name" as const, focus: keyOf(thing), focusWords, focusKind: type === "who" ? ("person" as const) : kindOf(thing), consumed: type === "who" ? thing.word : undefined };
  }
  if (kind === "?when") return { form: "when" as const };
  if (kind === "?where") return { form: "where" as const };
  if (kind === "?why" || (kind === "?what" && kinds.includes("?why")) || (has("how") && has("come")) || (has("what") && at(w.length - 1) === "for") || (has("за") && has("что"))) return { form: "why" as const };
  // "Who was the activist…?": a person named, not any person near.
  if (kind === "?who" && ["is", "was", "are", "were", "та", "тот", "те", "эта", "этот", "такая", "такой"].includes(at(first + 1))) {
    const role = thingAfter(first + 1);
    const head = role.at(-1);
    if (head && keyOf(head) && lexicon.isPerson(keyOf(head) as string) && !role.some((t) => isName(keyOf(t) ?? ""))) {
      return { form: "name" as const, focus: keyOf(head), focusKind: "person" as const, focusWords: role.flatMap((t) => keyOf(t) ?? []) };
    }
  }
  if (kind === "?who") {
    const rest = tokens.slice(first + 1).filter((t) => t.c.kind === "concept");
    const named = rest.length > 0 && rest.every((t) => isName(keyOf(t) ?? ""));
    const copula = ["is", "was", "are", "s", "такой", "такая", "такие", "такое"].includes(at(first + 1)) || rest.length === w.length - first - 1;
    return named && copula ? { form: "identity" as const, focus: keyOf(rest[0]) } : { form: "who" as const };
  }
  if (first < 0 && (AUX.has(at(opening)) || has("ли") || (endsWithQuestionMark && tokens.some((t) => /[а-я]/.test(t.word))))) return { form: "yesno" as const };
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
    const afterAbout = [before(1), tokens[i - 1]?.c.kind === "stop" ? before(2) : ""].some((x) => ABOUT.has(x) || PLACE_PREPOSITIONS.has(x));
    return afterAbout ? undefined : key;
  };
  const indices = tokens.map((_, i) => i);
  const before = indices.filter((i) => i < verb).flatMap((i) => speakerAt(i) ?? []);
  return before.length ? before : indices.filter((i) => i > verb).flatMap((i) => speakerAt(i) ?? []).slice(0, 1);
}

// "other than X", "instead of X", "кроме X": X is what the asker already knows, not what is asked.
const EXCLUDING = [["other", "than"], ["instead", "of"], ["rather", "than"], ["apart", "from"], ["aside", "from"], ["besides"], ["except"], ["except", "for"], ["кроме"], ["вместо"], ["помимо"], ["а", "не"]];

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

const MINE = new Set(["my", "mine", "myself", "мой", "мои", "моя", "мое", "моего", "моей", "моих"]);
const HOW = new Set(["how", "where", "как", "где"]);
const CAN = new Set(["do", "can", "could", "should", "мне", "могу"]);

/**
 * "How do I turn on my flashlight?", "can I join?": a question about the asker, which no news article
 * answers ("I saw something about candles, what was that?" is not one).
 */
export function asksAboutAsker(question: string, terms: Terms): boolean {
  if (/["“”«»]/.test(question)) return false;
  const w = terms.tokens.map((t) => t.word);
  // "how do I…", "where can I…", "как мне…": asking how to do something oneself.
  const howDoI = (i: number) => HOW.has(w[i - 2] ?? "") && CAN.has(w[i - 1] ?? "") && ["i", "я"].includes(w[i] ?? "");
  return w.some((x, i) => MINE.has(x) || howDoI(i) || (x === "мне" && HOW.has(w[i - 1] ?? "")));
}

/** Reads a question (already analyzed into terms) for its form, focus and the words to account for. */
export function readQuestion(terms: Terms, lexicon: QuestionLexicon, endsWithQuestionMark: boolean): Reading {
  const { isName } = lexicon;
  const found: {
    form: Form;
    focus?: string | undefined;
    focusWords?: string[];
    focusKind?: "place" | "person" | "any";
    speakers?: string[];
    consumed?: string | undefined;
    grain?: Grain | undefined;
    namedPlace?: boolean;
  } = findForm(
    terms.tokens,
    lexicon,
    endsWithQuestionMark,
  );
  const framing = new Set<string>();
  const about = new Set<string>();
  for (const t of terms.tokens) {
    const key = keyOf(t);
    if (!key || t.c.kind !== "concept") continue;
    if (W.ABOUT_THE_TEXT.has(t.word)) about.add(key);
    const frames =
      W.LIGHT_WORDS.has(t.word) ||
      t.word === found.consumed ||
      ((found.form === "say" || found.form === "react") && (SAY_WORDS.has(t.word) || REACT_WORDS.has(t.word) || W.RU_FORM_WORDS.say.has(t.word))) ||
      (found.form === "name" && NAME_WORDS.has(t.word)) ||
      ACCORDING.has(t.word);
    if (frames) framing.add(key);
  }
  // "Why courtyards and not streets?" asks about the streets too: a why keeps what it sets aside.
  const excluded = found.form === "why" ? [] : excludedAfter(terms.tokens);
  const substance = terms.content.filter((c) => !framing.has(c) && !excluded.includes(c));
  // "What is the article about?": with nothing else asked, the words about the text are what is asked.
  const informative = substance.length ? substance : terms.content.filter((c) => about.has(c));
  const anchors = informative.filter((c) => !isName(c) && c !== found.focus);
  const reading: Reading = { form: found.form, informative, anchors };
  const either = alternatives(terms.tokens, framing);
  if (either) reading.either = either;
  if (excluded.length) reading.excluded = excluded;
  const words = terms.tokens.map((t) => t.word);
  if (words.some((x) => EXACT.has(x))) reading.exact = true;
  const asAs = words.some((x, i) => x === "as" && words[i + 2] === "as");
  if (asAs || words.some((x, i) => comparing(words, i))) reading.compares = true;
  const classes = Object.fromEntries(terms.tokens.flatMap((t) => (t.c.kind === "concept" && W.CLOSED_CLASSES.has(t.word) ? [[t.c.key, W.CLOSED_CLASSES.get(t.word) as string]] : [])));
  if (Object.keys(classes).length) reading.classes = classes;
  const than = words.findIndex((_, i) => comparing(words, i));
  const adjuncts = terms.tokens.flatMap((t, i) =>
    t.c.kind === "concept" && PLACE_PREPOSITIONS.has(words[i - 1] ?? "") && informative.includes(t.c.key) && (than < 0 || i < than) ? [t.c.key] : [],
  );
  if (adjuncts.length) reading.adjuncts = adjuncts;
  // "Were people arrested?": people are whom it is about, not what is asked of them.
  if (found.form === "yesno") reading.anchors = reading.anchors.filter((c) => !lexicon.isGeneric(c));
  if (found.focus !== undefined) reading.focus = found.focus;
  if (found.focusWords?.length) reading.focusWords = found.focusWords;
  if (found.focusKind !== undefined) reading.focusKind = found.focusKind;
  // "What is Yulia's surname?": the name of a named one is another name, not a word about her ("wife").
  if (found.form === "name" && found.focus !== undefined && isName(found.focus)) reading.focusKind = "person";
  if (found.speakers !== undefined) reading.speakers = found.speakers;
  if (found.grain !== undefined) reading.grain = found.grain;
  if (found.namedPlace) reading.namedPlace = true;
  return reading;
}
