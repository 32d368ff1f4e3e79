import Fuse from "fuse.js";

export interface SpellingOptions {
  minCorrectableLength: number;
  correctionThreshold: number;
  correctionCacheSize: number;
}

/** How far a correction's length may stray from the typed word's. */
function lengthSlack(length: number): number {
  return length <= 4 ? 1 : length <= 7 ? 2 : 3;
}

/**
 * Corrects a typed word to the nearest word the knowledge uses, with fuse.js. Fuse scores every
 * record it holds, so the vocabulary is cut into buckets by word length and a word is only
 * compared with the bucket of its own length: a few dozen words, not the whole vocabulary.
 */
export function createSpeller(vocabulary: Iterable<string>, options: SpellingOptions) {
  const byLength = new Map<number, string[]>();
  for (const word of new Set(vocabulary)) {
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

  function search(word: string): string | null {
    if (word.length < options.minCorrectableLength || /\d/.test(word)) return null;
    const best = fuses.get(word.length)?.search(word, { limit: 1 })[0];
    return best ? best.item : null;
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
