// Questions per day as an inline SVG bar chart, each bar stacked by how the questions went: nothing
// to fetch, so the report page is one file that opens anywhere.
import { escapeHtml } from "../telegram/html.js";
import type { DayCounts } from "./build.js";

/** The stacks, bottom up, with their colours; the page's legend and tables use the same. */
export const SERIES = [
  { key: "answered", label: "answered", colour: "#2e7d32" },
  { key: "knownGaps", label: "known gap", colour: "#f9a825" },
  { key: "notAnswered", label: "not answered", colour: "#c62828" },
  { key: "smallTalk", label: "small talk", colour: "#90a4ae" },
] as const;

const WIDTH = 960;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 };

export function questionsPerDayChart(days: readonly DayCounts[]): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = niceStep(Math.max(1, ...days.map((d) => d.questions)));
  const top = step * Math.max(1, Math.ceil(Math.max(1, ...days.map((d) => d.questions)) / step));
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  // At most about 15 date labels, whatever the number of days.
  const labelEvery = Math.ceil(days.length / 15);

  const grid = [];
  for (let value = 0; value <= top; value += step) {
    grid.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(value) + 4}" text-anchor="end">${value}</text>`,
    );
  }
  const bars = days.map((day, i) => {
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    let base = 0;
    const stacks = SERIES.filter((s) => day[s.key] > 0).map((s) => {
      const rect = `<rect x="${x.toFixed(1)}" y="${y(base + day[s.key]).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(base) - y(base + day[s.key])).toFixed(1)}" fill="${s.colour}"><title>${day.date}: ${day[s.key]} ${s.label}</title></rect>`;
      base += day[s.key];
      return rect;
    });
    const total = day.questions > 0 ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(day.questions) - 4).toFixed(1)}" text-anchor="middle">${day.questions}</text>` : "";
    const label = i % labelEvery === 0 ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${escapeHtml(day.date.slice(5))}</text>` : "";
    return stacks.join("") + total + label;
  });
  const summary = `Questions per day, ${days[0]?.date ?? ""} to ${days.at(-1)?.date ?? ""}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(summary)}" font-family="system-ui, sans-serif" font-size="12" fill="#333">`,
    ...grid,
    ...bars,
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#555"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 6}" text-anchor="middle">day (UTC)</text>`,
    "</svg>",
  ].join("\n");
}

/** A step of 1, 2 or 5 times a power of ten giving four or five gridlines. */
function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  return [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? power * 10;
}
