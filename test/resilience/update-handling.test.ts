import { afterEach, describe, expect, it } from "vitest";
import type { Context } from "telegraf";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import { LOG_TEXT, USER_TEXT } from "../../src/telegram/resilience/messages.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

describe("a failing handler never stops the bot", () => {
  it("when a handler throws, the user gets an apology, the error is logged with the update id, and the next update is answered", async () => {
    const handler = async (ctx: Context) => {
      if (ctx.text === "boom") throw new Error("engine exploded");
      await ctx.reply(`echo: ${ctx.text}`);
    };
    testBot = await startTestBot({ handler });
    testBot.api.push(textUpdate(1, "boom"));
    await testBot.api.waitFor("sendMessage");
    testBot.api.push(textUpdate(2, "still there?"));
    await testBot.api.waitFor("sendMessage", 2);
    expect(testBot.replies()).toEqual([USER_TEXT.apology, "echo: still there?"]);
    const logged = testBot.logs.lines().find((l) => l.msg === LOG_TEXT.handlerFailed);
    expect(logged).toMatchObject({ update_id: 1, err: { message: "engine exploded" } });
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
    expect(testBot.replies()).toEqual(["echo: before the restart"]);
  });
});

describe("flood control in private chats", () => {
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

  it("refuses a message far longer than a question with a clear message", async () => {
    testBot = await startTestBot({ options: { flood: { maxMessageChars: 1000 } } });
    testBot.api.push(textUpdate(1, "why? ".repeat(300)));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual([USER_TEXT.tooLong(1000)]);
  });
});
