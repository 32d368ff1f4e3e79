// What stands next to what in a sentence: the evidence for "how many X", "how long" and "which X".
import { classify, type Classified } from "./analyzer.js";
import { words } from "./normalize.js";

export interface Token {
  word: string;
  c: Classified;
  name: boolean;
}

/**
 * The sentence's words of substance (and anchors), in order, each with every other within
 * `window` places of it: distance counts only words of substance ("ribbon measuring more than
 * 100 metres" → "100" is two words from "ribbon").
 */
function eachNeighbour(tokens: Token[], isAnchor: (t: Token) => boolean, window: number, visit: (anchor: Token, other: Token) => void) {
  const kept = tokens.filter((t) => isAnchor(t) || t.c.kind === "concept");
  kept.forEach((t, i) => {
    if (!isAnchor(t)) return;
    for (const other of kept.slice(Math.max(0, i - window), i + window + 1)) if (other.c.kind === "concept") visit(t, other);
  });
}

const NOT_NAMES = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The text's words, each classified, and marked when a name: capitalized inside a sentence, or a #hashtag, not a date. */
export function tokenize(text: string, conceptOf: (word: string) => string): Token[] {
  return [...text.matchAll(/#?[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].flatMap((m) => {
    const initial = m.index === 0 || /[.!?“"]\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index));
    const capitalized = m[0].startsWith("#") || (!initial && /^\p{Lu}/u.test(m[0]));
    return words(m[0]).map((word) => ({ word, c: classify(word, conceptOf), name: capitalized && !NOT_NAMES.test(word) }));
  });
}

/** Concepts within `window` words of substance of any word `isAnchor` picks ("100" → "women", "ribbon"). */
export function conceptsNear(tokens: Token[], isAnchor: (word: string) => boolean, window: number) {
  const near = new Set<string>();
  eachNeighbour(tokens, (t) => isAnchor(t.word), window, (_, other) => {
    if (other.c.kind === "concept") near.add(other.c.key);
  });
  return near;
}

/** For each concept, the names within `window` words of substance of it ("wife" → "yulia"). */
export function namesNear(tokens: Token[], window: number): Map<string, Set<string>> {
  const near = new Map<string, Set<string>>();
  eachNeighbour(tokens, (t) => t.name && t.c.kind === "concept", window, (name, other) => {
    if (name.c.kind !== "concept" || other.c.kind !== "concept") return;
    const names = near.get(other.c.key) ?? new Set<string>();
    near.set(other.c.key, names.add(name.c.key));
  });
  return near;
}
