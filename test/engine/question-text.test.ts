// The part of a message that asks, and the words around it.
import { describe, expect, it } from "vitest";
import { pointsBackAt, splitQuestion } from "../../src/engine/question-text.js";

describe("the part of a message that asks", () => {
  it("is the sentences from the first that asks to the last; before them is context, after them an afterthought", () => {
    expect(splitQuestion("Hello dear. Where does Volkov live? Thank you in advance.")).toEqual({ question: "Where does Volkov live?", context: "Hello dear." });
    expect(splitQuestion("I only read the title. Who is Navalny? Why candles? Sorry.")).toEqual({ question: "Who is Navalny? Why candles?", context: "I only read the title." });
    expect(splitQuestion("Tell me about the chain.")).toEqual({ question: "Tell me about the chain.", context: "" });
    // A colon before a space ends a sentence too; one inside a time does not.
    expect(splitQuestion("Fact check: was Navalny jailed on February 2?")).toEqual({ question: "was Navalny jailed on February 2?", context: "Fact check:" });
    expect(splitQuestion("Did it start at 5:30?")).toEqual({ question: "Did it start at 5:30?", context: "" });
  });

  it("points back with a pronoun, not with a demonstrative before the thing it names", () => {
    const isContent = (w: string) => !["the", "a", "about", "was", "what", "who", "is"].includes(w);
    expect(pointsBackAt(["what", "was", "that", "about"], isContent)).toBe(2);
    expect(pointsBackAt(["who", "is", "this", "volkov"], isContent)).toBe(-1);
    expect(pointsBackAt(["why", "did", "they", "do", "it"], isContent)).toBe(2);
  });
});
