// The text around cited sentences ("Show context", "tell me more"): their paragraphs and the
// neighbouring ones, in article order. Which paragraphs, not how they look: Telegram and the
// console each mark the cited sentences their own way.
import type { Knowledge, Sentence } from "../engine/types.js";

export interface ContextParagraph {
  number: number;
  text: string;
  /** Where the cited sentences stand in it: offsets, in order, not overlapping. */
  cited: Array<{ start: number; end: number }>;
  /** A paragraph is skipped before this one. */
  afterGap: boolean;
}

export interface ArticleContext {
  paragraphs: ContextParagraph[];
  /** "¶8–10", "¶7–9, ¶11–13". */
  label: string;
}

/** Undefined when a sentence is unknown: the request predates a change to the article. */
export function articleContext(knowledge: Knowledge, sentenceIds: readonly string[], { neighbours = true } = {}): ArticleContext | undefined {
  const cited = sentenceIds
    .map((id) => knowledge.sentences.find((sentence) => sentence.id === id))
    .filter((sentence): sentence is Sentence => sentence !== undefined);
  if (cited.length === 0 || cited.length < sentenceIds.length) return undefined;
  const own = cited.map((sentence) => sentence.paragraph);
  const shown = [...new Set(neighbours ? own.flatMap((n) => [n - 1, n, n + 1]) : own)]
    .filter((n) => n >= 1 && n <= knowledge.paragraphs.length)
    .sort((a, b) => a - b);
  const texts = cited.map((sentence) => sentence.text);
  const paragraphs = shown.map((number, index) => {
    const text = knowledge.paragraphs[number - 1] ?? "";
    return { number, text, cited: spans(text, texts), afterGap: index > 0 && number !== (shown[index - 1] ?? 0) + 1 };
  });
  return { paragraphs, label: paragraphRanges(shown) };
}

function spans(paragraph: string, sentences: readonly string[]): ContextParagraph["cited"] {
  const found = sentences
    .map((text) => ({ start: paragraph.indexOf(text), end: paragraph.indexOf(text) + text.length }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);
  return found.filter((span, index) => index === 0 || span.start >= (found[index - 1]?.end ?? 0));
}

/** [7, 8, 9, 12] → "¶7–9, ¶12". */
function paragraphRanges(numbers: readonly number[]): string {
  const ranges: number[][] = [];
  for (const n of numbers) {
    const last = ranges.at(-1);
    if (last && n === (last.at(-1) ?? 0) + 1) last.push(n);
    else ranges.push([n]);
  }
  return ranges.map((range) => (range.length === 1 ? `¶${range[0]}` : `¶${range[0]}–${range.at(-1)}`)).join(", ");
}

/** A paragraph's text with each cited span passed through `mark` and the rest through `plain`. */
export function markCited(paragraph: ContextParagraph, mark: (text: string) => string, plain: (text: string) => string = (t) => t): string {
  let out = "";
  let at = 0;
  for (const { start, end } of paragraph.cited) {
    out += plain(paragraph.text.slice(at, start)) + mark(paragraph.text.slice(start, end));
    at = end;
  }
  return out + plain(paragraph.text.slice(at));
}
