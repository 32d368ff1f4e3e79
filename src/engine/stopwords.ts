// Words that say nothing about which fact is wanted. Question words are kept apart:
// they don't decide *whether* the article answers, but do help pick *which* entry.

/** Folded question words → the kind of answer they ask for (English and Russian). */
export const QUESTION_WORDS: ReadonlyMap<string, string> = new Map([
  ["who", "?who"], ["whom", "?who"], ["whose", "?who"], ["кто", "?who"], ["кого", "?who"], ["кем", "?who"], ["чей", "?who"],
  ["when", "?when"], ["когда", "?when"],
  ["where", "?where"], ["где", "?where"], ["куда", "?where"], ["откуда", "?where"],
  ["why", "?why"], ["reason", "?why"], ["reasons", "?why"], ["purpose", "?why"], ["cause", "?why"], ["motive", "?why"], ["point", "?why"], ["почему", "?why"], ["зачем", "?why"], ["отчего", "?why"], ["ради", "?why"], ["смысл", "?why"],
  ["how", "?how"], ["как", "?how"], ["каким", "?what"],
  ["many", "?many"], ["much", "?many"], ["number", "?many"], ["сколько", "?many"],
  ["long", "?long"], ["долго", "?long"],
  ["what", "?what"], ["which", "?what"], ["что", "?what"], ["чем", "?what"], ["какой", "?what"], ["какая", "?what"],
  ["какие", "?what"], ["каких", "?what"], ["какое", "?what"], ["какого", "?what"], ["какую", "?what"], ["каком", "?what"],
  ["каков", "?what"], ["какова", "?what"], ["каково", "?what"], ["каковы", "?what"],
]);

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if so than then that this these those there here of in on at to for from by with
  without about into onto over under up down out off as is are was were be been being am do does did done
  doing have has had having will would shall should can could may might must i me my mine we us our you
  your he him his she her hers it its they them their theirs what which who whom whose when where why how
  all any both each few more most other some such no nor not only own same too very just also ever even
  still yet again once please tell know explain describe let s t d ll re ve m get got give gave happen one ones
  anybody anyone somebody someone everybody everyone nobody everything
  happened happens happening mention mentioned mentions according think thinks thought believe believes suppose come type
  deal connection connections link links relation relationship stuff situation matter besides except apart else issue part fair true
  right real exactly specifically overall whole make makes made making expect expected told list
  understand learn find hear read wonder wondering curious hi hello thanks thank thx ty cheers bye
  спасибо привет пожалуйста
  и в во не он на я с со а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут есть надо ней для мы тебя их была сам чтоб без будто чего раз тоже себе под будет ж тогда этот того потому этого совсем ним здесь этом один одна одно одной одну одного одним одном почти мои тем чтобы нее сейчас сейчас были всех никогда можно при наконец два об другой хоть хотя после над больше тот через эти нас про всего них разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между могут мог могла могли нужно должны должен должна должно либо именно вообще вроде типа короче просто ваще также ещё это эта всё весь вся
  after before during following later ago seen supposed meant gonna wanna whatsoever anyhow sometime across along among amid beside besides except верить если near reportedly officially official rest currently presently loads heaps nearly своем своей своему свой свою своя свои свое своих своим очень такими такие таким такой такая такое такими
  actually really exactly anything something someone anyone thing things kind sort like okay ok hey well
  info information detail details about regarding concerning does whats who's wheres hows its wait hmm hm
  mr mrs ms miss dr sir madam gentleman господин госпожа bro bruh dude lol lmao fr lowkey highkey ngl tbh idk imo haha hahaha omg wow oh ah oops кстати слушай блин помимо anymore
  насчет насчёт касательно относительно поводу
  и в во на с со к ко о об обо по за из у от до для при про над под а но или ли же бы не ни это этот эта
  эти то та те тот был была было были быть есть ему ей им их его ее он она они оно мы вы я ты мне меня
  нам нас вам вас так там тут вот уже еще ну да нет ведь мол статье статья статьи говорится сказано
  расскажи скажи скажите подскажи подскажите сделали сделал сделала сделать делали делать делают
  будет будут нужно надо можно какой-то чтобы кроме еще
  reckon reckons reckoned supposedly basically literally honestly frankly seriously truly simply merely quite
  rather pretty fairly somewhat kinda sorta maybe perhaps probably possibly presumably apparently allegedly
  certainly definitely surely indeed obviously clearly evidently generally usually typically anyway anyways
  anyhow though although whereas meanwhile moreover furthermore otherwise instead folks guys guy dude lots
  lot bunch plenty gonna wanna gotta lemme dunno sorry excuse um uh umm hmm er oh ah wow lol yeah yes yep yup
  nope nah don doesn didn isn wasn weren aren won couldn shouldn wouldn hasn haven go goes going went gone
  take taking took taken gets getting gotten comes coming came see sees saw seeing look looked looking mean
  means meant meaning need needs needed try tried trying seem seems seemed become became becoming put puts
  putting occur occurs occurred occurring occurrence nothing somewhere anywhere
  everywhere nowhere somehow whatever whoever whenever wherever bit bits question questions answer answers
  topic subject aspect way ways place places piece pieces sorts types example instance fact context
  background interested interesting knows knew known remind clarify remember sure correct exact
  precise precisely roughly approximately around almost total totally altogether every either neither via per
  amongst upon within throughout towards toward behind beyond since while whilst because unless whether ago
  soon already anymore ourselves yourself yourselves himself herself
  itself particular certain specific general good great nice entire entirely likely refer refers referring
  referred therefore thus hence accordingly huh eh oops tho kindly briefly quick quickly main etc
  respectively mainly essentially practically virtually ultimately eventually wondered curiously folk mate
  buddy chatbot idk btw imo tbh fyi sth`
    .split(/\s+/)
    .filter(Boolean),
);
