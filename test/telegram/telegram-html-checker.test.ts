import { describe, expect, it } from "vitest";
import { telegramHtmlErrors, visibleText } from "../helpers/telegram-html.js";

describe("the Telegram HTML checker", () => {
  it.each([
    "plain text",
    "<b>bold</b> <strong>strong</strong> <i>it</i> <em>em</em> <u>u</u> <ins>ins</ins>",
    "<s>s</s> <strike>strike</strike> <del>del</del> <tg-spoiler>x</tg-spoiler>",
    '<span class="tg-spoiler">hidden</span> <a href="https://t.me/x?start=a&amp;b">link</a>',
    '<pre><code class="language-ts">let a = 1 &lt; 2;</code></pre> <blockquote expandable>q</blockquote>',
    '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    "<b>bold <i>and italic</i></b> &lt;b&gt; &amp; &quot;quoted&quot; &#8220;curly&#x201D;",
  ])("accepts what Telegram accepts: %s", (html) => {
    expect(telegramHtmlErrors(html)).toEqual([]);
  });

  it.each([
    ["an unsupported tag", "<div>block</div>"],
    ["a tag left open", "<b>bold"],
    ["crossed tags", "<b><i>x</b></i>"],
    ["a stray closing tag", "text</b>"],
    ["a bare ampersand", "Tom & Jerry"],
    ["a named entity Telegram does not know", "a&nbsp;b"],
    ["a bare less-than sign", "1 < 2"],
    ["a bare greater-than sign", "2 > 1"],
    ["a link without href", "<a>link</a>"],
    ["a span that is not a spoiler", '<span class="red">x</span>'],
    ["an attribute on a plain tag", '<b class="x">x</b>'],
    ["user text that was not escaped", "<script>alert(1)</script>"],
  ])("rejects %s", (_, html) => {
    expect(telegramHtmlErrors(html)).not.toEqual([]);
  });

  it("measures the text a person sees, not the markup", () => {
    expect(visibleText("<b>a &amp; b</b> &lt;3 &#8220;x&#x201D;")).toBe("a & b <3 “x”");
  });
});
