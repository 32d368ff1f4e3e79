import type { Answer } from "../engine/types.js";

/**
 * What an answer was about, so that a follow-up can be read against it: the curated entry (when
 * there was one) and the sentences it cited. It holds none of the reader's own words.
 */
export interface Topic {
  entryId?: string;
  /** Best evidence first; never empty. */
  sentenceIds: string[];
}

/** The topic of an answer that cites the article; small talk and "the article doesn't say" have none. */
export function topicOf(answer: Answer): Topic | undefined {
  if (answer.kind !== "answer" || answer.citations.length === 0) return undefined;
  const sentenceIds = answer.citations.map((citation) => citation.id);
  return answer.entryId === undefined ? { sentenceIds } : { entryId: answer.entryId, sentenceIds };
}

/** Whether an answer is about the same thing again (same entry, or the same passage). */
export function sameTopic(a: Topic, b: Topic): boolean {
  if (a.entryId !== undefined || b.entryId !== undefined) return a.entryId === b.entryId;
  return a.sentenceIds[0] === b.sentenceIds[0];
}
