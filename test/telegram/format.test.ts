import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/engine/types.js";
import { type AnswerView, formatAnswerHtml } from "../../src/telegram/format.js";
import { expectSendableHtml, visibleText } from "../helpers/telegram-html.js";

const hostile = `<script>alert("x")</script> & <b>bold</b>`;
const EN: AnswerView = { lang: "en", title: "The article" };
const RU: AnswerView = { lang: "ru", title: "The article" };

function answer(fields: Partial<Extract<Answer, { kind: "answer" }>> = {}): Answer {
  return { kind: "answer", source: "qa", entryId: "e", shortAnswer: "In Lithuania.", citations: [{ id: "9.1", text: "Volkov is based in Lithuania." }], confidence: 1, alternatives: [], ...fields };
}

function none(fields: Partial<Extract<Answer, { kind: "none" }>> = {}): Answer {
  return { kind: "none", reason: "not-in-article", message: "The engine's own words.", related: [], suggestions: [], ...fields };
}

const YULIA = { id: "yulia", question: "Who is Yulia?", label: "Who is Yulia?", labelRu: "Кто такая Юлия?" };

describe("formatAnswerHtml", () => {
  it("puts the short answer first, then each cited sentence in quotes with its short citation", () => {
    const html = formatAnswerHtml(answer({ citations: [{ id: "9.1", text: "First." }, { id: "12.2", text: "Second." }] }), EN);
    expect(html).toBe("<b>In Lithuania.</b>\n\n“First.” [¶9.1]\n\n“Second.” [¶12.2]");
  });

  it("does not wrap a sentence that opens with its own quotation in a second pair of quotes", () => {
    const text = "“Putin is fear. Navalny is love. That’s why we will win,” Leonid Volkov wrote.";
    expect(formatAnswerHtml(answer({ citations: [{ id: "8.1", text }] }), EN)).toBe(`<b>In Lithuania.</b>\n\n${text} [¶8.1]`);
  });

  it("introduces a passage answer, which has no short answer, as coming from the article", () => {
    const html = formatAnswerHtml(answer({ source: "passage", shortAnswer: undefined }), EN);
    expect(visibleText(html)).toBe("From the article:\n“Volkov is based in Lithuania.” [¶9.1]");
  });

  it("says 'Did you mean' in the text when alternatives are offered as buttons, and not inline, where there are none", () => {
    const withAlternative = answer({ alternatives: [YULIA] });
    expect(visibleText(formatAnswerHtml(withAlternative, EN))).toMatch(/Did you mean one of these\?$/);
    expect(visibleText(formatAnswerHtml(withAlternative, { ...EN, inline: true }))).not.toMatch(/Did you mean/);
  });

  it("escapes HTML in every piece of text it is given", () => {
    const cases: Array<[Answer, AnswerView]> = [
      [answer({ shortAnswer: hostile, citations: [{ id: "1.1", text: hostile }] }), { ...EN, question: hostile }],
      [answer({ shortAnswer: hostile, shortAnswerRu: hostile }), RU],
      [none({ gapId: "gap", message: hostile, related: [{ id: "1.1", text: hostile }] }), EN],
      [none({ gapId: "gap", messageRu: hostile }), RU],
    ];
    for (const [given, view] of cases) {
      const html = formatAnswerHtml(given, view);
      expectSendableHtml(html);
      expect(visibleText(html)).toContain(hostile);
    }
  });

  it("never goes over 4096 characters, dropping whole quotes rather than cutting one", () => {
    const long = "A sentence full of “quoted” words & <symbols> that go on. ".repeat(12);
    const many = answer({ citations: Array.from({ length: 40 }, (_, i) => ({ id: `${i + 1}.1`, text: long })), alternatives: [YULIA] });
    for (const view of [EN, RU, { ...EN, inline: true }]) {
      const html = formatAnswerHtml(many, view);
      expectSendableHtml(html);
      expect(html.length).toBeLessThanOrEqual(4096);
      expect(html).toContain("/article");
      expect(html.split("[¶").length - 1).toBeLessThan(40);
    }
  });
});

describe("an answer for a Russian reader", () => {
  it("gives the curated Russian short answer, and marks the quotes as the English original", () => {
    const html = formatAnswerHtml(answer({ shortAnswerRu: "В Литве." }), RU);
    expect(visibleText(html)).toBe("В Литве.\n\nИз статьи (цитата в оригинале, на английском):\n“Volkov is based in Lithuania.” [¶9.1]");
  });

  it("falls back to the English short answer when no Russian one is curated", () => {
    expect(visibleText(formatAnswerHtml(answer(), RU))).toMatch(/^In Lithuania\.\n\nИз статьи/);
  });
});

describe("when the article doesn't say", () => {
  it("says so in the reader's language rather than the engine's generic English, and points to the buttons", () => {
    expect(visibleText(formatAnswerHtml(none({ suggestions: [YULIA] }), EN))).toBe("The article doesn't say.\n\nHere is what it does answer:");
    expect(visibleText(formatAnswerHtml(none({ suggestions: [YULIA] }), RU))).toBe("В статье об этом не сказано.\n\nВот на что в ней есть ответ:");
  });

  it("never lists the suggestions in the text: they are the buttons", () => {
    expect(visibleText(formatAnswerHtml(none({ suggestions: [YULIA] }), EN))).not.toContain(YULIA.question);
  });

  it("points to /article when it has nothing to suggest", () => {
    expect(visibleText(formatAnswerHtml(none(), EN))).toMatch(/\/article/);
  });

  it.each([
    ["empty", "Ask me something about the article."],
    ["too-long", "That message is too long for me: please ask one short question."],
  ] as const)("words the %s case itself", (reason, text) => {
    expect(visibleText(formatAnswerHtml(none({ reason }), EN))).toMatch(new RegExp(`^${text.replace(/[.?]/g, "\\$&")}`));
  });

  it("names a known gap in the engine's words, or the Russian ones when curated, and shows what the article does say nearby", () => {
    const gap = none({ gapId: "nerve-agent", message: "The article doesn't name the nerve agent.", messageRu: "В статье не названо, каким веществом.", related: [{ id: "6.1", text: "He was poisoned with a nerve agent." }] });
    expect(visibleText(formatAnswerHtml(gap, EN))).toBe(
      "The article doesn't name the nerve agent.\n\nWhat the article does say:\n“He was poisoned with a nerve agent.” [¶6.1]\n\nSend /article to read what it does cover.",
    );
    expect(visibleText(formatAnswerHtml(gap, RU))).toMatch(/^В статье не названо, каким веществом\.\n\nЧто в статье об этом есть:\n“He was poisoned/);
  });

  it("gives a Russian reader the generic Russian words for a known gap that has no Russian message", () => {
    expect(visibleText(formatAnswerHtml(none({ gapId: "nerve-agent", message: "The article doesn't name it." }), RU))).toMatch(/^В статье об этом не сказано\./);
  });
});

describe("small talk", () => {
  it("is answered from the catalogue by its intent, in the reader's language, naming the article", () => {
    const hello: Answer = { kind: "chitchat", intent: "greeting", reply: "The engine's English." };
    expect(visibleText(formatAnswerHtml(hello, EN))).toBe("Hello! Ask me anything about the article: The article");
    expect(visibleText(formatAnswerHtml(hello, RU))).toMatch(/^Здравствуйте!/);
  });
});
