// knowledge/wordnet.json is generated from WordNet and the knowledge (npm run lexicon): this keeps it
// from going stale silently when someone edits the knowledge.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { formatLexicon, LEXICON_FILE } from "../../src/knowledge/lexicon-file.js";
import { buildLexicon, lexiconFor, openWordNet, wordnetDictDir } from "../../src/knowledge/wordnet.js";

const wordnet = openWordNet(wordnetDictDir());

describe("the WordNet lexicon", () => {
  it("is what npm run lexicon makes from the knowledge today (rerun it after editing knowledge/)", () => {
    const committed = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, LEXICON_FILE), "utf8");
    expect(formatLexicon(lexiconFor(loadKnowledge(), wordnet))).toBe(committed);
  }, 60_000);

  it("gives a reader's word the knowledge word it means, and never changes a word the knowledge uses", () => {
    const pairs = new Map(buildLexicon(wordnet, { expand: ["arrested"], known: ["arrested", "detain"], senses: 2 }));
    expect(pairs.get("collar")).toBe("arrested");
    expect(pairs.has("detain")).toBe(false);
  });
});
