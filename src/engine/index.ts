import { toAlternative } from "./alternative.js";
import { analyze, createConceptMap } from "./analyzer.js";
import { detectChitchat } from "./chitchat.js";
import { ENGINE_DEFAULTS, type EngineConfig } from "./config.js";
import { buildCandidate, weigh, type Candidate, type Match } from "./matcher.js";
import { tokenize } from "./proximity.js";
import { createRanker, unknownWeighing } from "./ranker.js";
import { CHITCHAT_REPLIES, NONE_MESSAGES } from "./messages.js";
import { memoize } from "./memoize.js";
import { words } from "./normalize.js";
import { createKnowledgeSpeller } from "./vocabulary.js";
import type { Alternative, Answer, Engine, Knowledge, QaEntry } from "./types.js";

export type { Answer, Engine, Knowledge } from "./types.js";

/** Builds the indexes once; answering is then pure computation over them. */
export function createEngine(knowledge: Knowledge, overrides: Partial<EngineConfig> = {}): Engine {
  const config: EngineConfig = { ...ENGINE_DEFAULTS, ...overrides };
  const synonyms = knowledge.synonyms.map((group) => group.flatMap(words));
  const conceptOf = createConceptMap(synonyms);
  // Knowledge texts recur (a sentence is cited by several entries): read each once.
  const read = {
    terms: memoize(5_000, (text: string) => analyze(text, conceptOf)),
    tokens: memoize(5_000, (text: string) => tokenize(text, conceptOf)),
  };
  const sentenceById = new Map(knowledge.sentences.map((s) => [s.id, s]));
  const entryById = new Map(knowledge.qa.map((e) => [e.id, e]));

  const candidates: Candidate[] = [
    ...knowledge.qa.map((entry) =>
      buildCandidate(
        { phrasings: entry.questions, evidence: [entry.answer, ...entry.cites.map((id) => sentenceById.get(id)?.text ?? "")] },
        read,
        { entry },
      ),
    ),
    ...knowledge.sentences.map((sentence) => buildCandidate({ phrasings: [sentence.text], evidence: [sentence.text] }, read, { sentence })),
  ];
  const articleConcepts = new Set(knowledge.sentences.flatMap((s) => read.terms(s.text).content));
  const weightOf = weigh(candidates, articleConcepts, config);
  const rank = createRanker(candidates, weightOf, config);
  const knownConcepts = new Set(candidates.flatMap((c) => [...c.bag]));

  const correct = createKnowledgeSpeller(knowledge, synonyms, config);
  const known = { has: (concept: string) => knownConcepts.has(concept), correct };

  const citationsOf = (entry: QaEntry) =>
    entry.cites.flatMap((id) => {
      const sentence = sentenceById.get(id);
      return sentence ? [{ id, text: sentence.text }] : [];
    });

  function entryAnswer(entry: QaEntry, confidence: number, alternatives: Alternative[]): Answer {
    const ru = entry.answerRu ? { shortAnswerRu: entry.answerRu } : {};
    return { kind: "answer", source: "qa", entryId: entry.id, shortAnswer: entry.answer, ...ru, citations: citationsOf(entry), confidence, alternatives };
  }

  function none(reason: "not-in-article" | "empty" | "too-long", near: Match[] = []): Answer {
    const suggested = near.flatMap((m) => (m.candidate.entry && m.matched > 0 ? [m.candidate.entry] : []));
    const suggestions = (suggested.length ? suggested : knowledge.qa).slice(0, config.maxSuggestions).map(toAlternative);
    return { kind: "none", reason, message: NONE_MESSAGES[reason], related: [], suggestions };
  }

  /** Why a question matched what it did: its terms and the best-ranked candidates (for `ask --explain`). */
  function explain(question: string) {
    const terms = analyze(question, conceptOf, known);
    const top = rank(terms)
      .slice(0, 5)
      .map((m) => ({
        id: m.candidate.entry?.id ?? `sentence ${m.candidate.sentence?.id}`,
        coverage: +m.coverage.toFixed(2),
        closeness: +m.closeness.toFixed(2),
        matched: +m.matched.toFixed(2),
        rank: +m.rank.toFixed(2),
      }));
    const weighTerm = unknownWeighing(terms, weightOf, config); // as the ranker weighs them
    return { terms, weights: terms.content.map((t) => +weighTerm(t).toFixed(2)), top };
  }

  function answer(question: string): Answer {
    if (question.trim() === "") return none("empty");
    if (question.length > config.maxQuestionLength) return none("too-long");
    const intent = detectChitchat(question);
    if (intent) return { kind: "chitchat", intent, reply: CHITCHAT_REPLIES[intent] };

    const terms = analyze(question, conceptOf, known);
    const matches = rank(terms);
    // Numbers alone ("what is 2+2") are no question about the article, whatever they happen to match.
    const asksAboutWords = terms.content.some((t) => !/^\d+$/.test(t) && knownConcepts.has(t));
    const eligible = matches.filter(
      (m) =>
        asksAboutWords &&
        m.matched >= config.minMatchedWeight &&
        m.coverage >= (m.candidate.entry ? config.minCoverage : config.minPassageCoverage),
    );
    const best = eligible[0];
    if (!best) return none("not-in-article", matches);

    const alternatives = eligible
      .filter((m) => m !== best && m.candidate.entry && m.rank >= best.rank * config.alternativeWithin)
      .slice(0, config.maxAlternatives)
      .flatMap((m) => (m.candidate.entry ? [toAlternative(m.candidate.entry)] : []));
    const confidence = Math.round(Math.min(1, 0.7 * best.coverage + 0.3 * best.closeness) * (alternatives.length ? 0.85 : 1) * 100) / 100;
    const { entry, sentence } = best.candidate;
    if (entry) return entryAnswer(entry, confidence, alternatives);
    const citations = sentence ? [{ id: sentence.id, text: sentence.text }] : [];
    return { kind: "answer", source: "passage", citations, confidence, alternatives };
  }

  function answerEntry(entryId: string): Answer | undefined {
    const entry = entryById.get(entryId);
    return entry ? entryAnswer(entry, 1, []) : undefined;
  }

  // Popular questions come again and again; an answer never changes while the knowledge doesn't.
  const cachedAnswer = memoize(config.answerCacheSize, answer);

  return { answer: cachedAnswer, answerEntry, explain, knowledge };
}
