import { doubleMetaphone } from "double-metaphone";
import Fuse from "fuse.js";
import { memoize } from "./memoize.js";

export interface SpellingOptions {
  minCorrectableLength: number;
  correctionThreshold: number;
  correctionCacheSize: number;
}

/** How many edits a typo of a word this long may have: one in a short word, more in a long one. */
function lengthSlack(length: number): number {
  return length <= 6 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * Edit distance with swaps counted as one edit (optimal string alignment). fuse.js finds
 * near *substrings* (its "year" matches "yard"), so what it ranks is checked against this.
 * Stops early, returning limit + 1, once every alignment already costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

/**
 * Whether `typed` is `word` with only vowels left out (at most two, of a word still five letters
 * long): "poisnd" of "poisoned"; "prsn" is as often "person" as "prison".
 */
export function lacksOnlyVowels(typed: string, word: string): boolean {
  return typed.length >= 5 && lacksOnly(typed, word, "aeiouy");
}

/** Whether `typed` is `word` with only some of `letters` left out (one or two). */
function lacksOnly(typed: string, word: string, letters: string): boolean {
  const missing = word.length - typed.length;
  if (missing < 1 || missing > 2) return false;
  let i = 0;
  for (const letter of word) {
    if (letter === typed[i]) i++;
    else if (!letters.includes(letter)) return false;
  }
  return i === typed.length;
}

/** Whether two words sound the same by Double Metaphone (either of a word's two keys). */
export function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return a1 === b1 || a1 === b2 || a2 === b1;
}

/** A word's letter pairs, with its ends marked ("wife" → ^w wi if fe e$), each as one number. */
function bigrams(word: string): number[] {
  const padded = `^${word}$`;
  const pairs: number[] = [];
  for (let i = 0; i + 1 < padded.length; i++) pairs.push(padded.charCodeAt(i) * 0x10000 + padded.charCodeAt(i + 1));
  return pairs;
}

/**
 * Corrects a typed word to the nearest word the knowledge uses, with fuse.js. Fuse scores every
 * record it holds, so it is not run over the whole vocabulary: letter pairs pick the few words
 * that could be within reach (an edit breaks at most three), and fuse.js ranks those.
 */
export function createSpeller(
  vocabulary: Iterable<string>,
  options: SpellingOptions,
  functionWords: { all: Iterable<string>; shortTypoTargets: string[] } = { all: [], shortTypoTargets: [] },
) {
  const shortTargets = functionWords.shortTypoTargets;
  const functionWordSet = new Set(functionWords.all);
  const known = new Set([...vocabulary, ...functionWordSet]);
  const list = [...known];
  const byBigram = new Map<number, number[]>();
  list.forEach((word, i) => {
    for (const pair of bigrams(word)) {
      const ids = byBigram.get(pair);
      if (!ids) byBigram.set(pair, [i]);
      else if (ids[ids.length - 1] !== i) ids.push(i); // a pair twice in one word counts once
    }
  });
  const fuseOptions = { includeScore: true, threshold: options.correctionThreshold, ignoreLocation: true };
  // Words found by how they sound and by their letters without vowels (or soft signs): "blaim" → blame,
  // "poisnd" → poisoned, "исползоват" → использовать, looked up rather than searched for.
  const byKey = new Map<string, string[]>();
  const file = (key: string, word: string) => {
    const words = byKey.get(key);
    if (!words) byKey.set(key, [word]);
    else if (!words.includes(word)) words.push(word);
  };
  for (const word of list) {
    if (/^[a-z]{4,}$/.test(word)) {
      for (const sound of doubleMetaphone(word)) file(`sound:${sound}`, word);
      file(`bare:${word.replace(/[aeiouy]/g, "")}`, word);
    } else if (/[ьъ]/.test(word)) file(`bare:${word.replace(/[ьъ]/g, "")}`, word);
  }
  const alike = (word: string) => [...new Set(doubleMetaphone(word))].flatMap((sound) => byKey.get(`sound:${sound}`) ?? []);

  /** Vocabulary words within `slack` edits: letter pairs narrow the field, edit distance decides. */
  function withinReach(word: string, slack: number): string[] {
    const pairs = new Set(bigrams(word));
    const needed = pairs.size - 2 * slack - 1; // an edit breaks two pairs, a swap three
    const shared = new Map<number, number>();
    for (const pair of pairs) for (const i of byBigram.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const near: string[] = [];
    for (const [i, count] of shared) {
      const candidate = list[i] as string;
      if (count >= needed && Math.abs(candidate.length - word.length) <= slack && editDistance(word, candidate, slack) <= slack) {
        near.push(candidate);
      }
    }
    return near;
  }

  /** Swapped or doubled letters: fuse.js counts a swap as two errors, but people make it as one. */
  function swapOrDouble(word: string): string | undefined {
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (known.has(swapped)) return swapped;
      if (word[i] === word[i + 1] && known.has(word.slice(0, i) + word.slice(i + 1))) return word.slice(0, i) + word.slice(i + 1);
    }
    return undefined;
  }

  function search(word: string): string | null {
    if (word.length < 2 || /\d/.test(word)) return null;
    const swapped = swapOrDouble(word);
    if (swapped) return swapped;
    // A 2-3 letter typo is taken only for a function word missing a letter ("wat", "mny", "wer").
    if (word.length < options.minCorrectableLength) {
      return shortTargets.find((w) => w.length === word.length + 1 && editDistance(word, w) === 1) ?? null;
    }
    // A Russian word one ending away from another is usually another form or another word: one edit only.
    const russian = /[а-я]/.test(word);
    const slack = russian ? 1 : lengthSlack(word.length);
    // A short word one letter off another is as often another word ("year" ~ "fear", "alive" ~
    // "live"): up to 4 letters it is corrected only for a letter it lacks ("wher"), at 5 also for a
    // wrong one ("wemen"), never for one too many. Swaps and doubles are handled above.
    const shortLimit = (w: string) => (word.length <= 4 ? w.length > word.length : word.length > 5 || w.length >= word.length);
    // A long word becomes a stopword only by a letter it lacks ("happend"): "party" is not "part".
    const intoStopword = (w: string) => word.length > 5 && functionWordSet.has(w) && w.length <= word.length;
    let near = withinReach(word, slack).filter((w) => shortLimit(w) && !intoStopword(w));
    // Soft and hard signs are what Russian typed in Latin letters leaves out ("ispolzovat" → использовать).
    if (russian && near.length === 0 && word.length >= 4) near = (byKey.get(`bare:${word}`) ?? []).filter((w) => lacksOnly(word, w, "ьъ"));
    if (/^[a-z]{5,}$/.test(word) && !near.some((w) => soundsAlike(word, w))) {
      // Spelled as heard ("blaim" is "blame", not "claim"), or with vowels left out in haste ("poisnd",
      // "arrstd"): a word one edit further that sounds the same, or lacks only vowels, is the likelier one.
      const sounded = alike(word).filter((w) => Math.abs(w.length - word.length) <= slack + 1 && editDistance(word, w, slack + 1) <= slack + 1);
      const unvowelled = (byKey.get(`bare:${word.replace(/[aeiouy]/g, "")}`) ?? []).filter((w) => lacksOnlyVowels(word, w));
      const heard = [...new Set([...sounded, ...unvowelled])].filter((w) => shortLimit(w) && !intoStopword(w));
      if (heard.length) near = heard;
    }
    if (near.length <= 1) return near[0] ?? null;
    // Several words within reach: fuse.js ranks them (it weighs where letters sit and match).
    return new Fuse(near, fuseOptions).search(word, { limit: 1 })[0]?.item ?? near[0] ?? null;
  }

  const remembered = memoize(options.correctionCacheSize, search);
  return (word: string): string | undefined => remembered(word) ?? undefined;
}
