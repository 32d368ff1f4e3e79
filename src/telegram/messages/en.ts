// The bot's own words in English, in Telegram HTML. Every function escapes what it is given.
// ru.ts must have the same keys (the type says so, and a test checks none is empty).
import type { ChitchatIntent } from "../../engine/types.js";
import { citationMark } from "../../presentation/citation.js";
import { escapeHtml as e } from "../html.js";

const CITE = citationMark("9.1");

export const en = {
  commandMenu: {
    ask: "Ask a question about the article",
    article: "Read the article with paragraph numbers",
    about: "What I know and how I cite",
    help: "How to ask, here, in groups and inline",
    privacy: "What I keep, and for how long",
    forget: "Delete what I keep about you",
    start: "Welcome and example questions",
  },
  welcome: (title: string) =>
    [
      "<b>Hi! I answer questions about one news article</b>, quoting its own sentences.",
      `The article: <i>${e(title)}</i>`,
      "Ask me anything about it, or tap one of these to start:",
    ].join("\n\n"),
  help: (botUsername: string, example: string) =>
    [
      "<b>How to ask</b>",
      `• In this chat, just send a question, e.g. <i>${e(example)}</i>`,
      "• Then follow up: <i>and when?</i>, <i>why?</i>, <i>tell me more</i>, or reply to one of my answers.",
      "• In a group, write <code>/ask your question</code>, mention me, or reply to one of my messages.",
      `• In any chat, type <code>${e(`@${botUsername}`)} your question</code> and pick an answer to send it there.`,
      "",
      `Every answer quotes the article and says where: ${CITE} is paragraph 9, sentence 1. Tap <b>Show context</b> to read around it.`,
      "",
      "/article — the article with paragraph numbers\n/about — what I know and how I cite\n/privacy — what I keep\n/forget — delete it",
    ].join("\n"),
  about: (title: string, paragraphs: number, sentences: number) =>
    [
      `<b>What I know</b>\nOne article: <i>${e(title)}</i> (${paragraphs} paragraphs, ${sentences} sentences).`,
      `<b>How I answer</b>\nOnly from that article. I quote its sentences word for word and cite each one: ${CITE} means ` +
        "paragraph 9, sentence 1. If the article does not say, I tell you so instead of guessing.",
      "Read it all with /article.",
    ].join("\n\n"),
  /** `logDays` is how long questions are kept; undefined when no question is logged. */
  privacy: (minutes: number, logDays?: number) =>
    [
      "<b>What I keep</b>",
      "• Nothing about who you are: no names, usernames or user ids.",
      `• So that you can follow up (<i>and when?</i>), I remember which answer I gave last in a private chat, not your words, for ${minutes} minutes, in memory only.`,
      logDays === undefined
        ? "• No log of questions: what you ask me is not kept."
        : `• The questions you ask me in chats (not what you type inline), with my answer and your 👍 or 👎, for ${logDays} days: ` +
          "they show what the article leaves open and which answers miss. They are filed under a code made from your account " +
          "that does not reveal it, only so that I can find them to delete them.",
      "/forget deletes what I keep about you.",
    ].join("\n"),
  forgotten: "Done: I deleted the questions you asked me, your 👍 and 👎, and which answer I gave you last. Nothing else about you is kept.",
  askPrompt: (example: string) => `What would you like to know about the article? Write it after the command, e.g. <code>/ask ${e(example)}</code>`,
  mentionPrompt: (example: string) => `Yes? Ask me something about the article, e.g. <i>${e(example)}</i>`,
  noTopic: (example: string) => `About what? Ask me a whole question, e.g. <i>${e(example)}</i>`,
  notText: "I answer text questions about the article. Send me a question, or /help to see how.",
  edited: "I don't re-read edited messages. Send the question again as a new message.",
  unknownCommand: "I don't know that command. /help shows what I can do.",
  staleButton: "That button is out of date. Ask me again.",
  votedUp: "Thanks! Glad it helped.",
  votedDown: "Thanks for telling me: the people who curate my answers will see it.",

  /** Heads the quotes of an answer without a short answer; Russian readers see it under every short answer too. */
  fromTheArticle: "From the article:",
  didYouMean: "Did you mean one of these?",
  noAnswer: {
    "not-in-article": "The article doesn't say.",
    empty: "Ask me something about the article.",
    "too-long": "That message is too long for me: please ask one short question.",
  },
  whatItDoesSay: "What the article does say:",
  suggestionsBelow: "Here is what it does answer:",
  readTheArticle: "Send /article to read what it does cover.",
  moreOfTheArticle: "More of the article: /article",
  chitchat: {
    greeting: (title: string) => `Hello! Ask me anything about the article: <i>${e(title)}</i>`,
    thanks: () => "You're welcome! Ask another question about the article whenever you like.",
    acknowledgement: () => "Anything else you'd like to know about the article? Just ask.",
    bye: () => "Goodbye! Come back with more questions about the article any time.",
    identity: (title: string) =>
      `I'm a bot that answers questions about one news article, <i>${e(title)}</i>, only with its own sentences, quoted and cited. /about says more.`,
    capabilities: () =>
      "Ask me about the article (who, what, where, when, why) and I answer with its own sentences, cited by paragraph. If it doesn't say, I tell you so. /help shows how.",
    help: () => "Just type a question about the article in your own words; typos are fine. /help shows more ways to ask.",
  } satisfies Record<ChitchatIntent, (title: string) => string>,

  showContext: "📖 Show context",
  contextHeading: (paragraphs: string) => `<i>The article, ${e(paragraphs)}:</i>`,
  saysNoMore: "That is all the article says about it. Here is the text around it:",

  inlineNotCovered: "Not in the article – see what it covers",
  inlineFooter: (title: string) => `<i>From the article “${e(title)}”</i>`,
  articleInGroup: "The whole article is long for a group chat, so I send it in a private chat:",
  openArticle: "📄 Read the article",
  source: "Source:",
  /** The link text when the header gives an address but no publisher. */
  original: "the original",
};

export type Messages = typeof en;
