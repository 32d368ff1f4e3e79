import { describe, expect, it } from "vitest";
import { escapeHtml, paginateHtml } from "../../src/telegram/html.js";
import { expectSendableHtml, visibleText } from "../helpers/telegram-html.js";

describe("paginateHtml", () => {
  it("packs blocks into as few messages as fit, never splitting a block that fits", () => {
    const blocks = Array.from({ length: 10 }, (_, i) => `<b>¶${i + 1}</b> ${"word ".repeat(150).trim()}`);
    const pages = paginateHtml(blocks);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expectSendableHtml(page);
    expect(pages.join("\n\n")).toBe(blocks.join("\n\n"));
  });

  it("cuts a block longer than a message at spaces, dropping its tags, and never inside an entity", () => {
    const text = "Tom & Jerry <3 “quotes” ".repeat(400);
    const pages = paginateHtml([`<b>${escapeHtml(text)}</b>`]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expectSendableHtml(page);
    expect(pages.map(visibleText).join(" ")).toBe(text.trim());
  });
});
