// The console's text: the short answer in the asker's language (Russian for Cyrillic), quotes verbatim.
import { describe, expect, it } from "vitest";
import { formatAnswerText, questionLanguage } from "../../src/cli/format-text.js";
import { engine } from "../helpers/test-bot.js";

describe("the console's answer text", () => {
  it("gives a Russian question the Russian short answer, and the article's sentence in English", () => {
    const question = "Кто такой Волков?";
    const text = formatAnswerText(engine.answer(question), questionLanguage(question));
    expect(text.split("\n")[0]).toMatch(/^Леонид Волков/);
    expect(text).toContain("Leonid Volkov, one of Navalny’s close allies");
  });

  it("gives what the article doesn't say in the asker's language", () => {
    expect(formatAnswerText(engine.answer("Как называется яд?"), "ru").split("\n")[0]).toMatch(/^В статье не/);
    expect(formatAnswerText(engine.answer("Which nerve agent was it?"), "en").split("\n")[0]).toMatch(/^The article doesn.t/);
  });
});
