// Every problem the knowledge loader and checker can report, worded for the person editing knowledge/.
export const KNOWLEDGE_ERRORS = Object.freeze({
  unreadable: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
  badJson: (file: string, reason: string) => `${file} is not valid JSON: ${reason}`,
  notArray: (file: string) => `${file} must hold a JSON array`,
  noHeader: (file: string) => `${file} must start with a "---" metadata header that has a title`,
  badSourceUrl: (url: string) => `knowledge/article.txt: the header's url "${url}" must be a full http:// or https:// address`,
  badEntry: (index: number, reason: string) => `knowledge/qa.json entry #${index + 1}: ${reason}`,
  badGap: (index: number, reason: string) => `knowledge/gaps.json entry #${index + 1}: ${reason}`,
  badLexicon: (file: string) => `${file} must be {"pairs": [[word, knowledge word], …], "realWords": [word, …]}: regenerate it with npm run lexicon`,
  badSynonyms: (file: string, index: number) => `knowledge/${file} group #${index + 1} must be an array of at least two words`,
  duplicateId: (id: string) => `entry "${id}": its id is used by another entry too`,
  unknownCitation: (id: string, cite: string) => `entry "${id}": cites sentence ${cite}, which the article doesn't have`,
  noPhrasings: (id: string) => `entry "${id}": needs at least 3 phrasings (it has fewer)`,
  noCitations: (id: string) => `entry "${id}": cites no sentence`,
  emptyAnswer: (id: string) => `entry "${id}": has no short answer`,
  sharedPhrasing: (id: string, other: string, phrasing: string) =>
    `entry "${id}": phrasing "${phrasing}" is also a phrasing of entry "${other}"`,
  uncitedSentence: (sentence: string) => `sentence ${sentence} is cited by no entry`,
  missing: (id: string, field: string) => `entry "${id}": needs "${field}"`,
  barePronoun: (id: string, answer: string) =>
    `entry "${id}": its short answer "${answer}" opens with a bare pronoun; name the subject, since an answer is read on its own`,
  longLabel: (id: string, field: string, max: number) => `entry "${id}": its "${field}" is longer than ${max} characters (a button on a phone)`,
  synonymCollision: (word: string, first: string, second: string) =>
    `synonyms: "${word}" reads the same as a word of the group "${first}" and would join it, not "${second}"`,
  unsupportedToken: (id: string, token: string) =>
    `entry "${id}": its short answer says "${token}", which none of its cited sentences contains`,
});
