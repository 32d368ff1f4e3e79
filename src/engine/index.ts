import { toAlternative } from "./alternative.js";
import { analyze } from "./analyzer.js";
import { words } from "./normalize.js";
import { detectChitchat, smallTalkIn } from "./chitchat.js";
import { ENGINE_DEFAULTS, type EngineConfig } from "./config.js";
import { buildCandidate, weigh, type Candidate, type Match } from "./matcher.js";
import { createRanker, unknownWeighing } from "./ranker.js";
import { CHITCHAT_REPLIES, NONE_MESSAGES } from "./messages.js";
import { memoize } from "./memoize.js";
import type { Reading } from "./question-form.js";
import { asksAboutAsker, readQuestion } from "./question-reading.js";
import { pointsBackAt, splitQuestion } from "./question-text.js";
import { readArticle } from "./read-article.js";
import { QUESTION_WORDS, STOPWORDS } from "./stopwords.js";
import { LIGHT_WORDS } from "./word-classes.js";
import { AUX, SAY_WORDS } from "./question-words.js";
import { shows, WANTS } from "./evidence-shows.js";
import { verify, type Verdict } from "./verify.js";
import { createKnowledgeSpeller } from "./vocabulary.js";
import type { Alternative, Answer, Citation, Engine, Knowledge, QaEntry } from "./types.js";

export type { Answer, Engine, Knowledge } from "./types.js";

type Checked = { match: Match; verdict: Verdict };

// "What actually happened?": a question of these and function words asks about what the message said before it.
const HAPPENED = new Set(["happen", "happened", "happens", "happening", "going", "случилось", "произошло", "происходит"]);
// Question words that can ask on their own about what the message said before them ("…in prison. Why?").
const BARE_QUESTIONS = new Set(["why", "when", "where", "how", "почему", "зачем", "когда", "где", "как", "откуда"]);

/** Builds the indexes once; answering is then pure computation over them. */
export function createEngine(knowledge: Knowledge, overrides: Partial<EngineConfig> = {}): Engine {
  const config: EngineConfig = { ...ENGINE_DEFAULTS, ...overrides };
  const article = readArticle(knowledge);
  const { vocabulary, evidence: evidenceById } = article;
  const sentenceById = new Map(knowledge.sentences.map((s) => [s.id, s]));
  const entryById = new Map(knowledge.qa.map((e) => [e.id, e]));
  const citations = (ids: readonly string[]): Citation[] =>
    ids.flatMap((id) => {
      const sentence = sentenceById.get(id);
      return sentence ? [{ id, text: sentence.text }] : [];
    });
  const evidenceOf = (ids: readonly string[]) => ids.flatMap((id) => evidenceById.get(id) ?? []);

  // Knowledge texts recur (a sentence is cited by several entries): read each once.
  const terms = memoize(5_000, (text: string) => analyze(text, vocabulary));
  const read = { terms, reading: (text: string) => readQuestion(terms(text), article, text.trim().endsWith("?")) };
  const candidates: Candidate[] = [
    ...knowledge.qa.map((entry) =>
      buildCandidate(
        {
          entry,
          phrasings: entry.questions,
          shown: [entry.answer, ...citations(entry.cites).map((c) => c.text)],
          evidence: evidenceOf(entry.cites),
          answer: article.read(entry.answer),
        },
        read,
      ),
    ),
    ...knowledge.gaps.map((gapEntry) => buildCandidate({ gapEntry, phrasings: gapEntry.questions, shown: [], evidence: [] }, read)),
    ...knowledge.sentences.map((sentence) =>
      buildCandidate({ sentence, phrasings: [sentence.text], shown: [sentence.text], evidence: evidenceOf([sentence.id]) }, read),
    ),
  ];
  const articleConcepts = new Set(knowledge.sentences.flatMap((s) => terms(s.text).content));
  const weightOf = weigh(candidates, articleConcepts, config);
  const rank = createRanker(candidates, weightOf, config);
  const knownConcepts = new Set(candidates.flatMap((c) => [...c.accounts]));

  const correct = createKnowledgeSpeller(knowledge, config);
  const known = { has: (concept: string) => knownConcepts.has(concept), correct };

  function entryAnswer(entry: QaEntry, confidence: number, alternatives: Alternative[], reading?: Reading): Answer {
    const ru = entry.answerRu ? { shortAnswerRu: entry.answerRu } : {};
    const cites = reading ? bestFirst(entry.cites, reading) : entry.cites;
    return { kind: "answer", source: "qa", entryId: entry.id, shortAnswer: entry.answer, ...ru, citations: citations(cites), confidence, alternatives };
  }

  /**
   * An entry's sentences in its curator's order, unless the first doesn't show what the question's
   * form asks and another does ("what date" → the sentence with Valentine's Day, not the one with Sunday).
   */
  function bestFirst(ids: readonly string[], reading: Reading): string[] {
    if (ids.length < 2) return [...ids];
    // "Was this on Valentine's Day?": first the sentence that says all the question says (3.1), not "on Sunday" (1.1).
    if (reading.form === "yesno") {
      const all = ids.filter((id) => reading.informative.every((c) => evidenceById.get(id)?.concepts.has(c)));
      return all.length && all[0] !== ids[0] ? [...all, ...ids.filter((id) => !all.includes(id))] : [...ids];
    }
    if (reading.form === "open") return [...ids];
    const asked = new Set(reading.informative);
    const evidence = ids.flatMap((id) => {
      const e = evidenceById.get(id);
      return e ? [[id, e] as const] : [];
    });
    const strictly = evidence.filter(([, e]) => shows(reading, e, asked)).map(([id]) => id);
    // None shows it by what is asked: then the one that gives the kind of thing asked at all ("to show solidarity" for a why).
    const wanted = WANTS[reading.form];
    const loosely = wanted === undefined ? [] : evidence.filter(([, e]) => e.tokens.some((t) => t.tags & wanted && t.key !== undefined && !asked.has(t.key))).map(([id]) => id);
    const showing = strictly.length ? strictly : loosely.length < ids.length ? loosely : [];
    return showing.length && showing[0] !== ids[0] ? [...showing, ...ids.filter((id) => !showing.includes(id))] : [...ids];
  }

  function none(reason: "not-in-article" | "empty" | "too-long", near: Match[] = []): Answer {
    const suggested = near.flatMap((m) => (m.candidate.entry && m.matched > 0 ? [m.candidate.entry] : []));
    const suggestions = (suggested.length ? suggested : knowledge.qa).slice(0, config.maxSuggestions).map(toAlternative);
    return { kind: "none", reason, message: NONE_MESSAGES[reason], related: [], suggestions };
  }

  /**
   * "sorry, typing on the bus lol, how long was that white ribbon": leading clauses (before a comma, a
   * dash or a closing bracket) that neither ask nor name anything of the article are the asker's
   * chatter, set with the context.
   */
  function withoutChatter({ question, context }: { question: string; context: string }): { question: string; context: string } {
    const clauses = question.split(/(?<=[,;)])\s+|\s+[—–-]+\s+/);
    let dropped = 0;
    while (dropped < clauses.length - 1) {
      const clause = clauses[dropped] as string;
      const typed = words(clause);
      const asks = typed.some((w) => QUESTION_WORDS.has(w) || ["ли", "разве", "неужели", "whether"].includes(w)) || AUX.has(typed[0] ?? "");
      if (asks || analyze(clause, vocabulary, known).content.some((c) => articleConcepts.has(c))) break;
      dropped++;
    }
    if (dropped === 0) return { question, context };
    return { question: clauses.slice(dropped).join(" "), context: [context, ...clauses.slice(0, dropped)].filter(Boolean).join(" ") };
  }

  /**
   * "…people standing in their yards with candles. What was that about?": a question of next to no
   * words of its own that points back is read with the article's words its message said before it.
   */
  function withContext({ question, context }: { question: string; context: string }): { question: string; context: string[] } {
    const alone = { question, context: [] };
    if (!context) return alone;
    const typed = words(question);
    const own = analyze(question, vocabulary, known).content;
    // "My grandson says Navalny is in prison. Why?": a question of nothing but a question word asks about what was said.
    const isContent = (w: string) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w);
    // …as does one that asks of nothing at all ("I only saw the headline about the candle vigils. What actually happened?").
    const bare = own.length === 0 && ((typed.length <= 2 && typed.some((w) => BARE_QUESTIONS.has(w))) || (typed.length <= 4 && typed.some((w) => HAPPENED.has(w)) && typed.every((w) => !isContent(w) || LIGHT_WORDS.has(w))));
    const at = bare ? typed.length : pointsBackAt(typed, isContent);
    if (at < 0 || own.filter((c) => articleConcepts.has(c)).length > 1) return alone;
    // What the message said is about: its things, not its verbs of saying ("…the lady who said she hopes…").
    const said = analyze(context, vocabulary, known).tokens.flatMap((t) =>
      t.c.kind === "concept" && articleConcepts.has(t.c.key) && !own.includes(t.c.key) && !SAY_WORDS.has(t.word) && !LIGHT_WORDS.has(t.word) ? [t] : [],
    );
    if (!said.length) return alone;
    const filled = [...typed.slice(0, at), ...said.map((t) => t.word), ...typed.slice(at + 1)].join(" ") + (/\?\s*$/.test(question) ? "?" : "");
    return { question: filled, context: [...new Set(said.map((t) => (t.c.kind === "concept" ? t.c.key : "")))] };
  }

  /**
   * Small talk with words of its own around it ("Thank you, I shall tell my friends at the bridge
   * club about you. Goodbye!"), for a message the article has nothing for: it is answered as small talk.
   */
  function smallTalkAround(message: string) {
    // "Afternoon" greets, but as a word of the article it asks about the afternoon.
    return smallTalkIn(message, (word) => articleConcepts.has(vocabulary.conceptOf(word)));
  }

  /** Reads the question, ranks what could answer it, and checks the best-ranked in order. */
  function consider(message: string, { all = false } = {}): { reading: Reading; matches: Match[]; checked: Checked[]; asksAboutWords: boolean } {
    const { question, context } = withContext(withoutChatter(splitQuestion(message)));
    const questionTerms = analyze(question, vocabulary, known);
    const { hedged: possible, ...read } = readQuestion(questionTerms, article, /\?\s*$/.test(question));
    // A possibility asked matters only where the article itself says something only as a possibility.
    const hedged = possible?.filter((c) => article.supposed.has(c)) ?? [];
    const reading: Reading = { ...read, ...(hedged.length ? { hedged } : {}), ...(context.length ? { context: context.filter((c) => read.informative.includes(c)) } : {}) };
    if (asksAboutAsker(question, questionTerms)) return { reading, matches: [], checked: [], asksAboutWords: false };
    const matches = rank(questionTerms);
    // What the question gave is no answer to it, except the place it only describes ("which Baltic country").
    const asked = new Set(questionTerms.content.filter((c) => c !== reading.described));
    // Numbers alone ("what is 2+2") are no question about the article, whatever they happen to match.
    const asksAboutWords = reading.informative.some((t) => !/^\d+$/.test(t) && knownConcepts.has(t));
    const checked: Checked[] = [];
    if (!asksAboutWords) return { reading, matches, checked, asksAboutWords };
    // Once a candidate is vouched for, only those ranked near it can still matter (as alternatives,
    // or a known gap nearer an open question): the rest go unchecked, unless `all` (--explain).
    let first: Checked | undefined;
    for (const match of matches.slice(0, config.candidatesChecked)) {
      const matters = all || !first || match.rank >= first.match.rank * config.alternativeWithin || (first.verdict.ok && first.verdict.by === "open" && match.candidate.gapEntry);
      if (!matters) continue;
      const verdict = verify(reading, match.candidate, asked);
      checked.push({ match, verdict });
      if (!first && verdict.ok && verdict.by !== "evidence") first = { match, verdict };
    }
    return { reading, matches, checked, asksAboutWords };
  }

  /** Why a question got what it got: how it was read, and each top candidate's check (for `ask --explain`). */
  function explain(question: string) {
    const { reading, checked, matches } = consider(question, { all: true });
    const weighTerm = unknownWeighing(analyze(question, vocabulary, known), weightOf, config);
    return {
      reading,
      weights: Object.fromEntries(reading.informative.map((t) => [t, +weighTerm(t).toFixed(2)])),
      top: (checked.length ? checked : matches.slice(0, 5).map((match) => ({ match, verdict: undefined }))).slice(0, 8).map(({ match, verdict }) => ({
        id: match.candidate.entry?.id ?? match.candidate.gapEntry?.id ?? `sentence ${match.candidate.sentence?.id}`,
        rank: +match.rank.toFixed(2),
        closeness: +match.closeness.toFixed(2),
        check: verdict === undefined ? "not checked" : verdict.ok ? `passed (${verdict.by})` : `failed: ${verdict.failed}`,
      })),
    };
  }

  function answer(question: string): Answer {
    if (question.trim() === "") return none("empty");
    if (question.length > config.maxQuestionLength) return none("too-long");
    const intent = detectChitchat(question);
    if (intent) return { kind: "chitchat", intent, reply: CHITCHAT_REPLIES[intent] };
    const answered = answerQuestion(question);
    // Nothing in the article, not even a known gap: small talk around other words is answered as small talk.
    const aside = answered.kind === "none" && answered.reason === "not-in-article" && answered.gapId === undefined ? smallTalkAround(question) : undefined;
    return aside ? { kind: "chitchat", intent: aside, reply: CHITCHAT_REPLIES[aside] } : answered;
  }

  function answerQuestion(question: string): Answer {
    const { matches, checked, reading } = consider(question);
    // What a curator vouched for (a phrasing of this form, a known gap, any entry for an open question)
    // comes before what only the evidence shows.
    const vouched = checked.filter((c) => c.verdict.ok && c.verdict.by !== "evidence");
    const shown = checked.filter((c) => c.verdict.ok && c.verdict.by === "evidence");
    // An open question any entry on the topic passes ("What did he do to violate his parole?") is
    // better met by a known gap one of whose phrasings asks it more nearly.
    const first = vouched[0];
    const closerGap = first?.verdict.ok && first.verdict.by === "open" ? vouched.find((c) => c.match.candidate.gapEntry && c.match.closeness > first.match.closeness) : undefined;
    const winner = closerGap ?? first ?? shown[0];
    if (!winner) return none("not-in-article", matches);
    const best = winner.match;
    const { gapEntry } = best.candidate;
    if (gapEntry) {
      const gap = none("not-in-article", matches);
      if (gap.kind !== "none") return gap;
      return { ...gap, message: gapEntry.reply, ...(gapEntry.replyRu ? { messageRu: gapEntry.replyRu } : {}), gapId: gapEntry.id, related: citations(gapEntry.related) };
    }
    // An entry written for another kind of question answers with the sentence that shows it, not its short answer.
    const shownBy = winner.verdict.ok && winner.verdict.by === "evidence" ? winner.verdict.sentence : undefined;
    const entry = shownBy === undefined ? best.candidate.entry : undefined;
    const alternatives = [...vouched, ...shown]
      .map((c) => c.match)
      .filter((m) => m !== best && m.candidate.entry && m.candidate.entry !== entry && m.rank >= best.rank * config.alternativeWithin)
      .slice(0, config.maxAlternatives)
      .flatMap((m) => (m.candidate.entry ? [toAlternative(m.candidate.entry)] : []));
    const confidence = confidenceOf(best, entry !== undefined, alternatives.length > 0);
    if (entry) return entryAnswer(entry, confidence, alternatives, reading);
    const cited = best.candidate.sentence?.id ?? best.candidate.entry?.cites[shownBy ?? 0];
    return { kind: "answer", source: "passage", citations: citations(cited === undefined ? [] : [cited]), confidence, alternatives };
  }

  function answerEntry(entryId: string): Answer | undefined {
    const entry = entryById.get(entryId);
    return entry ? entryAnswer(entry, 1, []) : undefined;
  }

  // Popular questions come again and again; an answer never changes while the knowledge doesn't.
  const cachedAnswer = memoize(config.answerCacheSize, answer);

  return { answer: cachedAnswer, answerEntry, explain, knowledge };
}

/**
 * How likely the answer is right: a curated entry that vouches for the question, the more so the
 * nearer one of its phrasings, is likelier than a sentence that only shows what is asked; a close
 * rival makes it less sure. Measured on our question sets, answers at 0.9 and above were all right.
 */
function confidenceOf(best: Match, curated: boolean, rivals: boolean): number {
  const base = curated ? 0.55 + 0.4 * best.closeness : 0.3 + 0.3 * best.closeness;
  return Math.round(Math.max(0.05, Math.min(0.99, base - (rivals ? 0.15 : 0))) * 100) / 100;
}
