// A copy of the shipped knowledge in a temporary folder (what KNOWLEDGE_DIR points at in a test),
// for edits that break it or change it without touching knowledge/.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { QaEntry } from "../../src/engine/types.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/load.js";

export function copyKnowledge(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "knowledge-")), "knowledge");
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites qa.json in `dir` through `edit`, as a person editing it would save it. */
export function editEntries(dir: string, edit: (qa: QaEntry[]) => void): void {
  const file = join(dir, "qa.json");
  const qa = JSON.parse(readFileSync(file, "utf8")) as QaEntry[];
  edit(qa);
  writeFileSync(file, JSON.stringify(qa, null, 1));
}

/** The edit that once made the bot answer "He is 44." with no citation: an entry citing a sentence the article lacks. */
export const citeMissingSentence = (id: string) => (qa: QaEntry[]) => qa.find((e) => e.id === id)!.cites.push("99.1");
