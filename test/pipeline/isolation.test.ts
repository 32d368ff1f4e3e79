// No chat waits for another: a hung chat, a chat under a long 429, or a noisy group holds up
// only itself. Each runs the real pipeline against the fake Bot API on 127.0.0.1.
import { afterEach, describe, expect, it } from "vitest";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import { DEFAULT_PIPELINE } from "../../src/pipeline/index.js";
import { LOG_TEXT } from "../../src/pipeline/messages.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

const others = [11, 12, 13, 14, 15];

describe("one chat's trouble stays in that chat", () => {
  it("when sendMessage to one chat hangs, the other chats are answered at once; the hung reply is tried once more and arrives once", async () => {
    testBot = await startTestBot({ options: { callTimeoutMs: 1500 }, prepare: (api) => api.failChat(10, { delayMs: 60_000 }) });
    const started = Date.now();
    testBot.api.push(textUpdate(1, "hang", 10), ...others.map((chat, i) => textUpdate(2 + i, `hello ${chat}`, chat)));
    await waitUntil(() => others.every((chat) => testBot!.repliesTo(chat).length === 1));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(testBot.repliesTo(10)).toEqual([]);
    await waitUntil(() => testBot!.repliesTo(10).length === 1, 6000);
    expect(testBot.repliesTo(10)).toEqual(["echo: hang"]);
  });

  it("when one chat gets a 429 with a long retry_after, only that chat waits, and its replies keep their order", async () => {
    testBot = await startTestBot({ prepare: (api) => api.failChat(20, apiError(429, "Too Many Requests: retry after 30", 30)) });
    const started = Date.now();
    testBot.api.push(textUpdate(1, "first", 20), textUpdate(2, "second", 20), ...others.map((chat, i) => textUpdate(3 + i, `hi ${chat}`, chat)));
    await waitUntil(() => others.every((chat) => testBot!.repliesTo(chat).length === 1));
    const othersDoneAfter = Date.now() - started;
    await waitUntil(() => testBot!.repliesTo(20).length === 2);
    // 30 "seconds" of 20 ms each in the test options.
    expect(othersDoneAfter).toBeLessThan(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(testBot.repliesTo(20)).toEqual(["echo: first", "echo: second"]);
  });

  it("when a group sends 60 questions at once, another person's private reply is not held up by the group's pacing", async () => {
    testBot = await startTestBot({ options: { pacing: DEFAULT_PIPELINE.pacing } });
    const group = -100_500;
    testBot.api.push(...Array.from({ length: 60 }, (_, i) => textUpdate(i + 1, `/ask question ${i}`, 3000 + i, group)));
    await waitUntil(() => testBot!.repliesTo(group).length >= 3);
    const asked = Date.now();
    testBot.api.push(textUpdate(100, "a private question", 42));
    await waitUntil(() => testBot!.repliesTo(42).length === 1);
    expect(Date.now() - asked).toBeLessThan(500);
    // 20 a minute per group, after a burst of 3: the group's replies go out slowly, in order.
    expect(testBot.repliesTo(group).length).toBeLessThanOrEqual(4);
    expect(testBot.repliesTo(group).slice(0, 3)).toEqual(["echo: /ask question 0", "echo: /ask question 1", "echo: /ask question 2"]);
  });

  it("refuses what would grow one chat's backlog past its bound, and says so on those updates' log lines", async () => {
    testBot = await startTestBot({ options: { pacing: DEFAULT_PIPELINE.pacing, maxPendingPerChat: 10 } });
    const group = -100_600;
    testBot.api.push(...Array.from({ length: 30 }, (_, i) => textUpdate(i + 1, `/ask ${i}`, 4000 + i, group)));
    await waitUntil(() => testBot!.logs.lines().filter((l) => l.msg === "update handled").length === 30);
    const outcomes = testBot.logs.lines().filter((l) => l.msg === "update handled").map((l) => l.outcome);
    expect(outcomes.filter((o) => o === "answered").length).toBeLessThanOrEqual(13);
    expect(outcomes.filter((o) => o === "refused:chat-backlog").length).toBeGreaterThanOrEqual(17);
  });
});

describe("receiving never stalls", () => {
  it("when a getUpdates never returns, it is given up after its timeout with a log line, and polling goes on", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("getUpdates", { delayMs: 60_000 }) });
    testBot.api.push(textUpdate(1, "are you still polling?"));
    await testBot.api.waitFor("sendMessage", 1);
    expect(testBot.logs.lines().find((l) => l.msg === LOG_TEXT.pollFailed)).toMatchObject({ level: 40, failure: "timeout" });
    expect(testBot.replies()).toEqual(["echo: are you still polling?"]);
  }, 10_000);
});
