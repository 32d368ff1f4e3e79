// Text → comparable word forms. Everything the engine compares goes through here,
// so questions, phrasings and article sentences agree on what a "word" is.

import { memoize } from "./memoize.js";

const QUOTES_AND_APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;

/**
 * Lower case, straight apostrophes, no diacritics. Marks are stripped from Cyrillic too
 * (й → и, ё → е): harmless, since questions and knowledge are folded the same way.
 */
export function foldText(text: string): string {
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, "").replace(QUOTES_AND_APOSTROPHES, "'");
  return plain.toLowerCase();
}

/**
 * Splits folded text into words: letters and digits only, possessives dropped
 * ("navalny's" → "navalny"), hyphenated compounds kept apart ("candle-lit" → "candle", "lit").
 * The knowledge's texts are split more than once while indexing: each is split once (bounded
 * memory). The array is shared: read it, don't change it.
 */
export const words: (text: string) => readonly string[] = memoize(5_000, (text) => {
  let folded = foldText(text);
  if (folded.includes("'")) folded = folded.replace(/(\p{L})'s\b/gu, "$1").replace(/(\p{L})s'(?=\s|$)/gu, "$1s");
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
});

const CYRILLIC = /[\u0400-\u04ff]/;

// Longest first: a crude Russian suffix stripper that makes the common inflections meet.
const RUSSIAN_ENDINGS = [
  "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "ешь", "ете", "ите",
  "ает", "яет", "ует", "ают", "яют", "уют", "ить", "ать", "ять", "еть", "иеи", "ии", "ыи", "ои", "ая",
  "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "еи",
  "ия", "ла", "ли", "ло", "ть", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "л",
];

function stemRussian(word: string): string {
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

const IRREGULAR: Record<string, string> = {
  held: "hold", shone: "shine", wrote: "write", written: "write", flew: "fly", flown: "fly",
  said: "say", went: "go", gone: "go", came: "come", women: "woman", men: "man", people: "people",
  thought: "think", told: "tell", took: "take", taken: "take", left: "leave", met: "meet",
  was: "be", were: "be", is: "be", are: "be", been: "be", did: "do", does: "do", done: "do",
  has: "have", had: "have", children: "child", lit: "light", metres: "metre", meters: "metre", meter: "metre",
};

const VOWEL = /[aeiouy]/;

/** A light English stemmer: plurals, -ed, -ing, -ly, a final -e. Enough for words to meet, not linguistics. */
function stemEnglish(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 4 && w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ["ing", "ed"]) {
    const stem = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && stem.length >= 3 && VOWEL.test(stem)) {
      w = /([^aeiouylsz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
      break;
    }
  }
  if (w.length > 5 && w.endsWith("ly")) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** The form words are compared in: English or Russian, both reduced to a rough stem. */
export const stem: (word: string) => string = memoize(100_000, (word) => {
  if (/^\d+$/.test(word)) return word;
  return CYRILLIC.test(word) ? stemRussian(word) : stemEnglish(word);
});

// Russian typed in Latin letters ("kogda navalnogo posadili"): longest spellings first.
const TRANSLIT: ReadonlyArray<[string, string]> = [
  ["shch", "щ"], ["sch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["yu", "ю"], ["iu", "ю"],
  ["ya", "я"], ["ia", "я"], ["yo", "е"], ["ye", "е"], ["a", "а"], ["b", "б"], ["v", "в"], ["w", "в"], ["g", "г"], ["d", "д"],
  ["e", "е"], ["z", "з"], ["i", "и"], ["j", "и"], ["k", "к"], ["q", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"],
  ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"], ["u", "у"], ["f", "ф"], ["h", "х"], ["c", "ц"], ["x", "кс"],
];

/** A guess at the Cyrillic spelling of a Latin-lettered Russian word; y is и after a vowel (folded й), else ы. */
export function toCyrillic(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; ) {
    if (word[i] === "y" && !/^y[auoe]/.test(word.slice(i))) {
      out += /[aeiouy]/.test(word[i - 1] ?? "") ? "и" : "ы";
      i++;
      continue;
    }
    const match = TRANSLIT.find(([latin]) => word.startsWith(latin, i));
    out += match ? match[1] : (word[i] ?? "");
    i += match ? match[0].length : 1;
  }
  return out;
}
