import { describe, expect, it } from "vitest";
import { createConversation, topicOf } from "../../src/conversation/index.js";
import { createFollowUpReader } from "../../src/conversation/follow-up.js";
import { createTopicMemory } from "../../src/conversation/memory.js";
import { indexSentences } from "../../src/engine/split-sentences.js";
import type { Knowledge } from "../../src/engine/types.js";
import { engine } from "../helpers/test-bot.js";

// A small article of its own, so that these tests read follow-ups, not the shipped knowledge.
const paragraphs = [
  "Maria Ivanova was elected mayor of the town on Monday.",
  "She promised to rebuild the old bridge by spring. The council agreed.",
];
const fixture: Knowledge = {
  title: "A mayor is elected",
  paragraphs,
  sentences: indexSentences(paragraphs),
  qa: [
    { id: "who-mayor", questions: ["Who is Maria Ivanova?", "mayor", "new mayor"], answer: "The new mayor.", cites: ["1.1"] },
    { id: "why-bridge", questions: ["Why is the bridge closed?", "bridge", "old bridge"], answer: "It is old.", cites: ["2.1"] },
    { id: "what-vote", questions: ["What was the vote?", "vote", "election"], answer: "An election.", cites: ["1.1"] },
  ],
  gaps: [],
  lexicon: [],
  realWords: [],
  synonyms: [["ivanova", "иванова"]],
};
const reader = createFollowUpReader(fixture);
const MAYOR = { entryId: "who-mayor", sentenceIds: ["1.1"] };
const BRIDGE = { entryId: "why-bridge", sentenceIds: ["2.1"] };

describe("reading a follow-up", () => {
  it.each(["Where was the vote?", "and Ivanova?", "что сделала Иванова?", "how old is the bridge"])("'%s' has a subject of its own", (question) => {
    expect(reader.read(question, MAYOR)).toEqual({ kind: "own" });
  });

  it.each([
    ["and when?", BRIDGE, "when is the bridge closed"],
    ["how long?", BRIDGE, "how long is the bridge closed"],
    ["а когда?", BRIDGE, "когда is the bridge closed"],
  ])("a bare '%s' takes the previous question's subject", (question, topic, expected) => {
    expect(reader.read(question, topic)).toEqual({ kind: "rewritten", question: expected });
  });

  it.each([
    ["what did she promise?", "what did Maria Ivanova promise?"],
    ["что она обещала?", "что Maria Ivanova обещала?"],
  ])("'%s' reads the pronoun as the names of the previous question", (question, expected) => {
    expect(reader.read(question, MAYOR)).toEqual({ kind: "rewritten", question: expected });
  });

  it("puts the subject in for a pronoun even in a question of nothing else ('where is she now?')", () => {
    expect(reader.read("where is she now?", MAYOR)).toEqual({ kind: "rewritten", question: "where is Maria Ivanova now?" });
  });

  it("reads a pronoun as the previous question's words when it names no one", () => {
    expect(reader.read("what did they vote for?", { entryId: "what-vote", sentenceIds: ["1.1"] })).toEqual({ kind: "rewritten", question: "what did the vote vote for?" });
  });

  it("takes the subject of a passage (no entry) from its cited sentence", () => {
    expect(reader.read("what did she promise?", { sentenceIds: ["1.1"] })).toEqual({ kind: "rewritten", question: "what did Maria Ivanova promise?" });
  });

  it.each(["tell me more", "more please", "what else?", "расскажи подробнее", "а ещё?"])("'%s' asks for more", (question) => {
    expect(reader.read(question, MAYOR)).toEqual({ kind: "more" });
  });

  it.each(["no more, thanks", "thanks", "ok", "hello"])("'%s' is no follow-up", (question) => {
    expect(reader.read(question, MAYOR)).toEqual({ kind: "own" });
  });

  it.each(["why?", "tell me more", "where is she now?"])("'%s' with no previous answer has nothing to follow", (question) => {
    expect(reader.read(question, undefined)).toEqual({ kind: "no-topic" });
  });
});

describe("a conversation over the engine", () => {
  const conversation = createConversation(engine);
  const topic = { sentenceIds: ["6.2"] };

  it("answers small talk as small talk, even after an answer: 'who are you?' is not 'who' about it", () => {
    const reply = conversation.reply("who are you?", topic);
    expect(reply).toMatchObject({ kind: "answer", answer: { kind: "chitchat" }, followedUp: false });
  });

  it("ignores a topic naming sentences the article no longer has (an old message replied to)", () => {
    expect(conversation.reply("and when?", { sentenceIds: ["99.1"] })).toEqual({ kind: "no-topic" });
  });

  it("reads 'where is he now?' with the previous answer's subject, not the previous question's words", () => {
    const navalny = topicOf(engine.answer("Who is Navalny?"));
    const volkov = topicOf(engine.answer("What did Volkov write?"));
    // Navalny: the article says he was jailed, not where he is held; Volkov: based in Lithuania (9.1).
    expect(conversation.reply("where is he now?", navalny)).toMatchObject({ kind: "answer", answer: { kind: "none", gapId: "gap-which-prison" } });
    expect(conversation.reply("where is he now?", volkov)).toMatchObject({ kind: "answer", answer: { kind: "answer", citations: [{ id: "9.1" }] }, followedUp: true });
  });

  it("reads a pronoun with the previous subject even when the question names a place after it, not when a name comes before it", () => {
    const volkov = topicOf(engine.answer("Где сейчас Волков?"));
    // "а почему он не в России?": he is Volkov; the article doesn't say why he is in Lithuania (a known gap).
    expect(conversation.reply("а почему он не в России?", volkov)).toMatchObject({ kind: "answer", answer: { kind: "none", gapId: "gap-volkov-lithuania" }, followedUp: true });
    // "Who is Navalny and where is he now?": he is Navalny, whatever came before.
    expect(conversation.reply("Who is Navalny and where is he now?", volkov)).toMatchObject({ kind: "answer", followedUp: false });
  });

  it("keeps what a question with an 'it' but a subject of its own gets alone ('Which nerve agent was it?': a known gap)", () => {
    const alone = engine.answer("Which nerve agent was it?");
    expect(alone).toMatchObject({ kind: "none", gapId: "gap-nerve-agent-name" });
    expect(conversation.reply("Which nerve agent was it?", undefined)).toEqual({ kind: "answer", answer: alone, followedUp: false });
    expect(conversation.reply("Which nerve agent was it?", topicOf(engine.answer("What did Volkov write?")))).toEqual({ kind: "answer", answer: alone, followedUp: false });
  });

  it("answers a question that only looks like a follow-up as the engine reads it when there is nothing to follow", () => {
    const alone = engine.answer("what did he write?");
    expect(conversation.reply("what did he write?", undefined)).toEqual({ kind: "answer", answer: alone, followedUp: false });
  });
});

describe("the topic memory", () => {
  it("forgets a chat's topic after its time", () => {
    let now = 0;
    const memory = createTopicMemory({ minutes: 10, now: () => now });
    memory.remember(1, MAYOR);
    now = 9 * 60_000;
    expect(memory.recall(1)).toEqual(MAYOR);
    now = 11 * 60_000;
    expect(memory.recall(1)).toBeUndefined();
  });

  it("keeps at most so many chats, forgetting the one quiet longest", () => {
    const memory = createTopicMemory({ maxChats: 2 });
    memory.remember(1, MAYOR);
    memory.remember(2, MAYOR);
    memory.remember(1, BRIDGE);
    memory.remember(3, MAYOR);
    expect([memory.recall(1), memory.recall(2), memory.recall(3)]).toEqual([BRIDGE, undefined, MAYOR]);
  });
});
