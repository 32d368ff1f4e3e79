// The small words that give a question its shape, English and Russian.
import type { Grain } from "./question-form.js";
import * as W from "./word-classes.js";

export const GRAINS = new Map<string, Grain>([
  ...["year", "years", "году", "год"].map((w) => [w, "year"] as const),
  ...["month", "месяц", "месяце"].map((w) => [w, "month"] as const),
  ...["day", "день"].map((w) => [w, "day"] as const),
  // A holiday is a named day, like a date: not a weekday ("on Sunday").
  ...["date", "дата", "число", "числа", "holiday", "праздник"].map((w) => [w, "date"] as const),
]);
export const RU_ADJECTIVE = /(ые|ие|ой|ый|ий|ая|яя|ое|ее|их|ых|ую|юю|ым|им)$/;
export const RUN_OPENERS = new Set(["the", "a", "an", "exactly", "specifically", "precisely", "именно", "же"]);
export const OPENERS = new Set(["hey", "hi", "hello", "so", "well", "ok", "okay", "um", "oh", "and", "but", "also", "привет", "слушай", "а", "и", "ну", "так"]);
export const RELATIVE = new Set(["who", "whom", "whose", "which", "where", "when", "кто", "который", "которая", "которые", "где", "когда"]);
export const CAUSES = new Set(["led", "lead", "leads", "caused", "causes", "prompted", "prompts", "triggered", "sparked", "drove", "made", "motivated"]);
// Modal words in a question: what follows them is asked about as a possibility ("might be arrested").
export const MODALS = new Set(["might", "could", "may", "would", "risk", "risked", "risking", "могут", "могли", "может"]);
const IRREGULAR_PARTICIPLES = new Set("told held hurt caught taken given sent seen known shown put kept left brought thought sought beaten bitten chosen driven forbidden forgotten hidden written spoken stolen struck sworn thrown torn woken won".split(" "));
/** A past participle ("asked", "told"): the word after "who was" in a question about whom something was done to. */
export const participle = (word: string) => (word.length > 3 && word.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(word);
export const PASSIVE = new Set(["to", "was", "were", "is", "are", "be", "been", "being"]);
export const AUX = new Set("is are was were do does did has have had can could will would should may might must".split(" "));
/** Whom something was said to ("told reporters"): part of the saying, nothing the answer must account for. */
export const AUDIENCES = new Set("reporters reporter journalists journalist press interviewer журналистам журналисту прессе репортерам репортеру корреспонденту корреспондентам".split(" "));
/** Verbs whose "for" is no purpose: "what did she hope for?" asks what she hoped. */
export const TAKES_FOR = new Set("hope hoped hopes hoping ask asked asks call called calls wait waited look looked looking vote voted stand stands stood wish wished pray prayed long longed".split(" "));
export const SAY_WORDS = new Set("say said says tell told write wrote writes tweet tweeted post posted comment commented statement declare declared announce announced claim claimed think thinks believe believes view opinion position message confirm confirmed confirms acknowledge acknowledged".split(" "));
export const REACT_WORDS = new Set("react reacts reacted reacting reaction reactions respond responds responded responding response responses reply replies replied replying".split(" "));
export const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "on", "в", "во", "из", "на", "v", "vo", "iz", "na"]);
// "according to", "по словам", "по версии": whose words, not what about.
export const ACCORDING = new Set(["according", "словам", "мнению", "версии", "данным"]);
export const EXACT = new Set(["exact", "exactly", "precise", "precisely", "точно", "точное", "именно", "ровно"]);
export const COMPARING = new Set(["than", "compared", "чем"]);
// "more … than", "больше, чем": a comparison; "other than", "rather than" and "чем" alone ("чем отравили", with what) are not.
export function comparing(words: readonly string[], i: number): boolean {
  const x = words[i] ?? "";
  const before = words[i - 1] ?? "";
  if (!COMPARING.has(x) || ["other", "rather"].includes(before)) return false;
  return x !== "чем" || /(ее|ше|ьше)$/.test(before);
}
export const ABOUT = new Set("about on to regarding concerning at against over о об обо про на".split(" "));
export const NAME_WORDS = new Set(["name", "named", "called", ...W.RU_FORM_WORDS.name]);
export const RU_WHICH = new Set("какой какая какое какие каких каком какую какого каким какими".split(" "));
export const DURATION_RU = new Set("времени минут минуты часов часа дней недель месяцев лет".split(" "));

// Past forms and -ing forms end a "which X" run: "which hospital treated him".
/** Whether a word looks like a verb: an English past or -ing form, a Russian verb ending ("сеть", "власть", "новость" are nouns). */
export const verbLike = (word: string): boolean => VERB_LIKE.test(word) && !RU_NOUNS_LIKE_VERBS.test(word);
const RU_NOUNS_LIKE_VERBS = /(ость|сеть|асть|суть|путь|мать|смерть|память)$/;
export const VERB_LIKE = /(ed|ing|ит|ет|ут|ют|ат|ят|ал|ил|ел|ла|ли|ло|ть|тся|ться)$|^(held|wrote|flew|flown|said|went|gone|came|told|took|left|met|lit|shone|led|made|drove|brought|got|gave|saw|did|caused|sent|put|began|kept|ran|stood|threw|won|set)$/;

/** "Only", "just": the place or thing is asked as the only one ("only in Moscow?"). */
export const ONLY = new Set(["only", "just", "solely", "exclusively", "только", "лишь", "исключительно"]);
