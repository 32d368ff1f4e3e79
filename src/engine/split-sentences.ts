import type { Sentence } from "./types.js";

// Words that end in a full stop without ending a sentence. Lower-cased, without the stop.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "gov",
  "sen", "rep", "pres", "rev", "hon", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
]);

const OPENING_QUOTES = new Set(["\u201C", "\u00AB", "\u201E"]);
const CLOSING_QUOTES = new Set(["\u201D", "\u00BB"]);
const TERMINATORS = /[.!?\u2026]/;

/** A word before a full stop that cannot end a sentence: a known abbreviation, an initial, or U.S.-style letters. */
function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (/^(\p{L}\.)+\p{L}?$/u.test(word)) return true; // U.S, e.g, J.R.R
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Could a sentence start here? A capital, a digit, or an opening quote or bracket before one. */
function startsSentence(rest: string): boolean {
  return /^[\s\u00A0]+["\u201C\u00AB\u201E'\u2018(\[]?[\p{Lu}\p{N}]/u.test(rest);
}

/**
 * Splits one paragraph into sentences. Ends a sentence at . ! ? or … followed by space and a
 * capital, never inside a quotation (so “Fear. Love,” he said. stays one sentence) and never
 * after an abbreviation (St, Mr., U.S.) or inside a number (3.5).
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const sentences: string[] = [];
  let start = 0;
  let quoteDepth = 0;
  let straightQuoteOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (OPENING_QUOTES.has(ch)) quoteDepth++;
    else if (CLOSING_QUOTES.has(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightQuoteOpen = !straightQuoteOpen;
    if (!TERMINATORS.test(ch)) continue;
    let end = i + 1;
    while (end < text.length && TERMINATORS.test(text[end] ?? "")) end++;
    // A stop right before the closing quote ends the quotation and may end the sentence too.
    const closesQuote = CLOSING_QUOTES.has(text[end] ?? "") || (straightQuoteOpen && text[end] === '"');
    const insideQuote = quoteDepth > 0 || straightQuoteOpen;
    if (insideQuote && !closesQuote) continue;
    if (closesQuote) end++;
    if (ch === "." && end === i + 1 && isAbbreviation(text.slice(start, i))) continue;
    if (!startsSentence(text.slice(end))) continue;
    sentences.push(text.slice(start, end).trim());
    if (closesQuote) {
      quoteDepth = Math.max(0, quoteDepth - 1);
      straightQuoteOpen = false;
    }
    start = end;
    i = end - 1;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}

/** Paragraphs are separated by blank lines; line breaks inside a paragraph are spaces. */
export function splitParagraphs(article: string): string[] {
  return article
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter((p) => p.length > 0);
}

/** Every sentence of the article with its id "P.S", both counted from 1. */
export function indexSentences(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((paragraph, p) =>
    splitSentences(paragraph).map((text, s) => ({ id: `${p + 1}.${s + 1}`, paragraph: p + 1, text })),
  );
}
