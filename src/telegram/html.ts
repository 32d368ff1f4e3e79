// Telegram HTML building blocks: escaping, clipping and splitting into messages.
// Every piece of article or user text passes through escapeHtml before it is sent.

/** Telegram rejects a text message longer than this (it counts the text after parsing). */
export const MESSAGE_LIMIT = 4096;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char);
}

/** Shortens plain text (before escaping) to at most `max` characters, ending with "…". */
export function clipText(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  return `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/**
 * Groups HTML blocks into as few messages as fit, blocks separated by a blank line.
 * Measuring the HTML source is safe: the text Telegram counts is never longer than it.
 */
export function paginateHtml(blocks: readonly string[], limit = MESSAGE_LIMIT): string[] {
  const pages: string[] = [];
  let page = "";
  for (const block of blocks.flatMap((block) => splitOversizedBlock(block, limit))) {
    const joined = page === "" ? block : `${page}\n\n${block}`;
    if (joined.length <= limit) {
      page = joined;
    } else {
      pages.push(page);
      page = block;
    }
  }
  if (page !== "") pages.push(page);
  return pages;
}

// A block too long for one message loses its tags (cutting inside <b>…</b> would break it)
// and is cut at spaces; entities hold no spaces, so they are never cut in half.
function splitOversizedBlock(block: string, limit: number): string[] {
  if (block.length <= limit) return [block];
  const chunks: string[] = [];
  let rest = block.replace(/<\/?[a-z-]+>/g, "").trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") chunks.push(rest);
  return chunks;
}

function cutPoint(html: string, limit: number): number {
  const space = html.lastIndexOf(" ", limit);
  if (space > 0) return space;
  const window = html.slice(0, limit);
  const openEntity = window.lastIndexOf("&");
  return openEntity > window.lastIndexOf(";") ? openEntity : limit;
}
