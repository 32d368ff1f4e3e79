// What stands next to what in a sentence: the evidence for "how many X", "how long" and "which X".
import { classify } from "./analyzer.js";
import { words } from "./normalize.js";

/**
 * Concepts within `window` words of any word `isAnchor` picks, counting only words of substance
 * ("ribbon measuring more than 100 metres" → "100" is two words from "ribbon").
 */
export function conceptsNear(text: string, conceptOf: (word: string) => string, isAnchor: (word: string) => boolean, window: number) {
  const ws = words(text).filter((w) => isAnchor(w) || classify(w, conceptOf).kind === "concept");
  const near = new Set<string>();
  ws.forEach((w, i) => {
    if (!isAnchor(w)) return;
    for (const neighbour of ws.slice(Math.max(0, i - window), i + window + 1)) {
      const c = classify(neighbour, conceptOf);
      if (c.kind === "concept") near.add(c.key);
    }
  });
  return near;
}

const NOT_NAMES = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * For each concept, the names that stand within `window` words of substance of it: capitalized
 * words inside a sentence and #hashtags ("wife Yulia", "city of Irkutsk"), not dates.
 */
export function namesNear(text: string, conceptOf: (word: string) => string, window: number): Map<string, Set<string>> {
  const tokens = [...text.matchAll(/#?[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({
    raw: m[0],
    initial: m.index === 0 || /[.!?“"]\s*$/.test(text.slice(0, m.index)),
  }));
  const seen = tokens.flatMap(({ raw, initial }) =>
    words(raw).map((w) => ({ name: raw.startsWith("#") || (!initial && /^\p{Lu}/u.test(raw) && !NOT_NAMES.test(w)), c: classify(w, conceptOf) })),
  );
  const substance = seen.filter((t) => t.c.kind === "concept");
  const near = new Map<string, Set<string>>();
  substance.forEach((t, i) => {
    if (!t.name || t.c.kind !== "concept") return;
    for (const other of substance.slice(Math.max(0, i - window), i + window + 1)) {
      if (other.c.kind !== "concept") continue;
      const names = near.get(other.c.key) ?? new Set<string>();
      names.add(t.c.key);
      near.set(other.c.key, names);
    }
  });
  return near;
}
