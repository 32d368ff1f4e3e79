import { createSpeller } from "./spelling.js";
import { STOPWORDS } from "./stopwords.js";
import { words } from "./normalize.js";
import type { ChitchatIntent } from "./types.js";

// Whole phrases first: "who are you" is all stopwords, so only its shape gives it away.
const PHRASES: ReadonlyArray<[ChitchatIntent, RegExp]> = [
  ["identity", /\b(who|what) (are|r) (you|u)\b|\bare (you|u) (a |an )?(bot|human|robot|real|ai)\b|\byour name\b|\bwho (made|built|created) (you|u)\b|\bкто ты\b|\bты кто\b|\bты бот\b/],
  ["capabilities", /\bwhat (can|do|could) (you|u|i) (do|know|ask|answer)\b|\bhow (does this|do you|does it) work\b|\bwhat is this( bot)?$|\bwhat are you for\b|\bчто ты (умеешь|знаешь|можешь)\b|\bо ч[её]м ты\b/],
];

// Single words that carry an intent on their own, when nothing else is asked.
const INTENT_WORDS: ReadonlyArray<[ChitchatIntent, string[]]> = [
  ["help", ["help", "помощь", "помоги", "помогите", "commands", "start"]],
  ["thanks", ["thanks", "thank", "thx", "thanx", "thnx", "tnx", "ty", "cheers", "appreciate", "appreciated", "спасибо", "спс", "благодарю"]],
  ["bye", ["bye", "goodbye", "byebye", "cya", "farewell", "пока", "свидания"]],
  ["greeting", ["hi", "hello", "hey", "hiya", "heya", "howdy", "yo", "sup", "greetings", "hallo", "hola", "morning", "evening", "afternoon", "привет", "здравствуй", "здравствуйте", "приветствую", "хай", "салют", "добрый", "доброе"]],
];

// Words that may stand beside small talk without making it a question.
const SOFT_WORDS = new Set(
  "good great nice cool awesome perfect lot much very so there bot guys friend mate man dude buddy again ok okay please день вечер утро большое очень бот друг"
    .split(" "),
);

const intentOfWord = new Map<string, ChitchatIntent>(INTENT_WORDS.flatMap(([intent, ws]) => ws.map((w) => [w, intent] as const)));
const speller = createSpeller(intentOfWord.keys(), { minCorrectableLength: 4, correctionThreshold: 0.3, correctionCacheSize: 1000 });

/** "heyyy" → "hey", "hiiii" → "hi": people stretch small talk. */
const squeeze = (word: string) => word.replace(/(\p{L})\1{2,}/gu, "$1").replace(/^(hi|hey|thx)(\p{L})\2+$/u, "$1$2");

/**
 * Small talk: the intent, when the whole message is greetings, thanks, "who are you" and the like.
 * Anything with a word of substance ("thanks, and where is Volkov?") is a question, not small talk.
 */
export function detectChitchat(text: string): ChitchatIntent | undefined {
  const ws = words(text).map(squeeze);
  if (ws.length === 0) return undefined;
  const joined = ws.join(" ");
  const phrase = PHRASES.find(([, pattern]) => pattern.test(joined));
  let intent: ChitchatIntent | undefined = phrase?.[0];
  let wordIntent: ChitchatIntent | undefined;
  for (const w of ws) {
    const found = intentOfWord.get(w) ?? (STOPWORDS.has(w) || SOFT_WORDS.has(w) ? undefined : intentOfWord.get(speller(w) ?? ""));
    if (found) wordIntent ??= found;
    else if (!STOPWORDS.has(w) && !SOFT_WORDS.has(w)) return undefined;
  }
  intent ??= wordIntent;
  return intent;
}
