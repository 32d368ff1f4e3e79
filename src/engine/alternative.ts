import type { Alternative, QaEntry } from "./types.js";

// Buttons on a phone show about 32 characters before they cut a label off.
const LABEL_MAX = 32;
const shortLabel = (text: string) => (text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1).trimEnd()}…`);

/** How an entry is offered (did you mean, suggestions, popular questions): its question and a short label. */
export function toAlternative(entry: QaEntry): Alternative {
  const question = entry.questions[0] ?? entry.id;
  const label = entry.label ?? shortLabel(question);
  return entry.labelRu ? { id: entry.id, question, label, labelRu: entry.labelRu } : { id: entry.id, question, label };
}
