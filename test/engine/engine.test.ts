import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { CHITCHAT_REPLIES, NONE_MESSAGES } from "../../src/engine/messages.js";
import type { Answer } from "../../src/engine/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

const knowledge = loadKnowledge();
const engine = createEngine(knowledge);
const firstCitation = (a: Answer) => (a.kind === "answer" ? a.citations[0]?.id : undefined);

describe("answering from the curated entries", () => {
  it("when asked where Volkov is based, quotes sentence 9.1 verbatim with a short answer", () => {
    const a = engine.answer("Where is Volkov based?");
    expect(a.kind).toBe("answer");
    if (a.kind !== "answer") return;
    expect(a.source).toBe("qa");
    expect(a.shortAnswer).toMatch(/Lithuania/);
    expect(a.citations[0]?.text).toBe(knowledge.sentences.find((s) => s.id === "9.1")?.text);
    expect(a.citations[0]).toEqual({ id: "9.1", text: expect.stringContaining("based in Lithuania") });
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it("tolerates typos, missing apostrophes and odd case", () => {
    expect(firstCitation(engine.answer("hashtagg"))).toBe("10.1");
    expect(firstCitation(engine.answer("why was navalny jialed"))).toBe("6.2");
    expect(firstCitation(engine.answer("NAVALNYS WIFE"))).toBe("11.1");
    expect(firstCitation(engine.answer("yekaterinberg"))).toBe("4.1");
    expect(firstCitation(engine.answer("how many wemen on the arbat"))).toBe("12.1");
    expect(firstCitation(engine.answer("wat was navalny poisnd with"))).toBe("6.1");
    expect(firstCitation(engine.answer("who did navalny blaim"))).toBe("7.1");
    expect(firstCitation(engine.answer("is navalny in jail rn"))).toBe("6.2");
    // Russian in Latin letters: j as й, soft signs left out ("ispolzovat" is использовать).
    expect(firstCitation(engine.answer("gde sejchas volkov"))).toBe("9.1");
    expect(firstCitation(engine.answer("kakoy heshteg nado bylo ispolzovat"))).toBe("10.1");
    // "wher" is a form of "where", not nothing: the where-entry wins over what/when entries.
    expect(engine.answer("wher did the vigils happen")).toMatchObject({ kind: "answer", entryId: "where-gathered" });
  });

  it("answers a 'which X' question when the evidence names an X", () => {
    expect(firstCitation(engine.answer("Which cities in Siberia had vigils?"))).toBe("4.1");
    expect(firstCitation(engine.answer("which hashtag did they use"))).toBe("10.1");
  });

  it("treats curly and straight apostrophes and diacritics alike", () => {
    expect(engine.answer("Navalny’s wife?")).toEqual(engine.answer("Navalny's wife?"));
    expect(firstCitation(engine.answer("Navalny's wífe"))).toBe("11.1");
  });

  it("answers a question asked in Russian, also when typed in Latin letters", () => {
    expect(firstCitation(engine.answer("Где живёт Волков?"))).toBe("9.1");
    expect(firstCitation(engine.answer("gde zhivet volkov"))).toBe("9.1");
    expect(firstCitation(engine.answer("kogda navalnogo posadili"))).toBe("6.2");
  });

  it("offers other likely entries as alternatives when a question is ambiguous, at most 3", () => {
    const a = engine.answer("volkov");
    expect(a.kind).toBe("answer");
    if (a.kind !== "answer") return;
    expect(a.alternatives.length).toBeGreaterThan(0);
    expect(a.alternatives.length).toBeLessThanOrEqual(3);
    expect(a.alternatives.map((x) => x.id)).not.toContain(a.entryId);
  });

  it("answers a curated entry by id, for buttons and deep links", () => {
    const a = engine.answerEntry("hashtag");
    expect(a?.kind === "answer" && a.citations[0]?.id).toBe("10.1");
    expect(engine.answerEntry("no-such-entry")).toBeUndefined();
  });
});

describe("saying so when the article doesn't", () => {
  it.each([
    "What is Navalny's middle name?",
    "What is the population of Moscow?",
    "Who will win the next election in Russia?",
    "How do I install Python?",
    "What year did the Valentine's Day gatherings happen?",
    "what is 2+2",
    "Tell me about the Tesla stock price today",
    "What is the weather in Moscow today?",
    "zzzzzz",
    "a",
  ])("%s → no citation, a plain 'doesn't say' with suggestions", (q) => {
    const a = engine.answer(q);
    expect(a.kind).toBe("none");
    if (a.kind !== "none") return;
    expect(a.message).toBe(NONE_MESSAGES["not-in-article"]);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ["How old is Navalny?", "gap-navalny-age"],
    ["Which nerve agent was Navalny poisoned with?", "gap-nerve-agent-name"],
    ["Is Navalny alive?", "gap-navalny-health"],
    ["Навальный жив?", "gap-navalny-health"],
  ])("%s → no citation, but the known gap's own reply and what the article does say nearby", (q, gapId) => {
    const a = engine.answer(q);
    const gap = knowledge.gaps.find((g) => g.id === gapId);
    expect(a).toMatchObject({ kind: "none", reason: "not-in-article", gapId, message: gap?.reply, messageRu: gap?.replyRu });
    if (a.kind === "none") expect(a.related.map((c) => c.id)).toEqual(gap?.related);
  });
});

describe("ways of saying it", () => {
  it.each([
    // Phrases that only carry the question: "go ahead with", "I'm a bit lost", "the big picture".
    ["Did people go ahead with the courtyard gatherings even though they risked arrest?", "1.1"],
    ["I'm a bit confused - was Navalny arrested straight after he came back from abroad?", "6.1"],
    ["What's the big picture: what happened on Sunday?", "1.1"],
    // Said another way: "picked him up" is an arrest, "st pete" is St Petersburg.
    ["Where had he flown in from when the police picked him up?", "6.1"],
    ["was the st pete chain bigger than the moscow one", "14.1"],
    // Words that only say "about" ("насчёт", "по поводу") or stall ("wait") are not asked about.
    ["Что Кремль говорит по поводу отравления?", "7.2"],
    ["wait, what did the kremlin say about the poisoning?", "7.2"],
    ["Did people get into any trouble with the police?", "15.1"],
    // "The candle thing", "this courtyard action": the event itself, not candles or courtyards in particular.
    ["Which neighbouring country does the courtyard thing resemble?", "10.1"],
    // "Held", "planned": an event is held, a chain planned; neither is what is asked about.
    ["Was the women's chain in Moscow held in the evening?", "11.1"],
    // "Confirm: …", month abbreviations, "go ahead": a fact-checker's shorthand.
    ["Confirm: Navalny jailed on Feb 2?", "6.2"],
    ["Did the courtyard vigils go ahead despite the warnings?", "1.1"],
    // A bare question word asks about what the message said before it.
    ["My neighbour told me Navalny is in prison. Why?", "6.2"],
    // "Каков/какова" asks what.
    ["Какова позиция Кремля насчёт отравления?", "7.2"],
    // "Does the article say where X is?" asks where X is; "whether …" asks yes or no.
    ["Does the article say where Irkutsk is?", "4.1"],
    ["Does the report say whether there were mass arrests on Sunday?", "15.1"],
    ["My aunt lives in Novosibirsk. Does the article say where that is?", "4.1"],
    // A headline is the text itself; a question of nothing but "what happened?" asks about what came before it.
    ["I only saw the headline about the candle vigils for Navalny. What actually happened?", "1.1"],
    // "Уточните", "подтверждаете" only ask to check; "тётки" are women.
    ["Уточните, пожалуйста, где базируется Волков.", "9.1"],
    ["Сколько тёток собралось на Арбате?", "12.1"],
    // "In which country Volkov is living": the name after the place asked is who lives there.
    ["In which country Volkov is living now?", "9.1"],
    // Chatter before the question, set off by a comma or a dash, asks nothing of the article.
    ["Greetings from a busy mum of three — who is Yulia again?", "11.1"],
    ["sorry, typing on the bus lol, how long was that white ribbon", "12.1"],
    ["Пишу курсовую: как в статье описывается реакция Кремля на обвинения в отравлении?", "7.2"],
    // "Women count Moscow?": a keyword asking how many.
    ["women count moscow?", "12.1"],
    // Words about the text frame what else is asked: "which cities does the report name?"
    ["Which cities does the report name?", "4.1"],
    // A yes/no question cites first the sentence that says all it asks: Valentine's Day (3.1), not Sunday (1.1).
    ["Was this on Valentine's Day?", "3.1"],
    // A colour asked is answered by the colour said: the ribbon was white.
    ["Was the ribbon red?", "12.1"],
    // A holiday is a named day: "which holiday" gets Valentine's Day (3.1), not "Sunday" (1.1).
    ["What holiday did the courtyard vigils fall on?", "3.1"],
  ])("%s → %s", (q, id) => {
    expect(firstCitation(engine.answer(q))).toBe(id);
  });
});

describe("small talk and odd input", () => {
  it.each([
    ["hey", "greeting"],
    ["thx!", "thanks"],
    ["thanks, that helps", "thanks"],
    ["who are you?", "identity"],
    ["what can you do", "capabilities"],
    ["help me", "help"],
    ["кто ты?", "identity"],
    ["ok cool", "acknowledgement"],
    // A phrase's words spelled through a letter class ("ч[её]м") are still taken away by it.
    ["о чём ты?", "capabilities"],
    ["о чем ты", "capabilities"],
    ["heyyy", "greeting"],
    ["what is your name", "identity"],
    // Contractions are spelled out before phrases are matched: "what's" reads "what is".
    ["what's up?", "greeting"],
    ["whats up", "greeting"],
    ["how's it going", "greeting"],
    ["спасибо, очень помогло", "thanks"],
    // Small talk around small talk: who is asking, apologies, blessings.
    ["Hi! I'm doing a school project, can you help me?", "capabilities"],
    ["Здравствуйте. Вы кто такой?", "identity"],
    ["chto ty umeesh?", "capabilities"],
    ["are you chatgpt?", "identity"],
    // A question word inside a sentence ("trying to understand what's going on") doesn't make thanks a question.
    ["Thanks so much, that was helpful! I've been trying to understand what's going on there for a while. Have a great day!", "thanks"],
    ["Спасибо за ответы, дай бог здоровья!", "thanks"],
    ["Are you biased?", "identity"],
  ])("%s → chitchat (%s) with a friendly reply and no citation", (q, intent) => {
    const a = engine.answer(q);
    expect(a).toEqual({ kind: "chitchat", intent, reply: CHITCHAT_REPLIES[intent as keyof typeof CHITCHAT_REPLIES] });
  });

  it("answers small talk among other words as small talk when the article has nothing for them", () => {
    const thanks = "Thank you so much, you have been very patient with me. I shall tell my friends at the chess club about you. Goodbye!";
    expect(engine.answer(thanks)).toMatchObject({ kind: "chitchat", intent: "thanks" });
    expect(engine.answer("Good morning! Are you a real person or one of those computer programmes?")).toMatchObject({ kind: "chitchat", intent: "identity" });
    // A greeting before a question is no small talk: the question gets "the article doesn't say", or its answer.
    expect(engine.answer("Hey, did Germany say anything about the arrest?")).toMatchObject({ kind: "none" });
    expect(engine.answer("Good afternoon. What time did the evening vigils start?")).toMatchObject({ kind: "none" });
    // "Afternoon" is a word of the article too: asked about, it is no greeting.
    expect(engine.answer("tell me about the afternoon")).not.toMatchObject({ kind: "chitchat" });
  });

  it("takes an unknown word for a name only when it is nearly that name", () => {
    expect(engine.answer("Were there gatherings in Kaliningrad?").kind).toBe("none");
    expect(firstCitation(engine.answer("did ppl gather in novosibrisk"))).toBe("4.1");
  });

  it("answers the question when small talk comes with one", () => {
    expect(firstCitation(engine.answer("thanks! and where is volkov based?"))).toBe("9.1");
  });

  it("prompts for a question on empty or whitespace-only input", () => {
    for (const q of ["", "   ", "\n\t"]) expect(engine.answer(q)).toMatchObject({ kind: "none", reason: "empty", message: NONE_MESSAGES.empty });
  });

  it("refuses input over 500 characters with a clear message instead of throwing", () => {
    expect(engine.answer("navalny ".repeat(70))).toMatchObject({ kind: "none", reason: "too-long", message: NONE_MESSAGES["too-long"] });
    expect(engine.answer("x".repeat(500)).kind).toBe("none");
  });

  it("never reads fuse.js extended-search syntax in user text", () => {
    for (const q of ["=volkov", "!volkov", "'volkov", "^volkov$", "volkov | yulia", "<b>&\"quotes\"</b>"]) {
      expect(() => engine.answer(q)).not.toThrow();
    }
    expect(firstCitation(engine.answer("^volkov$ lithuania"))).toBe("9.1");
    expect(firstCitation(engine.answer("=hashtag"))).toBe("10.1");
  });

  it("survives any characters: emoji, control characters, right-to-left text", () => {
    for (const q of ["🕯️🕯️", "\u0000\u0007", "مرحبا", "\uD800"]) expect(["none", "chitchat"]).toContain(engine.answer(q).kind);
  });
});

describe("the answer cache", () => {
  it("gives the same answer for a repeated question, and forgets the least recently used beyond its size", () => {
    const small = createEngine(knowledge, { answerCacheSize: 2 });
    const first = small.answer("where is volkov based");
    expect(small.answer("where is volkov based")).toBe(first);
    small.answer("hashtag");
    small.answer("who is yulia");
    const again = small.answer("where is volkov based");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe("answers are independent of what was asked before", () => {
  it("gives the same answers to the same questions asked in the opposite order (no cache)", () => {
    const questions = ["what about it", "how old is navalny", "where is volkov based", "what is the hashtag", "why", "who is yulia", "what"];
    const forward = createEngine(knowledge, { answerCacheSize: 0 });
    const backward = createEngine(knowledge, { answerCacheSize: 0 });
    const a = questions.map((q) => forward.answer(q));
    const b = [...questions].reverse().map((q) => backward.answer(q)).reverse();
    expect(b).toEqual(a);
  });
});
