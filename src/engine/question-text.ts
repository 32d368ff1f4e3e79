// The part of a message that asks, and the padding people put around it, taken off before its
// words are read: "Hi, I'm a student writing a paper. What led to the moratorium?" asks only the last.

/**
 * When a message has several sentences and some of them ask (end with "?"), the question is those
 * sentences, from the first that asks to the last; what came before is the asker's own context
 * ("I'm in Vilnius."), returned apart, and what comes after only comments on it.
 */
export function splitQuestion(text: string): { question: string; context: string } {
  // A colon ends what comes before it too ("Fact-check: …", "мне интересно: правда ли…").
  const sentences = text.match(/(?:[^.!?:]|:(?=\S))+(?:[.!?]+|:(?=\s|$))?|[.!?:]+/g) ?? [text];
  const asks = (s: string) => s.trim().endsWith("?");
  const first = sentences.findIndex(asks);
  if (first < 0) return { question: text, context: "" };
  // What follows the last question is an afterthought ("… in the cold? My knees would not manage."), not asked.
  const last = sentences.length - 1 - [...sentences].reverse().findIndex(asks);
  return { question: sentences.slice(first, last + 1).join("").trim(), context: sentences.slice(0, first).join("").trim() };
}

// Words by which a question points back at what its message said before it ("…with candles. What was that about?").
const POINTING_BACK = new Set("it this that these those they them he him she her это этого этом этим эти они их им он она его её ее него нее ней ним".split(" "));

/** Where (as a word index) a question points back at its context, if it does. */
export function pointsBackAt(words: readonly string[], isContent: (word: string) => boolean = () => false): number {
  // "that" opening a clause ("is it true that…") points at what follows it, not back ("where is that?",
  // "where that is", "what was that about?" point back);
  // "this Volkov", "these Sunday gatherings" name what they point at.
  return words.findIndex(
    (w, i) =>
      POINTING_BACK.has(w) &&
      !(w === "that" && i + 2 < words.length && !["about", "for", "?"].includes(words[i + 1] as string)) &&
      !(DEMONSTRATIVES.has(w) && words.slice(i + 1, i + 3).some(isContent)),
  );
}
const DEMONSTRATIVES = new Set(["this", "that", "these", "those", "этот", "эта", "это", "эти", "этого", "этом", "этим"]);

// Phrases that only pad a question ("where is he these days"), dropped; and ones said another way ("first name").
const PADDING = [
  "these days", "right now", "at the moment", "at present", "as of now", "by the way", "in the first place", "this time", "at all",
  "now", "in the article", "in this article", "in the story", "in this story", "according to the article", "the article says", "in the text",
  "quick question", "just wondering", "i wonder", "do you know", "can you tell me", "could you tell me", "tell me", "the rest of",
  "fact check", "just to confirm", "is it confirmed", "for my copy", "correct", "right",
  "can you confirm", "could you confirm", "please confirm",
  "go ahead with", "went ahead with", "going ahead with", "goes ahead with", "the big picture", "big picture",
  // "Does the article say where Irkutsk is?" asks where Irkutsk is (said of the article, a yes/no would read its words as a speaker's).
  "does the article say", "does the article mention", "does the article tell us", "does the article tell me", "does the article state", "does the article give",
  "does the piece say", "does the piece mention", "does the report say", "does the report mention", "does the text say", "does the story say", "does the story mention",
  "does it say", "does it mention", "is it mentioned", "is it stated", "is it said",
  "as reported", "according to the piece", "according to the report", "according to the text", "in the piece", "in the report",
  "i only saw the headline", "i only read the headline", "i only read the title", "saw a headline about", "the headline said", "headline said",
  "уточните пожалуйста", "уточните", "подтверждаете что", "подтверждаете", "подтвердите что", "скажите пожалуйста", "это правда",
  "no more", "any more", "the role of", "in terms of", "in the end", "last one i promise", "last one", "quick one", "one more thing", "one last thing",
  "for my essay", "for my paper", "for my coursework", "for my project", "for my map", "for my article", "for my class",
  "для эссе", "для курсовой", "для доклада", "для статьи", "пишу курсовую", "пишу эссе",
  "forgive my ignorance", "forgive me", "excuse me", "pardon me", "sorry to bother you", "i hope i am not bothering you",
  "не поняла", "не понял", "не понимаю", "мне очень интересно", "мне интересно",
  "i am a bit lost", "i am lost", "i am a bit confused", "i am confused", "i m a bit lost", "i m lost", "i m a bit confused", "i m confused",
  "planned for", "scheduled for", "turn into", "turned into", "ended in", "end in", "ended up in", "end up in",
  "in force", "in effect", "in place", "carry out", "carried out", "in their hands", "in hand", "loads of", "lots of", "a lot of", "tons of",
  "в статье", "на данный момент", "в данный момент", "в наши дни", "сейчас", "в этот раз", "на этот раз", "вообще", "скажи пожалуйста",
  "подскажите пожалуйста", "если верить статье", "в чем смысл", "в руках", "по статье", "на самом деле",
];
const SAID_OTHERWISE: ReadonlyArray<[string, string]> = [
  ["first name", "name"], ["full name", "name"], ["last name", "name"], ["surname", "name"], ["как звали", "как зовут"],
  ["время дня", "время суток"], ["time of the day", "time of day"],
  // "Is it true (that) the gatherings were only in Moscow?" asks yes or no of what follows.
  ["is it true that", "is"], ["is it true", "is"], ["is it confirmed that", "is"], ["was it confirmed that", "is"], ["is it accurate that", "is"],
  ["is it correct that", "is"], ["is it right that", "is"], ["правда ли что", "ли"], ["правда ли", "ли"],
  ["the point of", "the purpose of"], ["picked him up", "arrested him"], ["pick him up", "arrest him"], ["st pete", "st petersburg"], ["fall on", "happen on"], ["go ahead", "happen"], ["went ahead", "happened"], ["going ahead", "happening"], ["goes ahead", "happens"], ["fell on", "happened on"], ["falls on", "happens on"], ["gov", "government"], ["govt", "government"], ["straight after", "after"], ["immediately after", "after"], ["straight away", ""], ["saint pete", "st petersburg"],
  ["line on", "position on"], ["idea behind", "purpose of"], ["thinking behind", "purpose of"], ["reasoning behind", "reason for"], ["motivation behind", "reason for"],
];
// Each phrase as words, found by its first word; longer phrases first ("is it true that" before "is it true").
const REPLACEMENTS = [...PADDING.map((p): [string, string] => [p, ""]), ...SAID_OTHERWISE]
  .map(([phrase, plain]) => ({ words: phrase.split(" "), plain: plain ? plain.split(" ") : [] }))
  .sort((x, y) => y.words.length - x.words.length);
const BY_FIRST = new Map<string, typeof REPLACEMENTS>();
for (const r of REPLACEMENTS) BY_FIRST.set(r.words[0] as string, [...(BY_FIRST.get(r.words[0] as string) ?? []), r]);

const LEADING = new Set(["confirm", "verify", "проверь", "подтвердите", "подтверди"]);

/** The words of a question without its padding. */
export function withoutPadding(typed: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  // "Confirm: Navalny jailed Feb 2?": a first word asking to check what follows.
  const start = typed.length > 2 && LEADING.has(typed[0] as string) ? 1 : 0;
  if (start) out = [];
  for (let i = start; i < typed.length; ) {
    const found = BY_FIRST.get(typed[i] as string)?.find((r) => r.words.every((w, k) => typed[i + k] === w));
    if (found) out ??= typed.slice(0, i);
    if (out) out.push(...(found ? found.plain : [typed[i] as string]));
    i += found ? found.words.length : 1;
  }
  return out ?? typed;
}
