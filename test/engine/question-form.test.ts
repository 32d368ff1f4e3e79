// How a question is read: the kind of answer its shape asks for, and what it is about.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/engine/analyzer.js";
import { readQuestion } from "../../src/engine/question-reading.js";
import { readArticle } from "../../src/engine/read-article.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

const article = readArticle(loadKnowledge());
const read = (q: string) => readQuestion(analyze(q, article.vocabulary), article, q.trim().endsWith("?"));

describe("the form of a question", () => {
  it.each([
    ["Who blamed Putin?", "who"],
    ["Who is Volkov?", "identity"],
    ["Кто такой Волков?", "identity"],
    ["When was Navalny jailed?", "when"],
    ["What day did people gather?", "when"],
    ["What time did the vigils start?", "time"],
    ["В какое время дня была цепь?", "time"],
    ["At what time on Valentine's Day evening did people go out?", "time"],
    ["What day and time were the vigils?", "when"],
    ["Where is Volkov based?", "where"],
    ["Which city is Volkov in?", "where"],
    ["How many women came?", "amount"],
    ["Сколько женщин пришло?", "amount"],
    ["How long did it last?", "duration"],
    ["How many minutes did it last?", "duration"],
    ["Until when are rallies paused?", "duration"],
    ["Why was Navalny jailed?", "why"],
    ["What was the hashtag for?", "why"],
    ["What did the woman in the chain hope for?", "open"],
    ["What led to the moratorium?", "why"],
    ["Which hashtag did they use?", "name"],
    ["What kind of sanctions?", "name"],
    ["What did Volkov write?", "say"],
    ["According to Navalny, who is to blame?", "say"],
    ["How did the Kremlin react?", "react"],
    ["When did Navalny's team announce the moratorium?", "when"],
    // "за что" (what for) asks why; "что за" (what kind of) does not.
    ["За что посадили Навального?", "why"],
    ["Что за хэштег они использовали?", "open"],
    // A kind of answer said by a word the knowledge lacks: "в какой части Москвы" asks where.
    ["В какой части Москвы стояла цепь?", "where"],
    // An -ing word before a noun describes it: "which neighbouring country" asks where.
    ["It resembles protests in which neighbouring country?", "where"],
    ["What happened on Sunday?", "open"],
    ["Why did Volkov write that?", "why"],
    ["How is the Kremlin responding to the accusations?", "react"],
    ["How long ago was Navalny detained?", "when"],
    ["Каким образом люди показали солидарность?", "open"],
    // "-ть" ends Russian verbs, and some nouns too: "соцсеть" is what is asked for by name.
    ["В какую соцсеть писал Волков?", "name"],
    // A keyword that says what kind of answer is wanted.
    ["moratorium duration", "duration"],
    ["Volkov location", "where"],
    ["Is it true the gatherings were only in Moscow?", "yesno"],
    ["Is it true that Volkov lives in Lithuania?", "yesno"],
    ["Правда ли, что Волков в Литве?", "yesno"],
    ["Were there mass arrests?", "yesno"],
    ["Навальный в тюрьме?", "yesno"],
    ["What were the vigils like?", "open"],
    ["volkov twitter", "open"],
  ])("'%s' asks %s", (q, form) => {
    expect(read(q).form).toBe(form);
  });

  it("reads 'who was asked to…' as asking whom it was done to, and 'who asked…' or '…by whom' as asking who did it", () => {
    expect(read("Who was asked to take part in the human chain?").patient).toBe(true);
    expect(read("Who asked women to form a chain?").patient).toBeUndefined();
    expect(read("Who was the chain called by?").patient).toBeUndefined();
  });

  it("reads someone's line on something as what they said", () => {
    expect(read("What's the Kremlin's line on the poisoning?")).toMatchObject({ form: "say", speakers: ["kremlin"] });
  });

  it("reads who speaks in 'what did X say', not whom it is about", () => {
    expect(read("What did Putin say about Volkov?").speakers).toEqual(["putin"]);
    expect(read("Что сказал Путин про акции?").speakers).toEqual(["putin"]);
  });

  it("takes the thing named by 'which X' as the last word of the run, stopping at a verb", () => {
    expect(read("Which nerve agent was used?").focus).toBe("agent");
    expect(read("Which hospital treated Navalny?").focus).toBe("hospit");
  });

  it("leaves out the words that only frame a question ('the name of', 'say', 'use')", () => {
    expect(read("What is the name of Navalny's wife?").informative).toEqual(["navalni", "wife"]);
    expect(read("What hashtag did they use?").informative).toEqual(["hashtag"]);
    expect(read("Did it turn into a fight with the police?").informative).toEqual(["clash", "polic"]);
    expect(read("Was the courtyard vigil planned for the evening?").informative).toEqual(["courtyard", "vigil", "even"]);
    // Whom something was said to only frames the saying: 13.1 says nothing of reporters.
    expect(read("What did one woman in the chain tell reporters?").informative).toEqual(["woman", "chain"]);
    expect(read("Что одна из участниц сказала журналистам?").informative).not.toContain("!журналистам");
  });

  it("reads 'X or Y' as either, and 'other than X' as setting X aside", () => {
    expect(read("Is Navalny in jail or under house arrest?").either).toEqual([["jail"], ["home", "arrest"]]);
    expect(read("Was there a chain anywhere other than Moscow?").excluded).toEqual(["moscow"]);
  });

  it("marks what asks for more than an approximation or a bare mention", () => {
    expect(read("Exactly how many people were detained?").exact).toBe(true);
    expect(read("Was the Petersburg chain bigger than the Moscow one?").compares).toBe(true);
    expect(read("Чем отравили Навального?").compares).toBeUndefined();
    expect(read("Was Navalny poisoned in Germany?").adjuncts).toEqual(["germani"]);
    expect(read("Навального отравили в Германии?").adjuncts).toEqual(["germani"]);
  });
});
