// How a cited sentence is referred to, the same in Telegram and in the console: short enough to
// follow every quote on a phone, and it says paragraph and sentence at once ("¶9.1": paragraph 9, sentence 1).

/** "[¶9.1]" for sentence id "9.1". */
export function citationMark(sentenceId: string): string {
  return `[¶${sentenceId}]`;
}
