import { describe, expect, it } from "vitest";
import { american, foldText, stem, toCyrillic, words } from "../../src/engine/normalize.js";
import { editDistance, lacksOnlyVowels, soundsAlike } from "../../src/engine/spelling.js";
import { analyze } from "../../src/engine/analyzer.js";
import { readArticle } from "../../src/engine/read-article.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

describe("normalizing text", () => {
  it("folds case, curly apostrophes and diacritics", () => {
    expect(foldText("NAVALNY’S Café")).toBe("navalny's cafe");
  });

  it("drops possessives and punctuation, and splits hyphenated words", () => {
    expect(words("Navalny’s candle-lit vigils, in Russia!")).toEqual(["navalny", "candle", "lit", "vigils", "in", "russia"]);
  });

  it("keeps the place asked for in 'which country's X': which country, of X", () => {
    expect(words("What country’s protests does it resemble?")).toEqual(["what", "country", "of", "protests", "does", "it", "resemble"]);
    expect(words("Which neighbouring country's protests")).toEqual(["which", "neighbouring", "country", "of", "protests"]);
  });

  it("keeps a Latin-lettered Russian word whole across its soft-sign apostrophe, and English contractions apart", () => {
    expect(words("v voskresen'e")).toEqual(["v", "voskresene"]);
    expect(words("don't we'll")).toEqual(["don", "t", "we", "ll"]);
  });

  it("reduces inflections so that forms of one word meet", () => {
    expect(stem("arrested")).toBe(stem("arrests"));
    expect(stem("gatherings")).toBe(stem("gathering"));
    expect(stem("навального")).toBe(stem(words("Навальный")[0] ?? ""));
    expect(stem("задержали")).toBe(stem("задержал"));
  });

  it("keeps й, which the Russian stemmer needs, and reads ё as е", () => {
    expect(words("Какой ЁЖ")).toEqual(["какой", "еж"]);
  });

  it("reads Latin-lettered Russian as Cyrillic", () => {
    expect(toCyrillic("zhivet")).toBe("живет");
    expect(toCyrillic("yuliya")).toBe("юлия");
    expect(toCyrillic("navalnyi")).toBe("навалный");
    expect(toCyrillic("shchi")).toBe("щи");
    expect(toCyrillic("sejchas")).toBe("сейчас");
    expect(toCyrillic("jasno")).toBe("ясно");
  });

  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("jial", "jail")).toBe(1);
    expect(editDistance("year", "yard")).toBe(2);
    expect(editDistance("population", "violation")).toBeGreaterThan(2);
  });

  it("stems British and American spellings alike, and leaves other -ise and -our words be", () => {
    expect(stem("organising")).toBe(stem("organizing"));
    expect(stem("neighbouring")).toBe(stem("neighboring"));
    expect(american("promise")).toBe("promise");
    expect(american("hour")).toBe("hour");
  });

  it("knows words that sound the same ('blaim' is 'blame', not 'claim')", () => {
    expect(soundsAlike("blaim", "blame")).toBe(true);
    expect(soundsAlike("blaim", "claim")).toBe(false);
  });

  it("knows a word typed without some of its vowels, and only that", () => {
    expect(lacksOnlyVowels("poisnd", "poisoned")).toBe(true);
    expect(lacksOnlyVowels("arrstd", "arrested")).toBe(true);
    expect(lacksOnlyVowels("posted", "poisoned")).toBe(false);
    expect(lacksOnlyVowels("prsn", "prison")).toBe(false); // two vowels left out of five letters is another word as often
  });
});

describe("chat shorthand", () => {
  it("is spelled out before a word is read", () => {
    const article = readArticle(loadKnowledge());
    const read = (q: string) => analyze(q, article.vocabulary).tokens.map((t) => t.word);
    expect(read("wat r ppl sayin abt the vigils")).toEqual(["what", "are", "people", "saying", "about", "the", "vigils"]);
    expect(read("navalny is luv")).toEqual(["navalny", "is", "love"]);
  });
});
