// The report as one self-contained HTML page (`npm run report -- --html FILE`): the same content as
// the text, a chart of questions per day, inline styles, nothing fetched. Readers' words are escaped.
import { escapeHtml as e } from "../telegram/html.js";
import { LOW_CONFIDENCE, type Report } from "./build.js";
import { questionsPerDayChart, SERIES } from "./chart.js";
import { answerName } from "./format-text.js";

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; color: #222; max-width: 1000px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
p.lead { color: #555; margin-top: 0; } .note { color: #666; font-size: .9em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #eee; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 4em; }
.legend span { display: inline-block; margin-right: 1.2em; } .legend i { display: inline-block; width: .9em; height: .9em; margin-right: .35em; vertical-align: -1px; }
code { font-size: .95em; background: #f4f4f4; padding: 0 .25em; border-radius: 3px; } .none { color: #888; font-style: italic; }
`;

export function formatReportHtml(report: Report): string {
  const title = `Questions, ${report.from} to ${report.to}`;
  const legend = SERIES.map((s) => `<span><i style="background:${s.colour}"></i>${s.label} (${report[s.key]})</span>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="lead">The last ${report.days} days, UTC: <b>${report.questions}</b> questions asked, ${report.answered} answered, ${report.knownGaps} with a known gap's reply, ${report.notAnswered} not answered, ${report.smallTalk} small talk.</p>
<figure>
${questionsPerDayChart(report.perDay)}
<figcaption class="legend">${legend}</figcaption>
</figure>
${table(
  ["date", "asked", ...SERIES.map((s) => s.label)],
  report.perDay.map((day) => [e(day.date), day.questions, ...SERIES.map((s) => day[s.key])]),
)}
<h2>Not answered</h2>
<p class="note">Grouped by their words, most asked first. The nearest entries say where a phrasing may belong; with nothing near, a gap entry may be missing.</p>
${table(
  ["asked", "question", "nearest entries"],
  report.unanswered.map((u) => [u.count, e(u.question), u.answeredNow ? `answered now${u.suggestions[0] ? ` by ${code(u.suggestions[0])}` : ""}` : u.suggestions.map(code).join(", ") || none("nothing near")]),
)}
<h2>Known gaps asked</h2>
${table(["asked", "gap"], report.gaps.map((g) => [g.count, code(g.gap)]))}
<h2>Answers marked not helpful</h2>
<p class="note">Readers' thumbs-down under an answer, by the entry (or the passage of the article) that answered.</p>
${table(["marked", "answer", "questions"], report.disliked.map((d) => [d.count, code(answerName(d)), d.questions.map((q) => `“${e(q)}”`).join("<br>")]))}
<h2>Answered with low confidence</h2>
<p class="note">Below ${LOW_CONFIDENCE}: curated entries give 0.55–0.95 by how close a phrasing is, passages of the article 0.3–0.6.</p>
${table(["asked", "confidence", "question", "answer"], report.lowConfidence.map((l) => [l.count, l.confidence.toFixed(2), e(l.question), code(answerName(l))]))}
<h2>Most asked entries</h2>
${table(["asked", "entry", "helpful", "not helpful"], report.entries.map((x) => [x.count, code(x.entry), x.up, x.down]))}
</body>
</html>
`;
}

const code = (text: string) => `<code>${e(text)}</code>`;
const none = (text: string) => `<span class="none">${text}</span>`;

/** Cells are HTML already (escaped where they hold text); numbers are right-aligned. */
function table(headings: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  if (rows.length === 0) return `<p>${none("none")}</p>`;
  const cell = (tag: string, value: string | number, i: number) => {
    const numeric = typeof value === "number" || (tag === "th" && typeof rows[0]?.[i] === "number");
    return `<${tag}${numeric ? ' class="n"' : ""}>${value}</${tag}>`;
  };
  const head = `<tr>${headings.map((h, i) => cell("th", h, i)).join("")}</tr>`;
  return `<table>\n${head}\n${rows.map((row) => `<tr>${row.map((v, i) => cell("td", v, i)).join("")}</tr>`).join("\n")}\n</table>`;
}
