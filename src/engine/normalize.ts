// Text → comparable word forms. Everything the engine compares goes through here,
// so questions, phrasings and article sentences agree on what a "word" is.

import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import { memoize } from "./memoize.js";

const QUOTES_AND_APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;

/**
 * Lower case, straight apostrophes, no diacritics. Marks are stripped from Cyrillic too
 * (й → и, ё → е): harmless, since questions and knowledge are folded the same way.
 */
export function foldText(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  // й is a letter of its own to the Russian stemmer ("навальный" and "навального" meet only with it); ё reads as е.
  const kept = text.replace(/[йЙ]/g, (c) => (c === "й" ? "\u0001" : "\u0002"));
  const plain = kept.normalize("NFKD").replace(/\p{M}/gu, "").replace(QUOTES_AND_APOSTROPHES, "'");
  return plain.replace(/\u0001|\u0002/g, "й").toLowerCase();
}

/**
 * Splits folded text into words: letters and digits only, possessives dropped
 * ("navalny's" → "navalny"), hyphenated compounds kept apart ("candle-lit" → "candle", "lit").
 * The knowledge's texts are split more than once while indexing: each is split once (bounded
 * memory). The array is shared: read it, don't change it.
 */
export const words: (text: string) => readonly string[] = memoize(5_000, (text) => {
  let folded = foldText(text);
  // "what's" is "what is"; any other "'s" is a possessive, dropped ("navalny's" → "navalny").
  if (folded.includes("'")) {
    folded = folded
      .replace(/\b(what|who|where|when|how|why|that|it|there|here|he|she)'s\b/g, "$1 is")
      // "Which country's protests": which country, of the protests (the place is what is asked).
      .replace(/\b(what|which) ((?:\p{L}+ )?)(country|city|town|nation|region|state|place)'s\b/gu, "$1 $2$3 of")
      .replace(/(\p{L})'s\b/gu, "$1")
      // Russian in Latin letters marks a soft sign with an apostrophe ("voskresen'e"): the word stays whole.
      .replace(/([a-z])'(?!(?:t|ll|re|ve|m|d)\b)(?=[a-z])/g, "$1")
      .replace(/(\p{L})s'(?=\s|$)/gu, "$1s");
  }
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
});

const CYRILLIC = /[\u0400-\u04ff]/;

const IRREGULAR: Record<string, string> = {
  held: "hold", shone: "shine", wrote: "write", written: "write", flew: "fly", flown: "fly",
  said: "say", went: "go", gone: "go", came: "come", women: "woman", men: "man", people: "people",
  thought: "think", told: "tell", took: "take", taken: "take", left: "leave", met: "meet",
  was: "be", were: "be", is: "be", are: "be", been: "be", did: "do", does: "do", done: "do",
  has: "have", had: "have", children: "child", lit: "light", metres: "metre", meters: "metre", meter: "metre",
};

/**
 * The form words are compared in: the Snowball stem (Porter2 for English, Snowball's Russian),
 * after English irregular forms Snowball leaves apart ("flew" / "fly", "women" / "woman").
 */
export const stem: (word: string) => string = memoize(100_000, (word) => {
  if (/^\d+$/.test(word)) return word;
  return CYRILLIC.test(word) ? stemRussian(word) : stemEnglish(IRREGULAR[word] ?? american(word));
});

// British spellings Snowball stems apart from American ones ("organising" → organis, "organizing" →
// organ): the roots whose -ise is -ize, and whose -our is -or.
const ISE_ROOTS = new Set(
  "organ recogn critic real apolog mobil emphas author priorit character legal penal jeopard sympath summar standard symbol public harmon memor minim maxim normal categor final special util visual neutral scrutin politic stigmat terror radical polar marginal demon galvan energ capital central national privat social familiar immun hospital colon agon patron antagon civil global modern optim rational synchron vandal".split(" "),
);
const OUR_ROOTS = new Set("neighb col hon fav lab behavi rum hum harb endeav arm od sav flav val vig ferv splend cand clam parl tum ranc ard".split(" "));

/** The American spelling of a British one ("organising" → organizing, "neighbouring" → neighboring). */
export function american(word: string): string {
  const ise = /^([a-z]+?)is(e|es|ed|ing|er|ers|ation|ations)$/.exec(word);
  if (ise && ISE_ROOTS.has(ise[1] as string)) return `${ise[1]}iz${ise[2]}`;
  const our = /^([a-z]+?)our(s|ed|ing|ite|ites|able|ably|hood|hoods|er|ers|ful)?$/.exec(word);
  if (our && OUR_ROOTS.has(our[1] as string)) return `${our[1]}or${our[2] ?? ""}`;
  return word;
}

// Russian typed in Latin letters ("kogda navalnogo posadili"): longest spellings first.
const TRANSLIT: ReadonlyArray<[string, string]> = [
  ["shch", "щ"], ["sch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["yu", "ю"], ["iu", "ю"],
  ["ya", "я"], ["ia", "я"], ["ja", "я"], ["ju", "ю"], ["yo", "е"], ["jo", "е"], ["ye", "е"], ["je", "е"], ["a", "а"], ["b", "б"], ["v", "в"], ["w", "в"], ["g", "г"], ["d", "д"],
  ["e", "е"], ["z", "з"], ["i", "и"], ["j", "и"], ["k", "к"], ["q", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"],
  ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"], ["u", "у"], ["f", "ф"], ["h", "х"], ["c", "ц"], ["x", "кс"],
];

/** A guess at the Cyrillic spelling of a Latin-lettered Russian word; y is й after a vowel, else ы. */
export function toCyrillic(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; ) {
    // y, and an i or j between a vowel and a consonant ("seichas", "sejchas"), are й after a vowel; a lone y is ы.
    if ((word[i] === "i" || word[i] === "j") && /[aeiou]/.test(word[i - 1] ?? "") && /[^aeiouy]/.test(word[i + 1] ?? "a")) {
      out += "й";
      i++;
      continue;
    }
    if (word[i] === "y" && !/^y[auoe]/.test(word.slice(i))) {
      out += /[aeiouy]/.test(word[i - 1] ?? "") ? "й" : "ы";
      i++;
      continue;
    }
    const match = TRANSLIT.find(([latin]) => word.startsWith(latin, i));
    out += match ? match[1] : (word[i] ?? "");
    i += match ? match[0].length : 1;
  }
  // "navalnyi", "kakoi": an adjective ending typed with i is й.
  return out.replace(/([ыио])и$/, "$1й");
}
