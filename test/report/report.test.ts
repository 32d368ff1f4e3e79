import { describe, expect, it } from "vitest";
import { buildReport, reportStart } from "../../src/report/build.js";
import { formatReportHtml } from "../../src/report/format-html.js";
import { formatReportText } from "../../src/report/format-text.js";
import { DAY_MS, type TallyRow } from "../../src/store/index.js";
import { engine } from "../helpers/test-bot.js";

const NOW = Date.UTC(2025, 10, 30, 15, 30);
const TODAY = Math.floor(NOW / DAY_MS);
const row = (daysAgo: number, text: string, fields: Partial<TallyRow> = {}): TallyRow => ({
  day: TODAY - daysAgo,
  text,
  answerKind: "answer",
  entryId: "volkov-location",
  sentenceIds: null,
  vote: null,
  confidence: 0.9,
  count: 1,
  ...fields,
});
const none = { answerKind: "none", entryId: null, confidence: null } as const;
const ROWS: TallyRow[] = [
  row(0, "where is volkov based", { count: 3 }),
  row(0, "where is volkov based", { vote: -1 }),
  row(1, "Where is Volkov?", { vote: -1 }),
  row(1, "where is volkov based", { vote: 1, count: 2 }),
  row(0, "why was navalny jailed", { entryId: "why-jailed", confidence: 0.62 }),
  row(2, "who said it", { entryId: null, sentenceIds: "6.1,6.2", confidence: 0.45, vote: -1 }),
  row(2, "who won the football world cup", { ...none, count: 2 }),
  row(3, "Who won the football world cup??", none),
  row(3, "which nerve agent", { ...none, entryId: "nerve-agent-name" }),
  row(6, "hi", { answerKind: "chitchat", entryId: null, confidence: null }),
  // Outside the window: never counted.
  row(7, "old", none),
];
const report = buildReport(ROWS, { days: 7, now: NOW, engine });

describe("the report, built from the question log's tally", () => {
  it("covers the last N calendar days, today included, each day counted even when empty", () => {
    expect(reportStart(7, NOW)).toBe((TODAY - 6) * DAY_MS);
    expect(report).toMatchObject({ days: 7, from: "2025-11-24", to: "2025-11-30", questions: 14, answered: 9, knownGaps: 1, notAnswered: 3, smallTalk: 1 });
    expect(report.perDay.map((d) => [d.date, d.questions])).toEqual([
      ["2025-11-24", 1],
      ["2025-11-25", 0],
      ["2025-11-26", 0],
      ["2025-11-27", 2],
      ["2025-11-28", 3],
      ["2025-11-29", 3],
      ["2025-11-30", 5],
    ]);
  });

  it("groups unanswered questions that have the same words, most asked first, shown as most often written", () => {
    expect(report.unanswered).toEqual([{ question: "who won the football world cup", count: 3, suggestions: expect.any(Array), answeredNow: false }]);
    expect(report.gaps).toEqual([{ gap: "nerve-agent-name", count: 1 }]);
  });

  it("lists answers marked 👎 by entry, a passage by its sentences, with the questions asked", () => {
    expect(report.disliked).toEqual([
      { entry: "volkov-location", count: 2, questions: ["where is volkov based", "Where is Volkov?"] },
      { entry: null, cites: ["6.1", "6.2"], count: 1, questions: ["who said it"] },
    ]);
  });

  it("lists answers given with low confidence, and the most asked entries with their votes", () => {
    // As often asked: the least sure first.
    expect(report.lowConfidence).toEqual([
      { entry: null, cites: ["6.1", "6.2"], question: "who said it", count: 1, confidence: 0.45 },
      { entry: "why-jailed", question: "why was navalny jailed", count: 1, confidence: 0.62 },
    ]);
    expect(report.entries).toEqual([
      { entry: "volkov-location", count: 7, up: 2, down: 2 },
      { entry: "why-jailed", count: 1, up: 0, down: 0 },
    ]);
  });

  it("hints at the entries nearest an unanswered question, and says when the knowledge answers it now", () => {
    const near = "what is the weather today";
    const answer = engine.answer(near);
    const suggested = answer.kind === "none" ? answer.suggestions.map((s) => s.id) : [];
    // The example holds while the engine finds entries near it, not just its opening ones.
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested).not.toEqual(engine.knowledge.qa.slice(0, suggested.length).map((e) => e.id));
    const answeredNow = "where is volkov based";
    // Words the knowledge has never seen: the engine offers its opening entries, which are no hint.
    const nothingNear = "zxqv blorft";
    const rows = [row(0, near, none), row(0, answeredNow, { ...none, count: 3 }), row(0, nothingNear, { ...none, count: 2 })];
    expect(buildReport(rows, { days: 1, now: NOW, engine }).unanswered).toEqual([
      { question: answeredNow, count: 3, suggestions: ["volkov-location"], answeredNow: true },
      { question: nothingNear, count: 2, suggestions: [], answeredNow: false },
      { question: near, count: 1, suggestions: suggested, answeredNow: false },
    ]);
  });
});

describe("the report as text", () => {
  const text = formatReportText(report);

  it("opens with the totals, then one line a day", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("Questions asked, last 7 days (2025-11-24 to 2025-11-30, UTC): 14");
    expect(lines[1]).toBe("  answered 9 · known gaps 1 · not answered 3 · small talk 1");
    expect(lines[3]).toBe("  date        asked  answered  known gap  not answered  small talk");
    expect(lines[10]).toBe("  2025-11-30      5         5          0             0           0");
  });

  it("has each list, the questions in readers' words", () => {
    expect(text).toMatch(/\n {5}3 {2}who won the football world cup {2}→ .+\n/);
    expect(text).toContain("     1  passage ¶6.1, ¶6.2: “who said it”");
    expect(text).toContain("     1  0.45  who said it → passage ¶6.1, ¶6.2");
    expect(text).toContain("     7  volkov-location  👍 2  👎 2");
  });

  it("cuts a list at `top` rows and says how many more there are, and says 'none' for an empty one", () => {
    const short = formatReportText(report, { top: 1 });
    expect(short).toContain("     … and 1 more");
    expect(formatReportText(buildReport([], { days: 1, now: NOW, engine }))).toMatch(/Most asked entries\n {5}none$/);
  });
});

describe("the report as an HTML page", () => {
  const hostile = buildReport([row(0, `<script>alert("x")</script> & more`, none)], { days: 7, now: NOW, engine });
  const html = formatReportHtml(hostile);

  it("is one self-contained document: no script, stylesheet, image or font to fetch", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
  });

  it("escapes readers' words", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
  });

  it("charts questions per day: a labelled bar for each day with questions, stacked by outcome", () => {
    const svg = formatReportHtml(report).match(/<svg[\s\S]*<\/svg>/)?.[0] ?? "";
    expect(svg).toContain('aria-label="Questions per day, 2025-11-24 to 2025-11-30"');
    // 2025-11-30: 5 answered; 11-28: 1 answered and 2 not answered; …: one rect per non-empty stack.
    expect(svg.match(/<rect /g)).toHaveLength(7);
    expect(svg).toContain("<title>2025-11-28: 2 not answered</title>");
    expect([...svg.matchAll(/>(\d\d-\d\d)</g)].map((m) => m[1])).toEqual(["11-24", "11-25", "11-26", "11-27", "11-28", "11-29", "11-30"]);
  });
});
