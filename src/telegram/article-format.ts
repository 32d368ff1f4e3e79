// The article itself in Telegram HTML: all of it for /article, or the paragraphs around
// cited sentences for "Show context".
import type { Knowledge } from "../engine/types.js";
import { escapeHtml, paginateHtml } from "./html.js";

/** The whole article with paragraph numbers, as few messages of at most 4096 characters as it takes. */
export function formatArticlePages(knowledge: Knowledge): string[] {
  const title = `<b>${escapeHtml(knowledge.title)}</b>`;
  const paragraphs = knowledge.paragraphs.map((text, index) => `<b>¶${index + 1}</b> ${escapeHtml(text)}`);
  return paginateHtml([title, ...paragraphs]);
}

/**
 * The paragraphs the sentences come from, in article order, cited sentences underlined.
 * Undefined when a sentence is unknown: the button predates a change to the article.
 */
export function formatContextPages(knowledge: Knowledge, sentenceIds: readonly string[]): string[] | undefined {
  const cited = sentenceIds.map((id) => knowledge.sentences.find((sentence) => sentence.id === id));
  if (cited.length === 0 || cited.includes(undefined)) return undefined;
  const sentences = cited.filter((sentence) => sentence !== undefined);
  const paragraphs = [...new Set(sentences.map((sentence) => sentence.paragraph))].sort((a, b) => a - b);
  const texts = sentences.map((sentence) => sentence.text);
  return paginateHtml(paragraphs.map((n) => `<b>¶${n}</b> ${underline(knowledge.paragraphs[n - 1] ?? "", texts)}`));
}

function underline(paragraph: string, sentences: readonly string[]): string {
  const spans = sentences
    .map((text) => ({ start: paragraph.indexOf(text), end: paragraph.indexOf(text) + text.length }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);
  let html = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    html += `${escapeHtml(paragraph.slice(at, span.start))}<u>${escapeHtml(paragraph.slice(span.start, span.end))}</u>`;
    at = span.end;
  }
  return html + escapeHtml(paragraph.slice(at));
}
