import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "telegraf/types";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import { LOG_TEXT, USER_TEXT } from "../../src/pipeline/messages.js";
import type { BotContext } from "../../src/telegram/context.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

const updateLines = (t: TestBot) => t.logs.lines().filter((l) => l.msg === "update handled");

function buttonPress(updateId: number, from: number, chatId = from): Update {
  const message = { message_id: 1, date: 0, chat: { id: chatId, type: "private", first_name: "R" }, text: "an answer" };
  return { update_id: updateId, callback_query: { id: `cb${updateId}`, from: { id: from, is_bot: false, first_name: "R" }, chat_instance: "ci", message, data: "more" } } as Update;
}

/** Echoes text; a button press is answered (the spinner stops) and gets a message. */
async function echoAndButtons(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) {
    await ctx.answerCbQuery();
    await ctx.reply("more for you");
    return;
  }
  await ctx.reply(`echo: ${ctx.text}`);
}

describe("a failing handler never stops the bot", () => {
  it("when a handler throws, the user gets an apology, the error is logged with the update id, and the next update is answered", async () => {
    const handler = async (ctx: BotContext) => {
      if (ctx.text === "boom") throw new Error("engine exploded");
      await ctx.reply(`echo: ${ctx.text}`);
    };
    testBot = await startTestBot({ handler });
    testBot.api.push(textUpdate(1, "boom"), textUpdate(2, "still there?", 1001));
    await testBot.api.waitFor("sendMessage", 2);
    expect(testBot.repliesTo(1001)).toEqual([USER_TEXT.apology, "echo: still there?"]);
    const logged = testBot.logs.lines().find((l) => l.msg === LOG_TEXT.handlerFailed);
    expect(logged).toMatchObject({ update_id: 1, err: { message: "engine exploded" } });
  });
});

describe("one chat's updates in order, every update on one log line", () => {
  it("answers five questions from one chat in the order they were asked", async () => {
    testBot = await startTestBot();
    testBot.api.push(...[1, 2, 3, 4, 5].map((id) => textUpdate(id, `q${id}`, 77)));
    await testBot.api.waitFor("sendMessage", 5);
    expect(testBot.replies()).toEqual(["echo: q1", "echo: q2", "echo: q3", "echo: q4", "echo: q5"]);
  });

  it("logs each update once, with what became of it, and each reply's wait for Telegram (at debug) on its own line", async () => {
    testBot = await startTestBot({ options: { flood: { questionsPerWindow: 1 } } });
    testBot.api.push(textUpdate(1, "first", 5), textUpdate(2, "second", 5), textUpdate(3, "third", 5));
    await testBot.api.waitFor("sendMessage", 2);
    await waitUntil(() => updateLines(testBot!).length === 3);
    expect(updateLines(testBot).map((l) => [l.update_id, l.outcome, l.replies])).toEqual([
      [1, "answered", 1],
      [2, "flood:notice", 1],
      [3, "flood:silent", 0],
    ]);
    expect(updateLines(testBot)[0]).toMatchObject({ update_type: "message", chat_type: "private", latency_ms: expect.any(Number) });
    await waitUntil(() => testBot!.logs.lines().filter((l) => l.msg === LOG_TEXT.sent).length === 2);
    expect(testBot.logs.lines().find((l) => l.msg === LOG_TEXT.sent)).toMatchObject({ level: 20, update_id: 1, method: "sendMessage", wait_ms: expect.any(Number) });
  });

  it("logs a slow or retried reply at info, and a summary of the replies sent at each sweep", async () => {
    testBot = await startTestBot({ options: { sweepIntervalMs: 300 }, prepare: (api) => api.failChat(5, { status: 502 }) });
    testBot.api.push(textUpdate(1, "first", 5), textUpdate(2, "second", 6));
    await testBot.api.waitFor("sendMessage", 2);
    await waitUntil(() => testBot!.logs.lines().some((l) => l.msg === LOG_TEXT.summary));
    const sent = testBot.logs.lines().filter((l) => l.msg === LOG_TEXT.sent);
    expect(sent.map((l) => [l.update_id, l.level, l.attempts])).toEqual(expect.arrayContaining([[1, 30, 2], [2, 20, 1]]));
    expect(testBot.logs.lines().find((l) => l.msg === LOG_TEXT.summary)).toMatchObject({ level: 30, sent: 2, dropped: 0, outbox: 0, wait_max_ms: expect.any(Number) });
  });
});

describe("an update delivered twice is answered once", () => {
  it("when the same update comes twice in one batch, one reply is sent", async () => {
    testBot = await startTestBot({ prepare: (api) => api.push(textUpdate(1, "once"), textUpdate(1, "once")) });
    await testBot.api.waitFor("sendMessage");
    await testBot.api.waitFor("getUpdates", 3);
    expect(testBot.replies()).toEqual(["echo: once"]);
  });

  it("when polling restarts after a 409 and Telegram redelivers the unconfirmed batch, it is not answered again", async () => {
    const conflict = apiError(409, "Conflict: terminated by other getUpdates request");
    testBot = await startTestBot({
      prepare: (api) => {
        api.push(textUpdate(1, "before the restart"));
        api.fail("getUpdates", { delayMs: 0 }, conflict);
      },
    });
    // First batch, the 409, the redelivered batch, then the call that confirms it.
    await testBot.api.waitFor("getUpdates", 3);
    expect(testBot.api.calls.filter((c) => c.method === "getUpdates" && c.ok)[1]?.payload.offset).toBe(0);
    await waitUntil(() => updateLines(testBot!).some((l) => l.outcome === "duplicate"));
    expect(testBot.replies()).toEqual(["echo: before the restart"]);
  });
});

describe("the flood limit", () => {
  it("answers up to the limit, sends one polite notice, then stays silent until the window passes", async () => {
    testBot = await startTestBot({ options: { flood: { questionsPerWindow: 3, windowMs: 400 } } });
    const user = 77;
    testBot.api.push(...[1, 2, 3, 4, 5].map((id) => textUpdate(id, `question ${id}`, user)));
    await testBot.api.waitFor("sendMessage", 4);
    await waitUntil(() => testBot!.api.calls.some((c) => c.method === "getUpdates" && Number(c.payload.offset) === 6));
    expect(testBot.replies()).toHaveLength(4);
    expect(testBot.replies().filter((t) => t === USER_TEXT.floodNotice(1))).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 450));
    testBot.api.push(textUpdate(6, "question 6", user));
    await testBot.api.waitFor("sendMessage", 5);
    expect(testBot.replies().at(-1)).toBe("echo: question 6");
  });

  it("counts one person's questions in a group too: one notice there, then silence", async () => {
    testBot = await startTestBot({ options: { flood: { questionsPerWindow: 2 } } });
    testBot.api.push(...[1, 2, 3, 4, 5, 6].map((id) => textUpdate(id, `/ask ${id}`, 55, -100_200)));
    await waitUntil(() => updateLines(testBot!).length === 6);
    await testBot.api.waitFor("sendMessage", 3);
    expect(testBot.repliesTo(-100_200)).toEqual(["echo: /ask 1", "echo: /ask 2", USER_TEXT.floodNotice(60)]);
  });

  it("counts button presses too, and still answers each press so no button keeps spinning", async () => {
    testBot = await startTestBot({ handler: echoAndButtons, options: { flood: { questionsPerWindow: 2 } } });
    testBot.api.push(...[1, 2, 3, 4].map((id) => buttonPress(id, 66)));
    await testBot.api.waitFor("answerCallbackQuery", 4);
    await testBot.api.waitFor("sendMessage", 3);
    await waitUntil(() => updateLines(testBot!).length === 4);
    expect(testBot.repliesTo(66)).toEqual(["more for you", "more for you", USER_TEXT.floodNotice(60)]);
  });

  it("refuses a message far longer than a question with a clear message", async () => {
    testBot = await startTestBot({ options: { flood: { maxMessageChars: 1000 } } });
    testBot.api.push(textUpdate(1, "why? ".repeat(300)));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual([USER_TEXT.tooLong(1000)]);
  });
});

describe("an update is confirmed only once its replies are stored", () => {
  it("when the store fails, the update is not confirmed: getUpdates keeps asking from the same offset", async () => {
    testBot = await startTestBot();
    testBot.api.push(textUpdate(1, "stored fine"));
    await testBot.api.waitFor("sendMessage");
    await testBot.store.close();
    testBot.api.push(textUpdate(2, "the store is gone"));
    await waitUntil(() => testBot!.logs.lines().some((l) => l.msg === LOG_TEXT.commitFailed && l.update_id === 2));
    const polls = testBot.api.calls.filter((c) => c.method === "getUpdates").length;
    await testBot.api.waitFor("getUpdates", polls + 1, { arrived: true });
    expect(testBot.api.calls.filter((c) => c.method === "getUpdates").at(-1)?.payload.offset).toBe(2);
    expect(testBot.replies()).toEqual(["echo: stored fine"]);
  });
});
