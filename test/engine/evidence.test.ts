// Reading a sentence for what it states: times, places, amounts, people, reasons, who speaks, and
// what is only supposed. Generic rules, shown on a made-up story and on the article itself.
import { describe, expect, it } from "vitest";
import { createVocabulary } from "../../src/engine/analyzer.js";
import { readEvidence, TAG, type Evidence } from "../../src/engine/evidence.js";
import { readArticle } from "../../src/engine/read-article.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

const vocabulary = createVocabulary([]);
const lexicon = { conceptOf: (w: string) => (/^(the|a|of|in|on|at|to|was|were|is|he|she|they|that|could|be|by|for|and|said)$/.test(w) ? undefined : vocabulary.conceptOf(w)), names: new Set(["oslo", "maria", "ivanova"]), phraseAt: vocabulary.phraseAt };
const read = (text: string, previous?: string) => readEvidence(text, lexicon, previous);
const tagged = (e: Evidence, tag: number) => e.tokens.filter((t) => t.tags & tag).map((t) => t.word);

describe("reading a sentence", () => {
  it("marks times, durations and amounts: days, parts of the day, 'last month', '15 minutes', '300 people'", () => {
    const e = read("About 300 people met in Oslo on Monday evening for 15 minutes, after a strike last month.");
    expect(tagged(e, TAG.time)).toEqual(expect.arrayContaining(["monday", "evening", "month"]));
    expect(tagged(e, TAG.duration)).toEqual(["15", "minutes"]);
    expect(tagged(e, TAG.amount)).toEqual(expect.arrayContaining(["300", "15"]));
  });

  it("takes a name after 'in' or 'at' for a place, and a name elsewhere for a person", () => {
    const e = read("Maria Ivanova spoke at a rally in Oslo.");
    expect(tagged(e, TAG.place)).toEqual(["oslo"]);
    expect(tagged(e, TAG.person)).toEqual(expect.arrayContaining(["maria", "ivanova"]));
  });

  it("marks what follows 'could' as supposed, not stated", () => {
    const e = read("They gathered despite warnings that they could be arrested.");
    expect(e.tokens.find((t) => t.word === "arrested")?.tags ?? 0).toBe(e.tokens.find((t) => t.word === "arrested")!.tags | TAG.hedged);
    expect((e.tokens.find((t) => t.word === "gathered")?.tags ?? 0) & TAG.hedged).toBe(0);
  });

  it("finds who speaks: the subject of 'said', or the one named after a closing quotation mark", () => {
    expect([...(read("“We will win,” Maria Ivanova, a journalist, wrote on Sunday.").statements[0]?.speakers ?? [])]).toEqual(expect.arrayContaining(["ivanova", "journalist"]));
    expect([...(read("The minister said the bridge was closed.").statements[0]?.speakers ?? [])]).toEqual(["minist"]);
  });

  it("takes who does something in each clause, with the words naming it ('Western countries are considering…')", () => {
    const article = readArticle(loadKnowledge());
    expect([...(article.evidence.get("7.1") as Evidence).agents]).toEqual(expect.arrayContaining(["navalni", "western", "countri"]));
  });

  it("resolves a sentence opening with 'He' to whom the sentence before was about", () => {
    const first = read("Ivanova was elected mayor.");
    const second = read("He said the bridge was closed.", first.subject);
    expect(first.subject).toBe("ivanova");
    expect(second.concepts.has("ivanova")).toBe(true);
    expect([...(second.statements[0]?.speakers ?? [])]).toEqual(["ivanova"]);
  });

  it("hangs a place phrase on the word before it: 'return from Germany' is not 'poisoning in Germany'", () => {
    const article = readArticle(loadKnowledge());
    const e = article.evidence.get("6.1") as Evidence;
    const germany = e.tokens.find((t) => t.word === "germany");
    expect(e.tokens[germany?.head ?? -1]?.word).toBe("return");
  });
});

describe("reading the article", () => {
  const article = readArticle(loadKnowledge());

  it("knows Volkov wrote the quoted tweet, the Kremlin denied, and a woman in the chain spoke", () => {
    const speakers = (id: string) => article.evidence.get(id)?.statements.flatMap((s) => [...s.speakers]);
    expect(speakers("8.1")).toContain("volkov");
    expect(speakers("7.2")).toEqual(["kremlin"]);
    expect(speakers("13.1")).toContain("woman");
  });

  it("reads 'He was jailed' (6.2) and 'He urged people' (10.1) as Navalny and Volkov", () => {
    expect(article.evidence.get("6.2")?.concepts.has("navalni")).toBe(true);
    expect(article.evidence.get("10.1")?.concepts.has("volkov")).toBe(true);
  });
});
