import { expect } from "vitest";

// A strict reading of Telegram's HTML parse mode (https://core.telegram.org/bots/api#html-style).
// Telegram refuses a whole message that breaks these rules, so every reply a test sees is checked.

type AttributeRule = { required: boolean; value?: RegExp };

const ALLOWED_TAGS: Record<string, Record<string, AttributeRule>> = {
  b: {},
  strong: {},
  i: {},
  em: {},
  u: {},
  ins: {},
  s: {},
  strike: {},
  del: {},
  "tg-spoiler": {},
  span: { class: { required: true, value: /^tg-spoiler$/ } },
  a: { href: { required: true } },
  code: { class: { required: false, value: /^language-[\w-]+$/ } },
  pre: {},
  blockquote: { expandable: { required: false } },
  "tg-emoji": { "emoji-id": { required: true, value: /^\d+$/ } },
};

const TAG = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<]*")?)*)\s*>/i;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/gi;
const ENTITY = /^&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;

/** Every way `html` breaks Telegram's rules; empty when Telegram would accept it. */
export function telegramHtmlErrors(html: string): string[] {
  const errors: string[] = [];
  const open: string[] = [];
  for (let at = 0; at < html.length; at++) {
    const rest = html.slice(at);
    if (rest[0] === "<") {
      const tag = TAG.exec(rest);
      if (!tag) {
        errors.push(`unescaped "<" at ${at}`);
        continue;
      }
      const [whole, slash, rawName = "", attributes = ""] = tag;
      errors.push(...(slash ? closeTag(open, rawName.toLowerCase(), attributes) : openTag(open, rawName.toLowerCase(), attributes)));
      at += whole.length - 1;
    } else if (rest[0] === ">") {
      errors.push(`unescaped ">" at ${at}`);
    } else if (rest[0] === "&") {
      const entity = ENTITY.exec(rest);
      if (!entity) errors.push(`unescaped "&" or unsupported entity at ${at}`);
      else at += entity[0].length - 1;
    }
  }
  errors.push(...open.map((name) => `<${name}> is never closed`));
  return errors;
}

/** The text Telegram would show: tags dropped, entities decoded. Telegram's length limits apply to it. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[name] ?? "");
}

function openTag(open: string[], name: string, attributes: string): string[] {
  const rules = ALLOWED_TAGS[name];
  if (!rules) return [`<${name}> is not a tag Telegram accepts`];
  open.push(name);
  const given = new Map(Array.from(attributes.matchAll(ATTRIBUTE), (match) => [match[1]?.toLowerCase() ?? "", match[2]]));
  const errors: string[] = [];
  for (const [attribute, value] of given) {
    const rule = rules[attribute];
    if (!rule) errors.push(`<${name}> does not take ${attribute}`);
    else if (rule.value && !(value !== undefined && rule.value.test(value))) errors.push(`<${name} ${attribute}> has a bad value`);
  }
  for (const [attribute, rule] of Object.entries(rules)) {
    if (rule.required && !given.has(attribute)) errors.push(`<${name}> needs ${attribute}`);
  }
  return errors;
}

function closeTag(open: string[], name: string, attributes: string): string[] {
  if (attributes.trim() !== "") return [`</${name}> cannot have attributes`];
  const innermost = open.pop();
  if (innermost === name) return [];
  if (innermost !== undefined) open.push(innermost);
  return [innermost === undefined ? `</${name}> closes nothing` : `</${name}> closes <${innermost}>`];
}

/** What every message text a test sees must satisfy: valid HTML, not empty, within 4096 characters. */
export function expectSendableHtml(html: string): void {
  expect(telegramHtmlErrors(html)).toEqual([]);
  expect(visibleText(html).trim()).not.toBe("");
  expect(visibleText(html).length).toBeLessThanOrEqual(4096);
}
