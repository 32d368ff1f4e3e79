// Reading a question: its form (question-form.ts) and the words the evidence must account for,
// with what the asker sets aside, offers as alternatives, compares or asks exactly.
import type { Terms } from "./analyzer.js";
import { findForm, keyOf, type QuestionLexicon, type Reading, type Token } from "./question-form.js";
import * as Q from "./question-words.js";
import * as W from "./word-classes.js";

// "other than X", "instead of X", "кроме X": X is what the asker already knows, not what is asked.
const EXCLUDING = [["other", "than"], ["instead", "of"], ["rather", "than"], ["apart", "from"], ["aside", "from"], ["besides"], ["except"], ["except", "for"], ["кроме"], ["вместо"], ["помимо"], ["а", "не"]];

const EXCLUDING_FIRST = new Set(EXCLUDING.map((m) => m[0]));

function excludedAfter(tokens: Token[]): string[] {
  if (!tokens.some((t) => EXCLUDING_FIRST.has(t.word))) return [];
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

/** Words of substance within three words after "might", "could", "risk"…: asked about as possible, not as done. */
function hedgedIn(tokens: Token[]): string[] | undefined {
  const out = tokens.flatMap((t, i) => (t.c.kind === "concept" && tokens.slice(Math.max(0, i - 4), i).some((b) => Q.MODALS.has(b.word)) ? [t.c.key] : []));
  return out.length ? out : undefined;
}

/** "X or Y": the last word of substance before "or", and those after it. */
function alternatives(tokens: Token[], framing: ReadonlySet<string>): [string[], string[]] | undefined {
  const or = tokens.findIndex((t) => t.word === "or" || t.word === "или");
  if (or < 0) return undefined;
  // "music or anything (at the vigils)": a vague tail, not a second thing asked ("or something they've done before" is one).
  const next = tokens[or + 2]?.word;
  if (VAGUE_TAILS.has(tokens[or + 1]?.word ?? "") && (next === undefined || Q.PLACE_PREPOSITIONS.has(next) || ["like", "else"].includes(next))) return undefined;
  const substance = (t: Token) => (t.c.kind === "concept" && !framing.has(t.c.key) ? [t.c.key] : []);
  const before = tokens.slice(0, or).flatMap(substance).slice(-1);
  const after = tokens.slice(or + 1).flatMap(substance);
  return before.length && after.length ? [before, after] : undefined;
}

const TIME_WORDS = new Set(["time", "day", "hour", "время", "суток", "дня", "часу"]);
const VAGUE_TAILS = new Set(["anything", "something", "whatever", "what", "so", "smth", "sth", "что", "чтото", "типа"]);
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
  // "how to arrange candles in a heart": a how-to, which no news report answers.
  const howTo = w[0] === "how" && w[1] === "to";
  return howTo || w.some((x, i) => MINE.has(x) || howDoI(i) || (x === "мне" && HOW.has(w[i - 1] ?? "")));
}

/** The fields that have a value (optional fields stay absent rather than undefined). */
function definedOnly<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Reads a question (already analyzed into terms) for its form, focus and the words to account for. */
export function readQuestion(terms: Terms, lexicon: QuestionLexicon, endsWithQuestionMark: boolean): Reading {
  const { isName } = lexicon;
  const found = findForm(terms.tokens, lexicon, endsWithQuestionMark);
  const framing = new Set<string>();
  // "told reporters": whom it was said to only frames the saying.
  const saying = terms.tokens.some((t) => Q.SAY_WORDS.has(t.word) || W.RU_FORM_WORDS.say.has(t.word));
  const about = new Set<string>();
  for (const t of terms.tokens) {
    const key = keyOf(t);
    if (!key || t.c.kind !== "concept") continue;
    // "Which cities does the report name?", "в заголовке": words about the text frame what else is asked.
    if (W.ABOUT_THE_TEXT.has(t.word)) {
      about.add(key);
      framing.add(key);
    }
    const frames =
      W.LIGHT_WORDS.has(t.word) ||
      t.word === found.consumed ||
      // "At what time of day…": both words say what kind of answer is wanted.
      (found.form === "time" && TIME_WORDS.has(t.word)) ||
      ((found.form === "say" || found.form === "react") && (Q.SAY_WORDS.has(t.word) || Q.REACT_WORDS.has(t.word) || W.RU_FORM_WORDS.say.has(t.word))) ||
      (Q.AUDIENCES.has(t.word) && saying) ||
      (found.form === "name" && Q.NAME_WORDS.has(t.word)) ||
      Q.ACCORDING.has(t.word);
    if (frames) framing.add(key);
  }
  // "Why courtyards and not streets?" asks about the streets too: a why keeps what it sets aside.
  const excluded = found.form === "why" ? [] : excludedAfter(terms.tokens);
  const framed = terms.content.filter((c) => !framing.has(c) && !excluded.includes(c));
  // "On which holiday did this take place?": with nothing else asked, the word that said what kind of answer is wanted is what it is about.
  const kindWord = found.consumed === undefined ? undefined : terms.tokens.find((t) => t.word === found.consumed);
  const substance = framed.length || kindWord?.c.kind !== "concept" ? framed : [kindWord.c.key];
  // "What is the article about?": with nothing else asked, the words about the text are what is asked.
  const informative = substance.length ? substance : terms.content.filter((c) => about.has(c));
  const words = terms.tokens.map((t) => t.word);
  const than = words.findIndex((_, i) => Q.comparing(words, i));
  const adjuncts = terms.tokens.flatMap((t, i) =>
    t.c.kind === "concept" && Q.PLACE_PREPOSITIONS.has(words[i - 1] ?? "") && informative.includes(t.c.key) && (than < 0 || i < than) ? [t.c.key] : [],
  );
  const classes = Object.fromEntries(terms.tokens.flatMap((t) => (t.c.kind === "concept" && W.CLOSED_CLASSES.has(t.word) ? [[t.c.key, W.CLOSED_CLASSES.get(t.word) as string]] : [])));
  const anchors = informative.filter((c) => !isName(c) && c !== found.focus);
  const names = informative.filter((c) => isName(c) && c !== found.focus);
  const { consumed: _consumed, ...form } = found;
  const reading: Reading = {
    ...definedOnly(form),
    informative,
    // "Were people arrested?": people are whom it is about, not what is asked of them.
    anchors: found.form === "yesno" ? anchors.filter((c) => !lexicon.isGeneric(c)) : anchors,
    ...definedOnly({
      either: alternatives(terms.tokens, framing),
      excluded: excluded.length ? excluded : undefined,
      // "When in spring…" asks for more than the spring it names: a day.
      exact: words.some((x, i) => Q.EXACT.has(x) || (found.form === "when" && x === "when" && ["in", "during"].includes(words[i + 1] ?? ""))) || undefined,
      compares: than >= 0 || words.some((x, i) => x === "as" && words[i + 2] === "as") || undefined,
      classes: Object.keys(classes).length ? classes : undefined,
      adjuncts: adjuncts.length ? adjuncts : undefined,
      names: names.length ? names : undefined,
      focusWords: found.focusWords?.length ? found.focusWords : undefined,
      hedged: hedgedIn(terms.tokens),
      only: (adjuncts.length > 0 && words.some((x) => Q.ONLY.has(x))) || undefined,
    }),
  };
  // "What is Yulia's surname?": the name of a named one is another name, not a word about her ("wife").
  if (found.form === "name" && found.focus !== undefined && isName(found.focus)) reading.focusKind = "person";
  return reading;
}
