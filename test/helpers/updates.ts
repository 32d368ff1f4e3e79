// Updates as Telegram would deliver them, including the entities its clients attach
// (bot_command, mention), so the bot's own parsing is what gets tested.
import type { Chat, InlineKeyboardMarkup, MessageEntity, Update, User, UserFromGetMe } from "telegraf/types";

export const BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: "Article Bot",
  username: "ArticleAnswerBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};

export const USER: User = { id: 42, is_bot: false, first_name: "Ada", username: "ada" };
export const PRIVATE_CHAT: Chat.PrivateChat = { id: USER.id, type: "private", first_name: USER.first_name };
/** A reader whose Telegram is set to Russian. */
export const RUSSIAN_USER: User = { id: 43, is_bot: false, first_name: "Аня", language_code: "ru" };

/** Each reader's own private chat (its id is theirs, as in Telegram). */
export const privateChatOf = (user: User): Chat.PrivateChat => ({ id: user.id, type: "private", first_name: user.first_name });

/** A message the bot sent, as a reply to it carries it: its text and its buttons. */
export interface BotMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}
export const GROUP_CHAT: Chat.SupergroupChat = { id: -100_123, type: "supergroup", title: "Readers" };

let nextUpdateId = 1;
let nextMessageId = 1;

interface MessageOptions {
  /** The sender's private chat unless given. */
  chat?: Chat;
  from?: User;
  /** Make the message a reply to one the bot sent: a given one, or any earlier answer. */
  replyToBot?: boolean | BotMessage;
}

export function textMessage(text: string, { from = USER, chat = privateChatOf(from), replyToBot = false }: MessageOptions = {}): Update.MessageUpdate {
  const replied = replyToBot === true ? { text: "an earlier answer" } : replyToBot;
  return messageUpdate(chat, from, {
    text,
    entities: entitiesOf(text),
    ...(replied ? { reply_to_message: { ...base(chat, BOT_INFO), ...replied } } : {}),
  });
}

export function groupMessage(text: string, options: Omit<MessageOptions, "chat"> = {}): Update.MessageUpdate {
  return textMessage(text, { ...options, chat: GROUP_CHAT });
}

export function sticker(chat: Chat = PRIVATE_CHAT, from: User = USER): Update.MessageUpdate {
  const file = { file_id: "sticker-file", file_unique_id: "sticker-unique", width: 512, height: 512 };
  return messageUpdate(chat, from, { sticker: { ...file, type: "regular", is_animated: false, is_video: false } });
}

export function photo(chat: Chat = PRIVATE_CHAT): Update.MessageUpdate {
  return messageUpdate(chat, USER, { photo: [{ file_id: "photo-file", file_unique_id: "photo-unique", width: 90, height: 90 }] });
}

export function editedText(text: string, chat: Chat = PRIVATE_CHAT): Update.EditedMessageUpdate {
  return { update_id: nextUpdateId++, edited_message: { ...base(chat, USER), edit_date: 2, text } } as Update.EditedMessageUpdate;
}

export function channelPost(text: string): Update.ChannelPostUpdate {
  const channel: Chat.ChannelChat = { id: -100_999, type: "channel", title: "News" };
  return { update_id: nextUpdateId++, channel_post: { message_id: nextMessageId++, date: 1, chat: channel, text } } as Update.ChannelPostUpdate;
}

/** A button press on a message the bot sent (callback_data as given, however stale). */
export function buttonPress(data: string, chat: Chat = PRIVATE_CHAT, from: User = USER): Update.CallbackQueryUpdate {
  const message = { ...base(chat, BOT_INFO), text: "an earlier answer" };
  return { update_id: nextUpdateId++, callback_query: { id: `cb-${nextUpdateId}`, from, chat_instance: "ci", message, data } };
}

export function inlineQuery(query: string, from: User = USER): Update.InlineQueryUpdate {
  return { update_id: nextUpdateId++, inline_query: { id: `iq-${nextUpdateId}`, from, query, offset: "" } };
}

function messageUpdate(chat: Chat, from: User, content: object): Update.MessageUpdate {
  return { update_id: nextUpdateId++, message: { ...base(chat, from), ...content } } as Update.MessageUpdate;
}

function base(chat: Chat, from: User) {
  return { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from };
}

// What Telegram's servers mark up: a leading /command (with an optional @bot) and @mentions.
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,32}/g)) {
    entities.push({ type: "mention", offset: mention.index ?? 0, length: mention[0].length });
  }
  return entities;
}
