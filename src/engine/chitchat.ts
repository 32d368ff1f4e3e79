import { createSpeller } from "./spelling.js";
import { OPENERS } from "./question-words.js";
import { STOPWORDS } from "./stopwords.js";
import { words } from "./normalize.js";
import type { ChitchatIntent } from "./types.js";

// Whole phrases first: "who are you" is all stopwords, so only its shape gives it away. Matched on
// words joined by single spaces (contractions already spelled out: "what's up" reads "what is up").
const phrase = (...alternatives: string[]) => new RegExp(`(?<=^| )(?:${alternatives.join("|")})(?= |$)`, "g");
const PHRASES: ReadonlyArray<[ChitchatIntent, RegExp]> = [
  ["identity", phrase(
    "(who|what) (are|r) (you|u)", "are (you|u) (a |an )?(bot|human|robot|real|person|ai)", "what (is )?your name", "your name",
    "who (even |actually |exactly )?(made|built|created|wrote|programmed|runs|owns) (you|u|this)", "(are|r) (you|u) (a )?(real )?(person|human|bot|robot|machine|program|programme|computer)",
    "(are|r) (you|u) programmed", "(are|r) (you|u) (chatgpt|chat gpt|gpt|openai|an ai|a chatbot|chatbot|siri|alexa)", "(do|can) (you|u) (speak|understand) russian", "на русском понимаешь", "(can|may) i cite (you|u)", "(are|r) (you|u) (biased|neutral|objective|impartial|reliable|trustworthy)",
    "кто ты( такой| такая)?", "ты кто( такой| такая)?", "кто вы( такой| такая| такие)?", "вы кто( такой| такая| такие)?", "как вас зовут", "ты бот", "как тебя зовут",
  )],
  ["capabilities", phrase(
    "what (can|do|could|should) (you|u|i) (do|know|ask|answer|tell)", "how (does|do) (this|it|you)( bot| thing)? work",
    "how (do|can|should) i use (this|it|you)", "how to use (this|it|you)", "any tips", "what is this( bot)?", "what are you for",
    "(can|could) (you|u) help( me)?", "(can|could) (you|u) answer( me| my questions?)?", "(you|u) can answer( me)?",
    "what sources? (do )?(you|u) use", "where (do|does) (you|u|your) (get|take) (your )?(info|information|answers|facts)",
    "i (am|m) doing an? (school )?(project|homework|essay)", "my english is (not )?(so |very )?(good|bad|poor)",
    "что ты (умеешь|знаешь|можешь)", "chto ty (umeesh|znaesh|mozhesh)", "kto ty", "о ч[её]м ты", "как (тобой )?пользоваться",
  )],
  ["bye", phrase("have a (lovely|nice|good|great) (day|evening|night|weekend)", "take care", "see (you|u|ya)( later| soon)?")],
  ["greeting", phrase("good (morning|afternoon|evening|day|night)", "добр(ый|ое|ой) (день|вечер|утро|ночи)", "how are (you|u)", "how is your day( going)?", "do bots have days", "how it going", "how is it going", "what (is )?up", "whats up", "nice to meet (you|u)", "как дела", "как ты", "как поживаешь", "kak dela", "kak ty")],
];

// Single words that carry an intent on their own, when nothing else is asked.
const INTENT_WORDS: ReadonlyArray<[ChitchatIntent, string[]]> = [
  ["help", ["help", "помощь", "помоги", "помогите", "commands", "start", "usage", "instructions", "pomogi", "pomoshch"]],
  ["thanks", ["thanks", "thank", "thx", "thanx", "thnx", "tnx", "ty", "cheers", "appreciate", "appreciated", "спасибо", "спс", "благодарю", "spasibo", "spasib", "pasib"]],
  ["bye", ["bye", "goodbye", "byebye", "cya", "farewell", "goodnight", "пока", "свидания", "poka"]],
  ["greeting", ["hi", "hello", "hey", "hiya", "heya", "howdy", "yo", "sup", "greetings", "hallo", "hola", "morning", "evening", "afternoon", "привет", "здравствуй", "здравствуйте", "приветствую", "хай", "салют", "добрый", "доброе", "privet", "zdravstvuyte", "zdravstvuy", "zdorovo"]],
  ["acknowledgement", ["ok", "okay", "k", "cool", "great", "nice", "awesome", "perfect", "understood", "gotcha", "noted", "alright", "понятно", "ясно", "хорошо", "ладно", "отлично", "круто", "ок"]],
];

// Words that may stand beside small talk without making it a question.
const SOFT_WORDS = new Set(
  "good lot much very so there helpful helps helped useful помогло помогли помог помогает полезно answer answers reply info bot guys friend mate man dude buddy again please got see later you day use using today tonight person human real вечер утро день большое очень бот друг тебе сегодня дела человек человеком живой kak dela sorry ответы ответ ответов помощь дай бог здоровья удачи милок милая дорогой дорогая"
    .split(" "),
);

const intentOfWord = new Map<string, ChitchatIntent>(INTENT_WORDS.flatMap(([intent, ws]) => ws.map((w) => [w, intent] as const)));
const speller = createSpeller(intentOfWord.keys(), { minCorrectableLength: 4, correctionThreshold: 0.3, correctionCacheSize: 1000 });

/** "heyyy" → "hey", "hiiii" → "hi": people stretch small talk. */
const squeeze = (word: string) => (hasDoubled(word) ? word.replace(/(\p{L})\1{2,}/gu, "$1").replace(/^(hi|hey|thx)(\p{L})\2+$/u, "$1$2") : word);

/** Whether a letter follows itself somewhere in the word (what `squeeze` looks for; most words have none). */
function hasDoubled(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) return true;
  return false;
}

// Words that ask ("how much" asks, "thanks so much" doesn't: "much", "many", "long" are left out).
const ASKING = new Set(["explain", "describe", "расскажи", "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "кто", "что", "где", "когда", "почему", "зачем", "как", "какой", "какая", "какие", "сколько"]);

/** Whether a message asks something: a question mark, a question word, "tell me…". */
const asking = (text: string, typed: readonly string[]) =>
  text.includes("?") ||
  typed.some((word, i) => word === "tell" && ["me", "us"].includes(typed[i + 1] ?? "")) ||
  // A question word opening a sentence asks; one inside it ("trying to understand what's going on") need not.
  (text.match(/[^.!]+/g) ?? []).some((sentence) => ASKING.has(words(sentence).find((w) => !OPENERS.has(w)) ?? ""));

// Every word the phrases above can take away ("ч[её]м" is "чем" and "чём"): a word outside them,
// small talk and filler decides alone.
const spellings = (word: string): string[] => {
  const at = word.match(/\[(\p{L}+)\]/u);
  return at?.index === undefined ? [word] : [...(at[1] as string)].flatMap((letter) => spellings(word.slice(0, at.index) + letter + word.slice(at.index! + at[0].length)));
};
const PHRASE_WORDS = new Set(PHRASES.flatMap(([, pattern]) => (pattern.source.match(/(?:\p{L}|\[\p{L}+\])+/gu) ?? []).flatMap(spellings)));

const isFiller = (word: string) => STOPWORDS.has(word) || SOFT_WORDS.has(word);

/**
 * Small talk: the intent, when the whole message is greetings, thanks, "who are you" and the like.
 * Anything with a word of substance ("thanks, and where is Volkov?") is a question, not small talk.
 */
export function detectChitchat(text: string): ChitchatIntent | undefined {
  const typed = words(text).map(squeeze);
  // A word no phrase takes away that is neither small talk nor filler makes the message a question,
  // whatever else it says: most messages are settled here, before the phrases are tried.
  if (typed.some((word) => !PHRASE_WORDS.has(word) && !isFiller(word) && intentOf(word) === undefined)) return undefined;
  // "Afternoon!" greets; "what happened in the afternoon?" asks about it.
  const asks = asking(text, typed);
  const { intent, others } = readSmallTalk(typed, intentOf, (word) => asks && PARTS_OF_DAY.has(word));
  return others.length ? undefined : intent;
}

const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night", "утро", "вечер", "ночь"]);

/**
 * The small talk in a message and the words of substance around it: "Thank you ever so much, I shall
 * tell my friends at the bridge club about you. Goodbye!" is thanks, with "friends", "bridge", "club"
 * left over. Whether those ask about the article is for the engine to say.
 */
export function smallTalkIn(text: string, substantive: (word: string) => boolean): ChitchatIntent | undefined {
  // Among other words, only small talk spelled right counts: "helld" beside "population" is no "hello".
  const typed = words(text).map(squeeze);
  const { intent, byPhrase } = readSmallTalk(typed, (word) => intentOfWord.get(word), substantive);
  // "Hey, did Germany say anything?" asks something: a greeting word before a question is no small talk.
  // A phrase of small talk is ("Are you a real person or a computer programme?").
  return byPhrase || !asking(text, typed) ? intent : undefined;
}

const intentOf = (word: string) => intentOfWord.get(word) ?? (isFiller(word) ? undefined : intentOfWord.get(speller(word) ?? ""));

/** `substantive`: a word that says something of its own even where it could be small talk ("afternoon"). */
function readSmallTalk(
  typed: readonly string[],
  intentOfWord: (word: string) => ChitchatIntent | undefined,
  substantive: (word: string) => boolean,
): { intent: ChitchatIntent | undefined; others: string[]; byPhrase: boolean } {
  let rest = typed.join(" ");
  let phrased: ChitchatIntent | undefined;
  for (const [phraseIntent, pattern] of PHRASES) {
    const stripped = rest.replace(pattern, " ");
    if (stripped !== rest) phrased ??= phraseIntent;
    rest = stripped;
  }
  // What is asked of the bot ("who made you", "what can you do"), not a greeting's phrase: that
  // comes first; a greeting's or farewell's phrase gives way to a word ("Thanks! Have a great day").
  const byPhrase = phrased === "identity" || phrased === "capabilities";
  let intent = byPhrase ? phrased : undefined;
  const others: string[] = [];
  for (const word of rest.split(" ").filter(Boolean)) {
    const found = intentOfWord(word);
    if (found && !substantive(word)) intent ??= found;
    else if (!isFiller(word)) others.push(word);
  }
  return { intent: intent ?? phrased, others, byPhrase };
}
