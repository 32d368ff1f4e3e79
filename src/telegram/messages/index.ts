// One message catalogue per language, and how a reader's language is told.
import { en, type Messages } from "./en.js";
import { ru } from "./ru.js";

export type { Messages } from "./en.js";
export type Lang = "en" | "ru";

export const MESSAGES: Readonly<Record<Lang, Messages>> = Object.freeze({ en, ru });

const CYRILLIC = /[\u0400-\u04ff]/;

/** Russian for a reader whose Telegram is set to Russian, or who writes in Cyrillic; English otherwise. */
export function readerLanguage(languageCode: string | undefined, text = ""): Lang {
  return languageCode?.toLowerCase().startsWith("ru") || CYRILLIC.test(text) ? "ru" : "en";
}
