import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/engine/types.js";
import { formatAnswerHtml } from "../../src/telegram/format.js";
import { expectSendableHtml, visibleText } from "../helpers/telegram-html.js";

const hostile = `<script>alert("x")</script> & <b>bold</b>`;

function answer(fields: Partial<Extract<Answer, { kind: "answer" }>> = {}): Answer {
  return { kind: "answer", source: "qa", entryId: "e", shortAnswer: "In Lithuania.", citations: [{ id: "9.1", text: "Volkov is based in Lithuania." }], confidence: 1, alternatives: [], ...fields };
}

describe("formatAnswerHtml", () => {
  it("puts the short answer first, then each cited sentence in quotes with its paragraph and sentence id", () => {
    const html = formatAnswerHtml(answer({ citations: [{ id: "9.1", text: "First." }, { id: "12.2", text: "Second." }] }));
    expect(html).toBe("<b>In Lithuania.</b>\n\n“First.” [¶9, sentence 9.1]\n\n“Second.” [¶12, sentence 12.2]");
  });

  it("does not wrap a sentence that opens with its own quotation in a second pair of quotes", () => {
    const text = "“Putin is fear. Navalny is love. That’s why we will win,” Leonid Volkov wrote.";
    expect(formatAnswerHtml(answer({ citations: [{ id: "8.1", text }] }))).toBe(`<b>In Lithuania.</b>\n\n${text} [¶8, sentence 8.1]`);
  });

  it("introduces a passage answer, which has no short answer, as coming from the article", () => {
    const html = formatAnswerHtml(answer({ source: "passage", shortAnswer: undefined }));
    expect(visibleText(html)).toMatch(/^From the article:\n\n“Volkov is based in Lithuania\.”/);
  });

  it("escapes HTML in every piece of text it is given", () => {
    const cases: Answer[] = [
      answer({ shortAnswer: hostile, citations: [{ id: "1.1", text: hostile }] }),
      { kind: "chitchat", intent: "greeting", reply: hostile },
      { kind: "none", reason: "not-in-article", message: hostile, related: [], suggestions: [{ id: "x", question: hostile, label: hostile }] },
    ];
    for (const html of cases.map(formatAnswerHtml)) {
      expectSendableHtml(html);
      expect(visibleText(html)).toContain(hostile);
    }
  });

  it("says what the article does cover when it has no answer", () => {
    const html = formatAnswerHtml({
      kind: "none",
      reason: "not-in-article",
      message: "The article doesn't say.",
      related: [],
      suggestions: [{ id: "a", question: "Where is Volkov based?", label: "Where is Volkov based?" }, { id: "b", question: "Who is Yulia?", label: "Who is Yulia?" }],
    });
    expect(html).toBe("The article doesn't say.\n\nIt does cover, for example:\n• Where is Volkov based?\n• Who is Yulia?");
  });

  it("never goes over 4096 characters, dropping whole quotes rather than cutting one", () => {
    const long = "A sentence full of “quoted” words & <symbols> that go on. ".repeat(12);
    const html = formatAnswerHtml(answer({ citations: Array.from({ length: 40 }, (_, i) => ({ id: `${i + 1}.1`, text: long })) }));
    expectSendableHtml(html);
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(html).toMatch(/\/article<\/i>$/);
    expect(html.split("[¶").length - 1).toBeLessThan(40);
  });
});
