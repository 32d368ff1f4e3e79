// Reads a question against the previous answer. People follow up the way they talk: "and when?",
// "why?", "where is he now?", "tell me more". Such a question has no subject of its own; it
// borrows the previous answer's, and is rewritten into a whole question the engine can answer.
import { foldText, words } from "../engine/normalize.js";
import { QUESTION_WORDS, STOPWORDS } from "../engine/stopwords.js";
import type { Knowledge } from "../engine/types.js";
import { articleNames, firstNames, topicText, withoutQuestionWords } from "./subject.js";
import type { Topic } from "./topic.js";

export type FollowUp =
  /** The question stands on its own (or there is nothing to follow up on): ask it as it is. */
  | { kind: "own" }
  /** "Tell me more": the text around what the previous answer cited. */
  | { kind: "more" }
  /** A question that borrowed the previous answer's subject. */
  | { kind: "rewritten"; question: string }
  /** It needs a previous answer, and there is none. */
  | { kind: "no-topic" };

const folded = (list: string) => new Set(list.split(" ").map(foldText));
// "he", "his", "он", "его"… stand for the previous answer's subject. "this"/"that"/"это" do not:
// "what is this?" asks about the bot.
const PRONOUNS = folded("he him his she her hers they them their theirs it its он она оно они его её ему ей им их него неё нему ней нём них ним ними");
const MORE = folded("more else further details detail elaborate continue подробнее подробней подробно больше ещё дальше продолжай продолжи детали");
const TIME_FILLERS = folded("now then сейчас тогда");
const REFUSALS = folded("no not enough stop нет не хватит");
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const isQuestionWord = (word: string) => QUESTION_WORDS.has(word);
const isFiller = (word: string) => STOPWORDS.has(word) || TIME_FILLERS.has(word);

export interface FollowUpReader {
  read(question: string, topic: Topic | undefined): FollowUp;
}

export function createFollowUpReader(knowledge: Knowledge): FollowUpReader {
  const names = articleNames(knowledge);

  function read(question: string, topic: Topic | undefined): FollowUp {
    const ws = words(question);
    // A name the question gives before its pronoun is what the pronoun stands for ("Who is Volkov and where is he?");
    // one after it is something else asked of the previous subject ("а почему он не в России?").
    const pronounAt = ws.findIndex((w) => PRONOUNS.has(w));
    const ownSubject = ws.slice(0, pronounAt < 0 ? ws.length : pronounAt).some((w) => names.has(w));
    if (ws.length === 0 || ownSubject) return { kind: "own" };
    const onlyFiller = ws.every((w) => isQuestionWord(w) || isFiller(w) || MORE.has(w));
    const asksMore = onlyFiller && ws.some((w) => MORE.has(w)) && !ws.some((w) => REFUSALS.has(w));
    const pronoun = pronounAt >= 0;
    // "where is he now?" names its subject by a pronoun: it is put in, not the previous question's words.
    const bare = onlyFiller && ws.some(isQuestionWord) && !pronoun;
    if (!asksMore && !bare && !pronoun) return { kind: "own" };
    if (topic === undefined) return { kind: "no-topic" };
    if (asksMore) return { kind: "more" };

    const context = topicText(knowledge, topic);
    if (bare) {
      // "and when?" after "Why was Navalny jailed?" → "when was Navalny jailed"
      return { kind: "rewritten", question: `${ws.filter(isQuestionWord).join(" ")} ${withoutQuestionWords(context)}` };
    }
    const subject = firstNames(context, names) ?? withoutQuestionWords(context, { auxiliaries: true });
    // "what did he write?" after "Who is Leonid Volkov?" → "what did Leonid Volkov write?"
    return { kind: "rewritten", question: question.replace(WORD, (token) => (PRONOUNS.has(foldText(token)) ? subject : token)) };
  }

  return { read };
}
