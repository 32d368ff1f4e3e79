// What the curator reads, from the question log's tally: how many questions a day and how they went,
// what went unanswered (with where a phrasing may belong), what readers disliked, what they ask most.
// Pure: the rows and the engine in, one Report out, for the text, JSON and HTML forms and /stats.
import { words } from "../engine/normalize.js";
import type { Engine } from "../engine/types.js";
import { DAY_MS, type TallyRow } from "../store/index.js";

/** Answers below this confidence are listed for a look (vouched entries give 0.55–0.95, passages 0.3–0.6). */
export const LOW_CONFIDENCE = 0.7;
export const DEFAULT_REPORT_DAYS = 7;

export interface DayCounts {
  /** YYYY-MM-DD, UTC. */
  date: string;
  questions: number;
  answered: number;
  /** "The article doesn't say" with a known gap's own reply. */
  knownGaps: number;
  notAnswered: number;
  smallTalk: number;
}

/** What answered: a curated entry, or (entry null) a passage of the article, by the sentences it cited. */
export interface AnswerRef {
  entry: string | null;
  cites?: string[];
}

export interface Report extends Omit<DayCounts, "date"> {
  days: number;
  from: string;
  to: string;
  perDay: DayCounts[];
  /** Grouped by their words after normalization, most asked first. */
  unanswered: Array<{ question: string; count: number; suggestions: string[]; answeredNow: boolean }>;
  gaps: Array<{ gap: string; count: number }>;
  disliked: Array<AnswerRef & { count: number; questions: string[] }>;
  lowConfidence: Array<AnswerRef & { question: string; count: number; confidence: number }>;
  entries: Array<{ entry: string; count: number; up: number; down: number }>;
}

/** The window's first moment: midnight UTC, `days` calendar days back counting today. */
export function reportStart(days: number, now: number): number {
  return (Math.floor(now / DAY_MS) - days + 1) * DAY_MS;
}

export function buildReport(tally: readonly TallyRow[], { days, now, engine }: { days: number; now: number; engine: Engine }): Report {
  const first = Math.floor(reportStart(days, now) / DAY_MS);
  const rows = tally.filter((row) => row.day >= first && row.day < first + days);
  const perDay = Array.from({ length: days }, (_, i) => emptyDay(first + i));
  for (const row of rows) {
    const day = perDay[row.day - first];
    if (day === undefined) continue;
    day.questions += row.count;
    day[outcomeOf(row)] += row.count;
  }
  const sum = (key: Exclude<keyof DayCounts, "date">) => perDay.reduce((total, day) => total + day[key], 0);
  const answered = rows.filter((r) => r.answerKind === "answer");
  return {
    days,
    from: perDay[0]?.date ?? "",
    to: perDay.at(-1)?.date ?? "",
    questions: sum("questions"),
    answered: sum("answered"),
    knownGaps: sum("knownGaps"),
    notAnswered: sum("notAnswered"),
    smallTalk: sum("smallTalk"),
    perDay,
    unanswered: groupByWords(rows.filter((r) => outcomeOf(r) === "notAnswered")).map(({ question, count }) => ({ question, count, ...hintsFor(question, engine) })),
    gaps: countBy(rows.filter((r) => outcomeOf(r) === "knownGaps"), (r) => r.entryId ?? "").map(([gap, count]) => ({ gap, count })),
    disliked: groupByAnswer(answered.filter((r) => r.vote === -1)).map(({ ref, count, rows: group }) => ({
      ...ref,
      count,
      questions: groupByWords(group).map((q) => q.question),
    })),
    lowConfidence: groupByAnswer(answered.filter((r) => r.confidence !== null && r.confidence < LOW_CONFIDENCE)).flatMap(({ ref, rows: group }) =>
      groupByWords(group).map(({ question, count, rows: same }) => ({ ...ref, question, count, confidence: Math.min(...same.map((r) => r.confidence ?? 1)) })),
    ).sort((a, b) => b.count - a.count || a.confidence - b.confidence),
    entries: countBy(answered.filter((r) => r.entryId !== null), (r) => r.entryId ?? "").map(([entry, count]) => {
      const votes = answered.filter((r) => r.entryId === entry);
      const voted = (vote: number) => votes.reduce((n, r) => n + (r.vote === vote ? r.count : 0), 0);
      return { entry, count, up: voted(1), down: voted(-1) };
    }),
  };
}

type Outcome = "answered" | "knownGaps" | "notAnswered" | "smallTalk";

function outcomeOf(row: TallyRow): Outcome {
  if (row.answerKind === "answer") return "answered";
  if (row.answerKind === "none") return row.entryId === null ? "notAnswered" : "knownGaps";
  return "smallTalk";
}

function emptyDay(day: number): DayCounts {
  return { date: new Date(day * DAY_MS).toISOString().slice(0, 10), questions: 0, answered: 0, knownGaps: 0, notAnswered: 0, smallTalk: 0 };
}

/** Keys by how often they come, most first (ties by key, so the report reads the same each time). */
function countBy(rows: readonly TallyRow[], keyOf: (row: TallyRow) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + row.count);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/** "Where is Volkov?" and "where is volkov" are one question: the same words after normalization. */
function groupByWords(rows: readonly TallyRow[]): Array<{ question: string; count: number; rows: TallyRow[] }> {
  const groups = new Map<string, TallyRow[]>();
  for (const row of rows) {
    const key = words(row.text).join(" ") || row.text.trim();
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()]
    .map((group) => {
      // Shown as the readers wrote it most often.
      const [question = ""] = countBy(group, (r) => r.text)[0] ?? [];
      return { question, count: group.reduce((n, r) => n + r.count, 0), rows: group };
    })
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
}

function groupByAnswer(rows: readonly TallyRow[]): Array<{ ref: AnswerRef; count: number; rows: TallyRow[] }> {
  const keyOf = (r: TallyRow) => r.entryId ?? `¶${r.sentenceIds ?? ""}`;
  return countBy(rows, keyOf).map(([key, count]) => {
    const group = rows.filter((r) => keyOf(r) === key);
    const { entryId, sentenceIds } = group[0]!;
    return { ref: entryId !== null ? { entry: entryId } : { entry: null, cites: sentenceIds?.split(",") ?? [] }, count, rows: group };
  });
}

/**
 * Where an unanswered question may belong: the entries the engine finds nearest it today. None when
 * it offers only its usual opening entries (nothing is near: a gap entry may be missing), and the
 * answering entry when the knowledge has changed since and the question is answered now.
 */
function hintsFor(question: string, engine: Engine): { suggestions: string[]; answeredNow: boolean } {
  const answer = engine.answer(question);
  if (answer.kind === "answer") return { suggestions: answer.entryId === undefined ? [] : [answer.entryId], answeredNow: true };
  if (answer.kind !== "none") return { suggestions: [], answeredNow: false };
  const suggested = answer.suggestions.map((s) => s.id);
  const opening = engine.knowledge.qa.slice(0, suggested.length).map((e) => e.id);
  const nothingNear = suggested.every((id, i) => id === opening[i]);
  return { suggestions: nothingNear ? [] : suggested, answeredNow: false };
}
