import { foldText, words } from "../engine/normalize.js";
import { STOPWORDS } from "../engine/stopwords.js";
import type { Knowledge, QaEntry } from "../engine/types.js";
import { KNOWLEDGE_ERRORS } from "./messages.js";

const MIN_PHRASINGS = 3;
// Words that may open a short answer without being names.
const ANSWER_OPENERS = new Set(["yes", "no", "not"]);

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

/** A name must appear as written; a sentence-initial word may appear in any case. */
function unsupported(entry: QaEntry, citedText: string): string[] {
  const straight = (text: string) => text.replace(/’/g, "'");
  const folded = foldText(citedText);
  return factTokens(entry.answer)
    .filter(({ token, initial }) => {
      if (!initial) return !straight(citedText).includes(straight(token));
      const word = foldText(token);
      return !ANSWER_OPENERS.has(word) && !STOPWORDS.has(word) && !folded.includes(word);
    })
    .map(({ token }) => token);
}

/** Everything wrong with the knowledge, as messages naming the entry; empty when it is sound. */
export function checkKnowledge(knowledge: Knowledge): string[] {
  const problems: string[] = [];
  const sentences = new Map(knowledge.sentences.map((s) => [s.id, s.text]));
  const cited = new Set<string>();
  const ids = new Set<string>();
  const phrasingOwner = new Map<string, string>();
  for (const entry of knowledge.qa) {
    if (ids.has(entry.id)) problems.push(KNOWLEDGE_ERRORS.duplicateId(entry.id));
    ids.add(entry.id);
    if (entry.questions.filter((q) => q.trim()).length < MIN_PHRASINGS) problems.push(KNOWLEDGE_ERRORS.noPhrasings(entry.id));
    if (entry.cites.length === 0) problems.push(KNOWLEDGE_ERRORS.noCitations(entry.id));
    if (!entry.answer.trim()) problems.push(KNOWLEDGE_ERRORS.emptyAnswer(entry.id));
    for (const cite of entry.cites) {
      if (sentences.has(cite)) cited.add(cite);
      else problems.push(KNOWLEDGE_ERRORS.unknownCitation(entry.id, cite));
    }
    for (const phrasing of entry.questions) {
      const key = words(phrasing).join(" ");
      const owner = phrasingOwner.get(key);
      if (owner !== undefined && owner !== entry.id) problems.push(KNOWLEDGE_ERRORS.sharedPhrasing(entry.id, owner, phrasing));
      phrasingOwner.set(key, entry.id);
    }
    const citedText = entry.cites.map((id) => sentences.get(id) ?? "").join(" ");
    for (const token of unsupported(entry, citedText)) problems.push(KNOWLEDGE_ERRORS.unsupportedToken(entry.id, token));
  }
  for (const id of sentences.keys()) if (!cited.has(id)) problems.push(KNOWLEDGE_ERRORS.uncitedSentence(id));
  return problems;
}
