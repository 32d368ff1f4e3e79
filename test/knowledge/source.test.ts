import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/knowledge/load.js";
import { KNOWLEDGE_ERRORS } from "../../src/knowledge/messages.js";

const article = (...header: string[]) => ["---", "title: A title", ...header, "---", "The text."].join("\n");

describe("the article header's source", () => {
  it("is read from publisher:, url: and date: lines when the header has them", () => {
    const parsed = parseArticle(article("publisher: Example News", "url: https://example.com/a?b=1&c=2", "date: 14 February 2021"));
    expect(parsed.source).toEqual({ publisher: "Example News", url: "https://example.com/a?b=1&c=2", date: "14 February 2021" });
    expect(parsed.body).toBe("The text.");
  });

  it("holds only what the header names", () => {
    expect(parseArticle(article("date: 2021-02-14")).source).toEqual({ date: "2021-02-14" });
  });

  it("is absent when the header names none, and a note line is not taken for one", () => {
    expect(parseArticle(article("note: Publisher, author and date are not given.")).source).toBeUndefined();
  });

  it.each(["example.com/a", "javascript:alert(1)", "ftp://example.com/a"])("refuses %s as an address, saying why", (url) => {
    expect(() => parseArticle(article(`url: ${url}`))).toThrow(KNOWLEDGE_ERRORS.badSourceUrl(url));
  });
});
