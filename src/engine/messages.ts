import type { ChitchatIntent } from "./types.js";

// Everything the engine says in its own words (not the article's), in one place.
export const CHITCHAT_REPLIES: Readonly<Record<ChitchatIntent, string>> = Object.freeze({
  greeting:
    "Hello! Ask me anything about the article on the candle-lit courtyard vigils for Alexey Navalny and the women's chains in Moscow and St Petersburg.",
  thanks: "You're welcome! Ask another question about the article whenever you like.",
  acknowledgement: "Anything else you'd like to know about the article? Just ask.",
  bye: "Goodbye! Come back with more questions about the article any time.",
  identity:
    "I'm a bot that answers questions about one news article: the candle-lit courtyard vigils for Alexey Navalny on Valentine's Day and the women's chains in Moscow and St Petersburg. I reply only with the article's own sentences, quoted and cited by paragraph.",
  capabilities:
    "Ask me a question about the article (who, what, where, when, why) and I'll answer with its own sentences, cited by paragraph. If the article doesn't say, I'll tell you so instead of guessing. For example: \"Where were the vigils held?\" or \"Who is Volkov?\"",
  help:
    "Just type a question about the article, in your own words — typos are fine. I answer with the article's own sentences and cite the paragraph each comes from. For example: \"Why was Navalny jailed?\" or \"How many women formed the chain?\"",
});

export const NONE_MESSAGES = Object.freeze({
  "not-in-article": "The article doesn't say. It covers the courtyard vigils for Navalny, his arrest and jailing, his allies' calls to gather, and the women's chains in Moscow and St Petersburg.",
  empty: "Ask me something about the article — for example, \"Where were the vigils held?\"",
  "too-long": "That message is too long for me: please ask one short question (up to 500 characters).",
});
