import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexSentences, splitParagraphs, splitSentences } from "../../src/engine/split-sentences.js";
import { loadKnowledge, parseArticle } from "../../src/knowledge/load.js";

describe("splitting our article", () => {
  const { sentences } = loadKnowledge();

  it("gives exactly 17 sentences: two in paragraphs 6 and 7, one in every other", () => {
    expect(sentences).toHaveLength(17);
    const perParagraph = new Map<number, number>();
    for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
    expect([...perParagraph.values()]).toEqual([1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(sentences.map((s) => s.id)).toContain("6.2");
    expect(sentences.map((s) => s.id)).toContain("7.2");
  });

  it("keeps the Volkov quotation in paragraph 8 together with its attribution", () => {
    const s8 = sentences.find((s) => s.id === "8.1");
    expect(s8?.text.startsWith("“Putin is fear. Navalny is love. That’s why we will win,” Leonid Volkov")).toBe(true);
    expect(s8?.text.endsWith("in a call for people to gather on Sunday.")).toBe(true);
  });

  it("ends sentence 6.1 at 'nerve agent.' and starts 6.2 at 'He was jailed'", () => {
    expect(sentences.find((s) => s.id === "6.1")?.text.endsWith("a nerve agent.")).toBe(true);
    expect(sentences.find((s) => s.id === "6.2")?.text.startsWith("He was jailed on February 2")).toBe(true);
  });

  it("loses no character of the article: sentences rejoin into the paragraphs", () => {
    const article = readFileSync(new URL("../../knowledge/article.txt", import.meta.url), "utf8");
    const paragraphs = splitParagraphs(parseArticle(article).body);
    for (const [i, p] of paragraphs.entries()) {
      expect(sentences.filter((s) => s.paragraph === i + 1).map((s) => s.text).join(" ")).toBe(p);
    }
  });
});

describe("splitting other articles", () => {
  it("does not end a sentence at St, Mr., Dr., U.S., an initial or a month abbreviation", () => {
    expect(splitSentences("Mr. Smith met Dr. Jones in St. Louis on Jan. 5 with J. K. Rowling. The U.S. Senate was told.")).toEqual([
      "Mr. Smith met Dr. Jones in St. Louis on Jan. 5 with J. K. Rowling.",
      "The U.S. Senate was told.",
    ]);
  });

  it("does not split decimals or times, and keeps dashes inside the sentence", () => {
    expect(splitSentences("Turnout rose 3.5 per cent – a record – by 10.30. Then it fell.")).toEqual([
      "Turnout rose 3.5 per cent – a record – by 10.30.",
      "Then it fell.",
    ]);
  });

  it("splits after a quotation that ends a sentence, but not inside one", () => {
    expect(splitSentences("She said: “We won. It is over.” Then she left.")).toEqual(["She said: “We won. It is over.”", "Then she left."]);
    expect(splitSentences('"Stop. Now," he said. It was late.')).toEqual(['"Stop. Now," he said.', "It was late."]);
  });

  it("ends sentences at ? and ! and keeps a final sentence without a full stop", () => {
    expect(splitSentences("Was it 1.5 million? Yes! Maybe not")).toEqual(["Was it 1.5 million?", "Yes!", "Maybe not"]);
  });

  it("numbers sentences P.S from 1 within each paragraph", () => {
    const ids = indexSentences(splitParagraphs("One. Two.\n\nThree.\n\n\nFour? Five.")).map((s) => s.id);
    expect(ids).toEqual(["1.1", "1.2", "2.1", "3.1", "3.2"]);
  });
});
