import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, startFakeBotApi, type Fault, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { BotApiError, createBotApi, deliveryOf, type BotApi, type Failure } from "../../src/pipeline/bot-api.js";
import { freePort, TOKEN } from "./harness.js";

let api: BotApi | undefined;
let fake: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  await fake?.close();
  api = fake = undefined;
});

/** What one sendMessage meets when the fake Bot API plays `fault`. */
async function failureOn(fault: Fault, timeoutMs = 300): Promise<Failure> {
  fake = await startFakeBotApi();
  fake.fail("sendMessage", fault);
  api = createBotApi({ apiRoot: fake.url, token: TOKEN, connections: 2 });
  const error = await api.call("sendMessage", { chat_id: 1, text: "hi" }, { timeoutMs }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BotApiError);
  return (error as BotApiError).failure;
}

describe("what a failed Bot API call means for a retry", () => {
  it.each<[string, Fault, Failure["kind"], ReturnType<typeof deliveryOf>]>([
    ["429 with retry_after", apiError(429, "Too Many Requests", 7), "rate-limited", "not-sent"],
    ["a JSON 502", apiError(502, "Bad Gateway"), "server", "not-sent"],
    ["a proxy's HTML 503 page", { status: 503, html: "<html>Service Unavailable</html>" }, "server", "not-sent"],
    ["a proxy's HTML page with status 200", { status: 200, html: "<html>login</html>" }, "not-telegram", "final"],
    ["400 Bad Request", apiError(400, "Bad Request: chat not found"), "rejected", "final"],
    ["403 blocked by the user", apiError(403, "Forbidden: bot was blocked by the user"), "rejected", "final"],
    ["401", apiError(401, "Unauthorized"), "unauthorized", "final"],
    ["409", apiError(409, "Conflict"), "conflict", "final"],
    ["a connection reset after the request was sent", "reset", "no-answer", "maybe-sent"],
    ["no answer within the timeout", { delayMs: 5000 }, "no-answer", "maybe-sent"],
  ])("%s: %s, %s", async (_, fault, kind, delivery) => {
    const failure = await failureOn(fault);
    expect(failure.kind).toBe(kind);
    expect(deliveryOf(failure)).toBe(delivery);
  });

  it("a refused connection never left: retried fully", async () => {
    api = createBotApi({ apiRoot: `http://127.0.0.1:${await freePort()}/`, token: TOKEN, connections: 1 });
    const error = (await api.call("getMe", {}, { timeoutMs: 1000 }).catch((e: unknown) => e)) as BotApiError;
    expect(error.failure).toEqual({ kind: "unreachable", code: "ECONNREFUSED" });
    expect(deliveryOf(error.failure)).toBe("not-sent");
  });

  it("a timeout bounds the call: a getUpdates that never returns fails after its timeout, not 500 s", async () => {
    const server: Server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    api = createBotApi({ apiRoot: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, token: TOKEN, connections: 1 });
    const started = Date.now();
    const error = (await api.call("getUpdates", { timeout: 25 }, { timeoutMs: 200 }).catch((e: unknown) => e)) as BotApiError;
    expect(error.failure).toEqual({ kind: "no-answer", code: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
    server.closeAllConnections();
    server.close();
  });

  it("never puts the token in an error", async () => {
    const failure = await failureOn({ status: 200, html: "<html>not json</html>" });
    const error = new BotApiError("sendMessage", failure);
    expect(`${error.message} ${error.stack}`).not.toContain(TOKEN.split(":")[1]);
  });
});
