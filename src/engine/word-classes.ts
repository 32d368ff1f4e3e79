// Generic English and Russian word classes the engine reads questions and evidence with.
// Nothing here names this article's people, places or figures: these are the words of any news story.

const set = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");
export const MONTHS = set("january february march april may june july august september october november december");
const RU_MONTHS = [..."январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(" ")].flatMap((m) => {
  const base = m.replace(/[ьй]$/, "");
  return [m, `${base}я`, `${base}е`, `${m}а`, `${m}е`];
});
/** Parts of the day: what "what time" can be answered with, short of a clock time. */
export const DAY_PARTS = set("morning afternoon evening night noon midnight dawn dusk daytime nighttime");
export const SEASONS = set("spring summer autumn fall winter");
/** Words that, after "last", "this", "past" or "recent", make a time ("last month", "recent weeks"). */
export const PERIODS = set("week weeks month months year years weekend weekends day days night nights decade decades");
export const TIME_WORDS = set("yesterday today tonight tomorrow");
export const PERIOD_OPENERS = set("last this next past previous coming recent few");

export const DURATION_UNITS = set(
  "second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years decade decades",
);
export const LENGTH_UNITS = set("metre metres meter meters m km kilometre kilometres kilometer kilometers mile miles foot feet yard yards inch inches cm");
export const NUMBER_WORDS = set(
  "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens tens",
);

/** Prepositions after which a name or a place noun is a place ("in Lithuania", "outside their homes"). */
export const LOCATIVES = set("in on at across outside inside near from to into throughout around within towards toward");
/** Nouns of places, the answer to "where" even without a name. */
export const PLACE_NOUNS = set(
  "courtyard courtyards yard yards backyard street streets square city cities town towns village country countries region district province mountain mountains river sea lake island capital centre center home homes house houses flat apartment building buildings block park prison jail colony hospital clinic border abroad overseas media online internet",
);
/** Nouns of people and bodies: an answer to "who" even without a name. */
export const PERSON_NOUNS = set(
  "supporter supporters ally allies activist activists leader leaders politician politicians president minister official officials police policeman policemen officer officers woman women man men people person protester protesters demonstrator demonstrators wife husband family friend friends critic critics opposition government authorities court judge journalist journalists spokesman spokeswoman spokesperson team member members citizens residents countries country organisers organizers",
);

/** Verbs that report what someone said or did in words: their subject is a speaker. */
export const SPEECH_VERBS = set(
  "say said says saying write wrote writes written tweet tweeted post posted tell told state stated claim claimed claims declare declared announce announced deny denied denies blame blamed blames accuse accused urge urged call called warn warned comment commented insist insisted argue argued",
);
/** Words that mark a stated reason or purpose. */
export const REASON_MARKERS = set("because due owing since after following why order solidarity support response call");
/** Modal words: what follows them is possible, not stated to have happened ("could be arrested"). */
export const HEDGES = set("could might may would can if");
export const NEGATIONS = set("no not never none nobody nothing neither nor without denied denies deny");

/**
 * Closed classes: a question naming one member ("was it in the morning?", "was it warm?") is answered
 * by a sentence naming another ("on Sunday afternoon", "bitter cold"), with a no.
 */
export const CLOSED_CLASSES: ReadonlyMap<string, string> = new Map([
  ...[..."morning afternoon evening night noon midnight dawn dusk daytime nighttime утро утром днем днём вечер вечером ночь ночью".split(" ")].map((w) => [w, "day part"] as const),
  ...[...WEEKDAYS, ..."понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье".split(" ")].map((w) => [w, "weekday"] as const),
  ...[..."hot warm cold cool freezing mild chilly frosty icy жарко тепло холодно прохладно мороз морозно".split(" ")].map((w) => [w, "temperature"] as const),
  ...[...MONTHS, ...RU_MONTHS].map((w) => [w, "month"] as const),
  ...[..."white red blue green black yellow orange pink purple grey gray brown белый белая белой белую красный красная красной синий синяя зелёный зеленый черный чёрный жёлтый желтый".split(" ")].map((w) => [w, "colour"] as const),
]);

/** Words that say nothing of which X a "which X" means ("new sanctions", "other women"). */
export const NOT_SPECIFIERS = set("new other more further additional such same different several many some any few various certain another main");

/** Words about the text itself ("what is the article about?"). */
export const ABOUT_THE_TEXT = set("story article news text report piece headline headlines title заголовок заголовке заголовку заголовка статья статье статьи новость новости");

/** Words that frame a question without saying what it is about. */
export const LIGHT_WORDS = set(
  "held planned scheduled wording conduct conducted conducting given describe described describes characterise characterised characterize characterized portray portrayed описывается описана описан описывают use used using использовать использовали использовал использовала использовано использует используют do does did done happen happened make made take took get got go went be kind sort type name named called exactly story article news text report piece статья статье статьи новость новости stand standing stood located situated находится находятся расположен receive received receiving obtain obtained undergo underwent author автор суток простоять постоять упоминается упоминаются упомянут упомянута устраивала устраивали проходила проходили проходил прошла прошли прошло состоялась состоялись случилось произошло стояла стояли стоял стоят стоять ставить поставить ставили ставят отправили отправить отправлен отправлена",
);
/** Nouns that say what kind of answer a "which X" / "what X" wants rather than what it is about. */
export const ANSWER_TYPE_NOUNS = new Map<string, "where" | "when" | "name" | "who">([
  ...[...set("city country town place region state nation location area part street")].map((w) => [w, "where"] as const),
  ...[...set("day date time month year hour holiday день дата число числа месяц году праздник")].map((w) => [w, "when"] as const),
  ...[...set("город городе городах страна стране странах место месте местах улица улице улицах часть части частях район районе районах")].map((w) => [w, "where"] as const),
  ...[...set("language word slogan")].map((w) => [w, "name"] as const),
  ...[...set("person man")].map((w) => [w, "who"] as const),
]);

/** Russian question-frame words read like their English counterparts. */
export const RU_FORM_WORDS = {
  say: set("сказал сказала сказали говорил говорила говорили заявил заявила заявили написал написала написали ответил ответила ответили отреагировал отреагировала отреагировали реакция комментировал прокомментировал прокомментировали думает считает пишет утверждает утверждают утверждал утверждала"),
  name: set("зовут звали имя название называется называют"),
  duration: set("долго длилась длился длилось длились продлится"),
};
