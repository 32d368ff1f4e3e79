// The report as plain text: what `npm run report` prints, and what /stats shows in Telegram.
import { clipText } from "../telegram/html.js";
import { LOW_CONFIDENCE, type AnswerRef, type Report } from "./build.js";

export interface TextOptions {
  /** Rows per list. */
  top?: number;
  /** Questions longer than this are cut, so the columns stay put. */
  width?: number;
}

const COLUMNS = [
  ["asked", "questions"],
  ["answered", "answered"],
  ["known gap", "knownGaps"],
  ["not answered", "notAnswered"],
  ["small talk", "smallTalk"],
] as const;

/** An entry by its id, a passage by the sentences it cited. */
export const answerName = (ref: AnswerRef): string => ref.entry ?? `passage ¶${(ref.cites ?? []).join(", ¶")}`;

export function formatReportText(report: Report, { top = 20, width = 60 }: TextOptions = {}): string {
  const q = (text: string) => clipText(text, width);
  const n = (count: number) => String(count).padStart(6);
  const list = <T>(title: string, items: readonly T[], line: (item: T) => string) => [
    "",
    title,
    ...(items.length === 0 ? ["     none"] : items.slice(0, top).map(line)),
    ...(items.length > top ? [`     … and ${items.length - top} more`] : []),
  ];
  const pad = Math.max(0, ...report.unanswered.slice(0, top).map((u) => q(u.question).length));
  return [
    `Questions asked, last ${report.days} days (${report.from} to ${report.to}, UTC): ${report.questions}`,
    `  answered ${report.answered} · known gaps ${report.knownGaps} · not answered ${report.notAnswered} · small talk ${report.smallTalk}`,
    "",
    `  ${"date".padEnd(10)}${COLUMNS.map(([label]) => label.padStart(label.length + 2)).join("")}`,
    ...report.perDay.map((day) => `  ${day.date}${COLUMNS.map(([label, key]) => String(day[key]).padStart(label.length + 2)).join("")}`),
    ...list("Not answered, most asked first, with the nearest entries (a phrasing may belong there; nothing near: a gap entry may be missing)", report.unanswered, (u) =>
      `${n(u.count)}  ${q(u.question).padEnd(pad)}  → ${u.answeredNow ? `answered now${u.suggestions.length ? ` by ${u.suggestions[0]}` : ""}` : u.suggestions.join(", ") || "nothing near"}`,
    ),
    ...list("Known gaps asked", report.gaps, (g) => `${n(g.count)}  ${g.gap}`),
    ...list("Answers marked 👎, by entry", report.disliked, (d) => `${n(d.count)}  ${answerName(d)}: ${d.questions.slice(0, 3).map((text) => `“${q(text)}”`).join(" · ")}`),
    ...list(`Answered with low confidence (below ${LOW_CONFIDENCE})`, report.lowConfidence, (l) => `${n(l.count)}  ${l.confidence.toFixed(2)}  ${q(l.question)} → ${answerName(l)}`),
    ...list("Most asked entries", report.entries, (e) => `${n(e.count)}  ${e.entry}  👍 ${e.up}  👎 ${e.down}`),
  ].join("\n");
}
