import { describe, expect, it } from "vitest";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import type { BotContext } from "../../src/telegram/context.js";
import { startTestBot, TOKEN, waitUntil } from "./harness.js";

describe("the bot token never reaches the logs", () => {
  it("in a run full of API faults, HTML pages, network errors and failing handlers, no line contains the token", async () => {
    const handler = async (ctx: BotContext) => {
      // A handler bug that puts the request URL, token and all, into its error.
      if (ctx.text === "leak") throw new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`);
      await ctx.reply(`echo: ${ctx.text}`);
    };
    const htmlPage = { status: 200, html: `<html>proxy says: /bot${TOKEN}/getMe is not here</html>` };
    const testBot = await startTestBot({
      handler,
      prepare: (api) => {
        api.fail("getMe", "reset", { status: 502 }, htmlPage);
        api.fail("sendMessage", { status: 502 }, { status: 502, html: "<html>502</html>" }, apiError(400, "Bad Request"), "reset", htmlPage);
      },
    });
    testBot.api.push(textUpdate(1, "lost to 502s"), textUpdate(2, "leak"), textUpdate(3, "bad request"));
    await waitUntil(() => testBot.api.calls.filter((c) => c.method === "sendMessage").length >= 5);
    testBot.api.push(textUpdate(4, "ping", 1004));
    await waitUntil(() => testBot.replies().includes("echo: ping"));
    testBot.logs.logger.error({ config: { botToken: TOKEN }, url: `${testBot.api.url}bot${TOKEN}/getMe` }, "a careless log line");

    // A worker whose connections keep being reset.
    const unreachable = await startTestBot({
      logs: testBot.logs,
      options: { startupRetryMs: 100 },
      prepare: (api) => api.fail("getMe", ...Array.from({ length: 100 }, () => "reset" as const)),
    });
    const startupError = await unreachable.running.done.then(() => undefined, (error: unknown) => error);
    testBot.logs.logger.fatal({ err: startupError }, "the bot could not run");
    await Promise.all([testBot.stop(), unreachable.stop()]);

    const text = testBot.logs.text();
    expect(text).toContain("[redacted]");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.split(":")[1]);
  });
});
