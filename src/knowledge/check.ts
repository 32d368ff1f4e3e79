import { foldText, stem, words } from "../engine/normalize.js";
import { readArticle } from "../engine/read-article.js";
import { STOPWORDS } from "../engine/stopwords.js";
import type { GapEntry, Knowledge, QaEntry } from "../engine/types.js";
import { KNOWLEDGE_ERRORS } from "./messages.js";

const MIN_PHRASINGS = 3;
const LABEL_MAX = 32;
// Words that may open a short answer without being names.
const ANSWER_OPENERS = new Set(["yes", "no", "not"]);
// A short answer is read alone (an inline result, a button's answer): it names its subject.
const BARE_PRONOUNS = new Set("he she they it his her their its him them this that these those он она они оно его ее их это".split(" "));

/** Numbers and capitalized names in a short answer; sentence-initial words only when they aren't common words. */
function factTokens(answer: string): Array<{ token: string; initial: boolean }> {
  const found: Array<{ token: string; initial: boolean }> = [];
  for (const m of answer.matchAll(/#?[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const token = m[0].replace(/['’]s$/u, "");
    const initial = m.index === 0 || /[.!?:]\s+["“]?$/u.test(answer.slice(0, m.index));
    if (/\d/.test(token) || /^#?\p{Lu}/u.test(token)) found.push({ token, initial });
  }
  return found;
}

/**
 * A name must appear as written, or be whom a cited sentence's "He" stands for; a sentence-initial
 * word may appear in any case.
 */
function unsupported(answer: string, citedText: string, resolved: ReadonlySet<string>, conceptOf: (w: string) => string | undefined): string[] {
  const straight = (text: string) => text.replace(/’/g, "'");
  const folded = foldText(citedText);
  return factTokens(answer)
    .filter(({ token, initial }) => {
      const word = foldText(token);
      if (!/\d/.test(token) && words(token).every((w) => resolved.has(conceptOf(w) ?? ""))) return false;
      if (!initial) return !straight(citedText).includes(straight(token));
      return !ANSWER_OPENERS.has(word) && !STOPWORDS.has(word) && !folded.includes(word);
    })
    .map(({ token }) => token);
}

const opensWithPronoun = (text: string) => BARE_PRONOUNS.has(words(text)[0] ?? "");

/** Everything wrong with the knowledge, as messages naming the entry; empty when it is sound. */
export function checkKnowledge(knowledge: Knowledge): string[] {
  const problems: string[] = [];
  const { evidence, conceptOfWord } = readArticle(knowledge);
  const sentences = new Map(knowledge.sentences.map((s) => [s.id, s.text]));
  const cited = new Set<string>();
  const ids = new Set<string>();
  const phrasingOwner = new Map<string, string>();

  const checkIds = (id: string, sentenceIds: readonly string[]) => {
    if (ids.has(id)) problems.push(KNOWLEDGE_ERRORS.duplicateId(id));
    ids.add(id);
    for (const sentence of sentenceIds) if (!sentences.has(sentence)) problems.push(KNOWLEDGE_ERRORS.unknownCitation(id, sentence));
  };
  const checkPhrasings = (id: string, questions: readonly string[]) => {
    if (questions.filter((q) => q.trim()).length < MIN_PHRASINGS) problems.push(KNOWLEDGE_ERRORS.noPhrasings(id));
    for (const phrasing of questions) {
      const key = words(phrasing).join(" ");
      const owner = phrasingOwner.get(key);
      if (owner !== undefined && owner !== id) problems.push(KNOWLEDGE_ERRORS.sharedPhrasing(id, owner, phrasing));
      phrasingOwner.set(key, id);
    }
  };

  for (const entry of knowledge.qa) checkEntry(entry);
  for (const gap of knowledge.gaps) checkGap(gap);
  for (const id of sentences.keys()) if (!cited.has(id)) problems.push(KNOWLEDGE_ERRORS.uncitedSentence(id));
  problems.push(...synonymCollisions(knowledge.synonyms));
  return problems;

  function checkEntry(entry: QaEntry) {
    checkIds(entry.id, entry.cites);
    checkPhrasings(entry.id, entry.questions);
    entry.cites.forEach((id) => sentences.has(id) && cited.add(id));
    if (entry.cites.length === 0) problems.push(KNOWLEDGE_ERRORS.noCitations(entry.id));
    if (!entry.answer.trim()) problems.push(KNOWLEDGE_ERRORS.emptyAnswer(entry.id));
    if (!entry.answerRu?.trim()) problems.push(KNOWLEDGE_ERRORS.missing(entry.id, "answerRu"));
    for (const text of [entry.answer, entry.answerRu ?? ""]) if (opensWithPronoun(text)) problems.push(KNOWLEDGE_ERRORS.barePronoun(entry.id, text));
    for (const key of ["label", "labelRu"] as const) {
      const label = entry[key];
      if (!label?.trim()) problems.push(KNOWLEDGE_ERRORS.missing(entry.id, key));
      else if (label.length > LABEL_MAX) problems.push(KNOWLEDGE_ERRORS.longLabel(entry.id, key, LABEL_MAX));
    }
    const citedText = entry.cites.map((id) => sentences.get(id) ?? "").join(" ");
    const resolved = new Set(entry.cites.flatMap((id) => [...(evidence.get(id)?.concepts ?? [])]));
    for (const token of unsupported(entry.answer, citedText, resolved, conceptOfWord)) problems.push(KNOWLEDGE_ERRORS.unsupportedToken(entry.id, token));
  }

  function checkGap(gap: GapEntry) {
    checkIds(gap.id, gap.related);
    checkPhrasings(gap.id, gap.questions);
    if (!gap.reply.trim()) problems.push(KNOWLEDGE_ERRORS.emptyAnswer(gap.id));
    if (!gap.replyRu?.trim()) problems.push(KNOWLEDGE_ERRORS.missing(gap.id, "replyRu"));
  }
}

/** A word whose stem two synonym groups share would silently join whichever group comes last. */
function synonymCollisions(groups: readonly string[][]): string[] {
  const groupOf = new Map<string, string>();
  const problems: string[] = [];
  for (const group of groups) {
    const head = group[0] ?? "";
    const headStem = stem(words(head)[0] ?? "");
    for (const entry of group) {
      const ws = words(entry);
      if (ws.length !== 1) continue;
      const s = stem(ws[0] as string);
      const other = groupOf.get(s);
      if (other !== undefined && other !== head && stem(words(other)[0] ?? "") !== headStem) problems.push(KNOWLEDGE_ERRORS.synonymCollision(entry, other, head));
      if (other === undefined) groupOf.set(s, head);
    }
  }
  return problems;
}
