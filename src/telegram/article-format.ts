// The article itself in Telegram HTML: all of it for /article, or the text around cited sentences
// for "Show context" and "tell me more". The article's words are never translated.
import type { ArticleSource, Knowledge } from "../engine/types.js";
import { articleContext, markCited } from "../presentation/context.js";
import { escapeHtml, MESSAGE_LIMIT, paginateHtml } from "./html.js";
import { type Lang, MESSAGES, type Messages } from "./messages/index.js";

/** The whole article with paragraph numbers, as few messages of at most 4096 characters as it takes. */
export function formatArticlePages(knowledge: Knowledge, lang: Lang): string[] {
  const paragraphs = knowledge.paragraphs.map((text, index) => numbered(index + 1, escapeHtml(text)));
  return paginateHtml([articleHeading(knowledge, lang), ...paragraphs]);
}

/** The title, and the source line when the knowledge names a source. */
export function articleHeading(knowledge: Knowledge, lang: Lang): string {
  const source = knowledge.source && sourceHtml(knowledge.source, MESSAGES[lang]);
  return [`<b>${escapeHtml(knowledge.title)}</b>`, ...(source ? [source] : [])].join("\n");
}

/** "Source: <publisher, linked>, <date>", from what the header gives and nothing more. */
export function sourceHtml(source: ArticleSource, m: Messages): string | undefined {
  const name = source.publisher === undefined ? undefined : escapeHtml(source.publisher);
  const linked = source.url === undefined ? name : `<a href="${escapeHtml(source.url)}">${name ?? m.original}</a>`;
  const parts = [linked, source.date === undefined ? undefined : escapeHtml(source.date)].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : `${m.source} ${parts.join(", ")}`;
}

/**
 * The paragraphs of the cited sentences and their neighbours, in one message, the cited sentences
 * underlined; `lead` goes first. Undefined when a sentence is unknown: the button predates a change
 * to the article.
 */
export function formatContextHtml(knowledge: Knowledge, sentenceIds: readonly string[], lang: Lang, lead?: string): string | undefined {
  const html = (neighbours: boolean) => {
    const context = articleContext(knowledge, sentenceIds, { neighbours });
    if (context === undefined) return undefined;
    const paragraphs = context.paragraphs.map((p) => `${p.afterGap ? "…\n\n" : ""}${numbered(p.number, markCited(p, underline, escapeHtml))}`);
    return [...(lead === undefined ? [] : [lead]), MESSAGES[lang].contextHeading(context.label), ...paragraphs].join("\n\n");
  };
  const wide = html(true);
  if (wide === undefined || wide.length <= MESSAGE_LIMIT) return wide;
  // Neighbours go first; cited paragraphs too long on their own are cut to the first message's worth.
  return paginateHtml([html(false) ?? ""])[0];
}

const numbered = (n: number, html: string) => `<b>¶${n}</b> ${html}`;
const underline = (text: string) => `<u>${escapeHtml(text)}</u>`;
