// Which handler an update goes to, decided once from the update itself. telegraf's Composer
// chains took ~100 promise hops and ~40 KB of garbage per update (every command's filter ran on
// every message); a lookup routes the same way for a few property reads.
import type { MiddlewareFn } from "telegraf";
import type { CallbackQuery, InlineQuery, Message } from "telegraf/types";
import type { BotContext } from "./context.js";

/** Handles an update, given the part of it that was routed on. */
export type Handler<T> = (ctx: BotContext, item: T) => Promise<void>;
/** `payload` is what follows the command: "/ask where is it" → "where is it". */
export type CommandHandler = (ctx: BotContext, message: Message.TextMessage, payload: string) => Promise<void>;

export interface Routes {
  /** By command name without the slash: "start", "help", … */
  commands: ReadonlyMap<string, CommandHandler>;
  /** Text messages that are not one of those commands for this bot. */
  text: Handler<Message.TextMessage>;
  callbackQuery: Handler<CallbackQuery>;
  inlineQuery: Handler<InlineQuery>;
  /** Everything else: stickers, photos, edits, channel posts, member changes. */
  other: (ctx: BotContext) => Promise<void>;
}

export function routeUpdates(routes: Routes): MiddlewareFn<BotContext> {
  return (ctx) => {
    const { update } = ctx;
    if ("callback_query" in update) return routes.callbackQuery(ctx, update.callback_query);
    if ("inline_query" in update) return routes.inlineQuery(ctx, update.inline_query);
    if (!("message" in update) || !("text" in update.message)) return routes.other(ctx);
    const message = update.message;
    const command = readCommand(message, ctx.me);
    const handler = command && routes.commands.get(command.name);
    return handler ? handler(ctx, message, command.payload) : routes.text(ctx, message);
  };
}

/**
 * The leading command, as telegraf's Composer.command reads it: the first entity, a bot_command
 * at offset 0, either bare ("/help") or addressed to this bot in any letter case ("/help@OurBot").
 */
function readCommand(message: Message.TextMessage, username: string): { name: string; payload: string } | undefined {
  const entity = message.entities?.[0];
  if (entity?.type !== "bot_command" || entity.offset > 0) return undefined;
  const [command = "", to] = message.text.slice(0, entity.length).split("@");
  if (to && to.toLowerCase() !== username.toLowerCase()) return undefined;
  return { name: command.slice(1), payload: message.text.slice(entity.length + 1) };
}
