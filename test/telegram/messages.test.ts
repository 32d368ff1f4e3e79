import { describe, expect, it } from "vitest";
import { MESSAGES, readerLanguage } from "../../src/telegram/messages/index.js";
import { expectSendableHtml } from "../helpers/telegram-html.js";

/** Every text of a catalogue by its key path; a function is called with sample arguments of its kind. */
function texts(catalogue: object, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === "string") found.set(at, value);
    else if (typeof value === "function") found.set(at, value(...(NUMBER_ARGUMENTS[at] ?? hostileArguments(value.length))));
    else if (typeof value === "object" && value !== null) for (const [k, v] of texts(value, at)) found.set(k, v);
  }
  return found;
}

// Strings with HTML-special characters, so a text that forgets to escape one fails the HTML check;
// the few texts that take numbers get numbers.
const HOSTILE = `A <b>"title"</b> & more`;
const hostileArguments = (count: number) => Array.from({ length: count }, () => HOSTILE);
const NUMBER_ARGUMENTS: Record<string, unknown[]> = { about: [HOSTILE, 15, 17], privacy: [10, 90] };

describe("the message catalogues", () => {
  const english = texts(MESSAGES.en);
  const russian = texts(MESSAGES.ru);

  it("have the same keys in every language, so no reader meets a blank message", () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(40);
  });

  it.each(Object.keys(MESSAGES))("%s: every text is non-empty, valid Telegram HTML", (lang) => {
    for (const [key, text] of texts(MESSAGES[lang as keyof typeof MESSAGES])) {
      expect.soft(text.trim(), key).not.toBe("");
      expectSendableHtml(text);
    }
  });

  it("Russian really is Russian: no text of it is the English one", () => {
    const same = [...russian].filter(([key, text]) => english.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
  });
});

describe("the reader's language", () => {
  it.each([
    ["a Telegram set to Russian", "ru", "where is volkov based", "ru"],
    ["a Telegram set to a Russian variant", "ru-RU", "", "ru"],
    ["a question in Cyrillic from an English Telegram", "en", "где Волков?", "ru"],
    ["a question in Cyrillic with no language given", undefined, "кто такой Навальный", "ru"],
    ["an English Telegram asking in English", "en", "where is volkov based", "en"],
    ["another language asking in Latin letters", "de", "wo ist Volkov", "en"],
    ["no language and no text", undefined, "", "en"],
  ])("%s gets %s → %s", (_, code, text, expected) => {
    expect(readerLanguage(code, text)).toBe(expected);
  });
});
