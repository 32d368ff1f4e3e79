import Fuse from "fuse.js";

export interface SpellingOptions {
  minCorrectableLength: number;
  correctionThreshold: number;
  correctionCacheSize: number;
}

/** How many edits a typo of a word this long may have: one in a short word, more in a long one. */
function lengthSlack(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/**
 * Edit distance with swaps counted as one edit (optimal string alignment). fuse.js finds
 * near *substrings* (its "year" matches "yard"), so its picks are checked against this.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * Corrects a typed word to the nearest word the knowledge uses, with fuse.js. Fuse scores every
 * record it holds, so the vocabulary is cut into buckets by word length and a word is only
 * compared with the bucket of its own length: a few dozen words, not the whole vocabulary.
 */
export function createSpeller(vocabulary: Iterable<string>, options: SpellingOptions, functionWords: Iterable<string> = []) {
  const shortTargets = [...new Set(functionWords)];
  const known = new Set(vocabulary);
  const byLength = new Map<number, string[]>();
  for (const word of known) {
    const slack = lengthSlack(word.length);
    for (let n = Math.max(1, word.length - slack); n <= word.length + slack; n++) {
      const bucket = byLength.get(n) ?? [];
      bucket.push(word);
      byLength.set(n, bucket);
    }
  }
  const fuses = new Map<number, Fuse<string>>();
  for (const [n, bucket] of byLength) {
    const words = bucket.filter((w) => Math.abs(w.length - n) <= lengthSlack(n));
    fuses.set(n, new Fuse(words, { includeScore: true, threshold: options.correctionThreshold, ignoreLocation: true }));
  }
  const cache = new Map<string, string | null>();

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
    // A short typo is most often a function word missing a letter ("wat", "mny", "wer"); a short
    // content word that is one letter off ("year" ~ "fear", "deal" ~ "real") is more often another word.
    if (word.length < options.minCorrectableLength) {
      return shortTargets.find((w) => w.length === word.length + 1 && editDistance(word, w) === 1) ?? null;
    }
    const found = fuses.get(word.length)?.search(word, { limit: 5 }) ?? [];
    const slack = lengthSlack(word.length);
    const substitutionOnly = (w: string) => w.length === word.length && editDistance(word, w) === 1 && !swapOrDouble(word);
    return found.find((r) => editDistance(word, r.item) <= slack && !(word.length <= 4 && substitutionOnly(r.item)))?.item ?? null;
  }

  return function correct(word: string): string | undefined {
    let hit = cache.get(word);
    if (hit === undefined) {
      hit = search(word);
      if (cache.size >= options.correctionCacheSize) cache.clear();
      cache.set(word, hit);
    }
    return hit ?? undefined;
  };
}
