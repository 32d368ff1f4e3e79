// Whether a text message is meant for this bot, and what it asks. In groups the bot speaks
// only when spoken to: a command for it, a mention, or a reply to one of its messages.
import type { Chat, Message, MessageEntity, UserFromGetMe } from "telegraf/types";

export type Addressing =
  | { kind: "question"; text: string }
  /** A command for this bot that no command handler knows. */
  | { kind: "unknown-command" }
  | { kind: "not-for-us" };

export function readAddressing(message: Message.TextMessage, chatType: Chat["type"], me: UserFromGetMe): Addressing {
  const entities = message.entities ?? [];
  const command = entities.find((entity) => entity.type === "bot_command" && entity.offset === 0);
  if (command) return commandAddressing(message.text.slice(0, command.length), chatType, me);
  if (chatType === "private") return { kind: "question", text: message.text.trim() };
  const mentions = entities.filter((entity) => mentionsMe(message.text, entity, me));
  if (mentions.length === 0 && message.reply_to_message?.from?.id !== me.id) return { kind: "not-for-us" };
  return { kind: "question", text: withoutEntities(message.text, mentions).trim() };
}

// "/cmd" in a group may be for any bot there; only "/cmd@OurBot" is surely ours.
function commandAddressing(command: string, chatType: Chat["type"], me: UserFromGetMe): Addressing {
  const [, target] = command.split("@");
  if (target !== undefined) return sameUsername(target, me) ? { kind: "unknown-command" } : { kind: "not-for-us" };
  return chatType === "private" ? { kind: "unknown-command" } : { kind: "not-for-us" };
}

function mentionsMe(text: string, entity: MessageEntity, me: UserFromGetMe): boolean {
  if (entity.type === "text_mention") return entity.user.id === me.id;
  if (entity.type !== "mention") return false;
  return sameUsername(text.slice(entity.offset + 1, entity.offset + entity.length), me);
}

function sameUsername(username: string, me: UserFromGetMe): boolean {
  return username.toLowerCase() === me.username.toLowerCase();
}

// Entity offsets count UTF-16 code units, as JavaScript string indices do.
function withoutEntities(text: string, entities: readonly MessageEntity[]): string {
  return [...entities]
    .sort((a, b) => b.offset - a.offset)
    .reduce((rest, entity) => rest.slice(0, entity.offset) + rest.slice(entity.offset + entity.length), text)
    .replace(/\s{2,}/g, " ");
}
