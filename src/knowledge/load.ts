import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { indexSentences, splitParagraphs } from "../engine/split-sentences.js";
import type { ArticleSource, GapEntry, Knowledge, QaEntry } from "../engine/types.js";
import { LEXICON_FILE } from "./lexicon-file.js";
import { KNOWLEDGE_ERRORS } from "./messages.js";

/** The repo's knowledge/ folder, from src/knowledge (tsx) or dist/knowledge (built) alike. */
export const DEFAULT_KNOWLEDGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "knowledge");

function read(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, name), "utf8");
  } catch (error) {
    throw new Error(KNOWLEDGE_ERRORS.unreadable(`knowledge/${name}`, (error as Error).message));
  }
}

function readJsonArray(dir: string, name: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(read(dir, name));
  } catch (error) {
    if ((error as Error).message.startsWith("Cannot read")) throw error;
    throw new Error(KNOWLEDGE_ERRORS.badJson(`knowledge/${name}`, (error as Error).message));
  }
  if (!Array.isArray(value)) throw new Error(KNOWLEDGE_ERRORS.notArray(`knowledge/${name}`));
  return value;
}

// Synonym groups: English ones, then Russian words for the same concepts (each group's first word).
const SYNONYM_FILES = ["synonyms.json", "synonyms-ru.json"];

const headerField = (header: string, name: string) => new RegExp(`^${name}:[ \\t]*(.+)$`, "m").exec(header)?.[1]?.trim() || undefined;

const isWebAddress = (url: string) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);

/** The optional publisher:, url: and date: lines; an address must be http(s), since readers get it as a link. */
function parseSource(header: string): ArticleSource | undefined {
  const source: ArticleSource = {};
  for (const name of ["publisher", "url", "date"] as const) {
    const value = headerField(header, name);
    if (value !== undefined) source[name] = value;
  }
  if (source.url !== undefined && !isWebAddress(source.url)) throw new Error(KNOWLEDGE_ERRORS.badSourceUrl(source.url));
  return Object.keys(source).length === 0 ? undefined : source;
}

/** Splits "---\ntitle: …\n---\n<article>" into its title, its source (when named) and the verbatim article. */
export function parseArticle(file: string): { title: string; source?: ArticleSource; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(file);
  const header = match?.[1] ?? "";
  const title = headerField(header, "title");
  if (!match || !title) throw new Error(KNOWLEDGE_ERRORS.noHeader("knowledge/article.txt"));
  const source = parseSource(header);
  return { title, ...(source ? { source } : {}), body: match[2] ?? "" };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function toEntry(value: unknown, index: number): QaEntry {
  const v = value as Partial<Record<keyof QaEntry, unknown>>;
  if (typeof v !== "object" || v === null) throw new Error(KNOWLEDGE_ERRORS.badEntry(index, "must be an object"));
  if (typeof v.id !== "string" || !v.id) throw new Error(KNOWLEDGE_ERRORS.badEntry(index, '"id" must be a non-empty string'));
  if (!isStringArray(v.questions)) throw new Error(KNOWLEDGE_ERRORS.badEntry(index, `"questions" of "${v.id}" must be an array of strings`));
  if (typeof v.answer !== "string") throw new Error(KNOWLEDGE_ERRORS.badEntry(index, `"answer" of "${v.id}" must be a string`));
  if (!isStringArray(v.cites)) throw new Error(KNOWLEDGE_ERRORS.badEntry(index, `"cites" of "${v.id}" must be an array of sentence ids`));
  const optional: Partial<QaEntry> = {};
  for (const key of ["answerRu", "label", "labelRu"] as const) {
    const text = v[key];
    if (text === undefined) continue;
    if (typeof text !== "string") throw new Error(KNOWLEDGE_ERRORS.badEntry(index, `"${key}" of "${v.id}" must be a string`));
    optional[key] = text;
  }
  return { id: v.id, questions: v.questions, answer: v.answer, ...optional, cites: v.cites };
}

function toGap(value: unknown, index: number): GapEntry {
  const v = value as Partial<Record<keyof GapEntry, unknown>>;
  const bad = (why: string) => new Error(KNOWLEDGE_ERRORS.badGap(index, why));
  if (typeof v !== "object" || v === null) throw bad("must be an object");
  if (typeof v.id !== "string" || !v.id) throw bad('"id" must be a non-empty string');
  if (!isStringArray(v.questions)) throw bad(`"questions" of "${v.id}" must be an array of strings`);
  if (typeof v.reply !== "string") throw bad(`"reply" of "${v.id}" must be a string`);
  if (v.replyRu !== undefined && typeof v.replyRu !== "string") throw bad(`"replyRu" of "${v.id}" must be a string`);
  if (v.related !== undefined && !isStringArray(v.related)) throw bad(`"related" of "${v.id}" must be an array of sentence ids`);
  const gap: GapEntry = { id: v.id, questions: v.questions, reply: v.reply, related: v.related ?? [] };
  if (typeof v.replyRu === "string") gap.replyRu = v.replyRu;
  return gap;
}

function readLexicon(dir: string): { lexicon: Array<[string, string]>; realWords: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(read(dir, LEXICON_FILE));
  } catch (error) {
    if ((error as Error).message.startsWith("Cannot read")) throw error;
    throw new Error(KNOWLEDGE_ERRORS.badJson(`knowledge/${LEXICON_FILE}`, (error as Error).message));
  }
  const { pairs, realWords } = value as { pairs?: unknown; realWords?: unknown };
  const isPair = (p: unknown): p is [string, string] => isStringArray(p) && p.length === 2;
  if (!Array.isArray(pairs) || !pairs.every(isPair) || !isStringArray(realWords)) throw new Error(KNOWLEDGE_ERRORS.badLexicon(`knowledge/${LEXICON_FILE}`));
  return { lexicon: pairs, realWords };
}

/** Reads knowledge/ (the only file reads the bot makes) and indexes the article's sentences. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const { title, source, body } = parseArticle(read(dir, "article.txt"));
  const paragraphs = splitParagraphs(body);
  const qa = readJsonArray(dir, "qa.json").map(toEntry);
  const gaps = readJsonArray(dir, "gaps.json").map(toGap);
  const synonyms = SYNONYM_FILES.flatMap((name) =>
    readJsonArray(dir, name).map((group, i) => {
      if (!isStringArray(group) || group.length < 2) throw new Error(KNOWLEDGE_ERRORS.badSynonyms(name, i));
      return group;
    }),
  );
  return { title, ...(source ? { source } : {}), paragraphs, sentences: indexSentences(paragraphs), qa, gaps, ...readLexicon(dir), synonyms };
}
