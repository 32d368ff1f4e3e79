import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/engine/types.js";
import { checkKnowledge } from "../../src/knowledge/check.js";
import { loadKnowledge, parseArticle } from "../../src/knowledge/load.js";
import { KNOWLEDGE_ERRORS } from "../../src/knowledge/messages.js";

const knowledge = loadKnowledge();
const withEntries = (edit: (qa: Knowledge["qa"]) => void): Knowledge => {
  const qa = structuredClone(knowledge.qa);
  edit(qa);
  return { ...knowledge, qa };
};

describe("the knowledge we ship", () => {
  it("passes its own check: at least 40 entries that together cite every sentence", () => {
    expect(checkKnowledge(knowledge)).toEqual([]);
    expect(knowledge.qa.length).toBeGreaterThanOrEqual(40);
  });

  it("keeps the article's words exactly as in the shared copy", () => {
    const shared = new URL("../../../shared/article.txt", import.meta.url);
    const ours = parseArticle(readFileSync(new URL("../../knowledge/article.txt", import.meta.url), "utf8")).body;
    if (existsSync(shared)) expect(ours).toBe(readFileSync(shared, "utf8"));
    expect(ours.startsWith("Supporters of opposition leader Alexey Navalny")).toBe(true);
  });

  it("has a title in its metadata header", () => {
    expect(knowledge.title).toMatch(/Navalny/);
  });
});

describe("the knowledge check names the entry at fault when", () => {
  it("an entry cites a sentence the article doesn't have", () => {
    const bad = withEntries((qa) => qa[0]?.cites.push("99.1"));
    expect(checkKnowledge(bad)).toContain(KNOWLEDGE_ERRORS.unknownCitation(knowledge.qa[0]?.id ?? "", "99.1"));
  });

  it("an entry has fewer than 3 phrasings or no citation", () => {
    const bad = withEntries((qa) => {
      if (qa[1]) qa[1].questions = ["only one"];
      if (qa[2]) qa[2].cites = [];
    });
    const problems = checkKnowledge(bad);
    expect(problems).toContain(KNOWLEDGE_ERRORS.noPhrasings(knowledge.qa[1]?.id ?? ""));
    expect(problems).toContain(KNOWLEDGE_ERRORS.noCitations(knowledge.qa[2]?.id ?? ""));
  });

  it("two entries share a phrasing, even with other case and punctuation", () => {
    const phrasing = knowledge.qa[0]?.questions[0] ?? "";
    const bad = withEntries((qa) => qa[3]?.questions.push(phrasing.toUpperCase() + "!!"));
    expect(checkKnowledge(bad).some((p) => p.startsWith(`entry "${knowledge.qa[3]?.id}": phrasing`))).toBe(true);
  });

  it("a sentence is cited by no entry", () => {
    const bad = withEntries((qa) => {
      for (const e of qa) e.cites = e.cites.filter((c) => c !== "14.1");
    });
    expect(checkKnowledge(bad)).toContain(KNOWLEDGE_ERRORS.uncitedSentence("14.1"));
  });

  it("a short answer states a number or a name its cited sentences lack", () => {
    const bad = withEntries((qa) => {
      const volkov = qa.find((e) => e.cites[0] === "9.1");
      if (volkov) volkov.answer = "Since 2019 he lives in Vilnius, Lithuania.";
    });
    const id = knowledge.qa.find((e) => e.cites[0] === "9.1")?.id ?? "";
    const problems = checkKnowledge(bad);
    expect(problems).toContain(KNOWLEDGE_ERRORS.unsupportedToken(id, "2019"));
    expect(problems).toContain(KNOWLEDGE_ERRORS.unsupportedToken(id, "Vilnius"));
    expect(problems).not.toContain(KNOWLEDGE_ERRORS.unsupportedToken(id, "Lithuania"));
  });

  it("a sentence-initial name is checked too, while a common opening word is not", () => {
    const bad = withEntries((qa) => {
      const e = qa.find((x) => x.cites[0] === "9.1");
      if (e) e.answer = "Yes. Tikhanovskaya is in Lithuania.";
    });
    const id = knowledge.qa.find((e) => e.cites[0] === "9.1")?.id ?? "";
    expect(checkKnowledge(bad)).toEqual([KNOWLEDGE_ERRORS.unsupportedToken(id, "Tikhanovskaya")]);
  });
});

describe("the knowledge check also names the entry when", () => {
  it("a short answer opens with a bare pronoun, which means nothing read on its own", () => {
    const bad = withEntries((qa) => {
      if (qa[0]) qa[0].answer = "He wrote it on Twitter.";
    });
    expect(checkKnowledge(bad)).toContain(KNOWLEDGE_ERRORS.barePronoun(knowledge.qa[0]?.id ?? "", "He wrote it on Twitter."));
  });

  it("an entry lacks its Russian short answer, or a button label longer than a phone shows", () => {
    const bad = withEntries((qa) => {
      if (qa[0]) delete qa[0].answerRu;
      if (qa[1]) qa[1].label = "A label that is far too long to fit on a phone button";
    });
    const problems = checkKnowledge(bad);
    expect(problems).toContain(KNOWLEDGE_ERRORS.missing(knowledge.qa[0]?.id ?? "", "answerRu"));
    expect(problems).toContain(KNOWLEDGE_ERRORS.longLabel(knowledge.qa[1]?.id ?? "", "label", 32));
  });

  it("a name the short answer gives is the one a cited sentence's 'He' stands for (6.2's 'He' is Navalny)", () => {
    const jailed = knowledge.qa.find((e) => e.cites.join() === "6.2");
    expect(jailed?.answer).toMatch(/Navalny/);
    expect(checkKnowledge(knowledge)).toEqual([]);
  });

  it("a known gap has no Russian reply, or shares a phrasing with an entry", () => {
    const gaps = structuredClone(knowledge.gaps);
    const first = gaps[0];
    if (first) {
      delete first.replyRu;
      first.questions.push(knowledge.qa[0]?.questions[0] ?? "");
    }
    const problems = checkKnowledge({ ...knowledge, gaps });
    expect(problems).toContain(KNOWLEDGE_ERRORS.missing(first?.id ?? "", "replyRu"));
    expect(problems.some((p) => p.startsWith(`entry "${first?.id}": phrasing`))).toBe(true);
  });

  it("a synonym would silently join another group, since the two read the same", () => {
    const synonyms = [...knowledge.synonyms, ["sanction", "jails"]];
    expect(checkKnowledge({ ...knowledge, synonyms })).toContain(KNOWLEDGE_ERRORS.synonymCollision("jails", "jail", "sanction"));
  });
});
