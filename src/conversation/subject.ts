// What a topic is about, in words a rewritten question can use: the names it mentions ("Alexey
// Navalny"), or else its question without the question word ("the vigils").
import { foldText, words } from "../engine/normalize.js";
import { QUESTION_WORDS, STOPWORDS } from "../engine/stopwords.js";
import type { Knowledge } from "../engine/types.js";
import type { Topic } from "./topic.js";

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const AUXILIARIES = new Set(["is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would"]);

/** A word of a text as written, and as compared. */
const folded = (token: string) => words(token).join(" ");
const withoutPossessive = (token: string) => token.replace(/['’]s$/u, "");
// Sentence-initial "The", "However" are capitalized too; common words are never names.
const isCapitalized = (token: string) => /^\p{Lu}/u.test(token) && !STOPWORDS.has(folded(token));

/**
 * The article's names, folded: capitalized words standing mid-sentence (Navalny, Volkov, Moscow,
 * Sunday), a sentence's first word when a name follows it (Maria Ivanova), and the other words of
 * their synonym groups, so Russian forms (навальный) count too.
 */
export function articleNames(knowledge: Knowledge): ReadonlySet<string> {
  const names = new Set<string>();
  const sentences = knowledge.sentences.map((sentence) => (sentence.text.match(TOKEN) ?? []).map(withoutPossessive));
  for (const tokens of sentences) {
    for (const token of tokens.slice(1)) if (isCapitalized(token)) names.add(folded(token));
  }
  for (const [first = "", second = ""] of sentences) {
    if (isCapitalized(first) && names.has(folded(second))) names.add(folded(first));
  }
  for (const group of knowledge.synonyms) {
    if (group.some((word) => names.has(foldText(word)))) for (const word of group) names.add(foldText(word));
  }
  // A group may hold a question word ("day" beside "Sunday"): "what day?" still follows up.
  for (const word of QUESTION_WORDS.keys()) names.delete(word);
  return names;
}

/** The text a topic stands for: its entry's question, or its first cited sentence. */
export function topicText(knowledge: Knowledge, topic: Topic): string {
  const entry = topic.entryId === undefined ? undefined : knowledge.qa.find((e) => e.id === topic.entryId);
  const sentence = knowledge.sentences.find((s) => s.id === topic.sentenceIds[0]);
  return entry?.questions[0] ?? sentence?.text ?? "";
}

/** The first run of names in a text, as written: "Who is Alexey Navalny?" → "Alexey Navalny". */
export function firstNames(text: string, names: ReadonlySet<string>): string | undefined {
  const run: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const isName = names.has(folded(withoutPossessive(token)));
    if (isName) run.push(withoutPossessive(token));
    else if (run.length > 0) break;
  }
  return run.length > 0 ? run.join(" ") : undefined;
}

/** A question without its opening question words: "Why was Navalny jailed?" → "was Navalny jailed". */
export function withoutQuestionWords(text: string, { auxiliaries = false } = {}): string {
  const tokens = text.replace(/[?!.]+\s*$/u, "").split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < tokens.length && QUESTION_WORDS.has(folded(tokens[start] ?? ""))) start++;
  while (auxiliaries && start < tokens.length && AUXILIARIES.has(folded(tokens[start] ?? ""))) start++;
  return tokens.slice(start).join(" ");
}
