// Stands in for api.telegram.org with nock: records every Bot API call the bot makes and answers
// it as Telegram would, so tests can assert the request bodies. Nothing leaves the process.
import "./promise-with-resolvers.js";
import nock from "nock";

export interface ApiCall {
  method: string;
  // Bot API payloads are loose JSON; tests read the fields they care about.
  body: Record<string, any>;
}

export interface TelegramApiRecorder {
  readonly calls: ApiCall[];
  /** The calls of one method, in order. */
  callsTo(method: string): ApiCall[];
  /** Forget what was recorded (between steps of one test). */
  clear(): void;
  stop(): void;
}

const API_ROOT = "https://api.telegram.org";

/** `failing` methods answer with a Bot API error, as Telegram does for a bad request. */
export function recordTelegramApi(token: string, { failing = [] as string[] } = {}): TelegramApiRecorder {
  nock.disableNetConnect();
  const calls: ApiCall[] = [];
  let nextMessageId = 1000;
  nock(API_ROOT)
    .persist()
    .post((path) => path.startsWith(`/bot${token}/`))
    // nock 15 hands the reply function a fetch Request (its README still shows the old form).
    .reply(async (request: Request) => {
      const method = new URL(request.url).pathname.split("/").pop() ?? "";
      const text = await request.text();
      const payload = (text === "" ? {} : JSON.parse(text)) as Record<string, any>;
      calls.push({ method, body: payload });
      if (failing.includes(method)) return [400, { ok: false, error_code: 400, description: `Bad Request: ${method} failed` }];
      return [200, { ok: true, result: fakeResult(method, payload, nextMessageId++) }];
    });
  return {
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    clear: () => void calls.splice(0),
    stop: () => {
      nock.cleanAll();
      nock.enableNetConnect();
    },
  };
}

function fakeResult(method: string, body: Record<string, any>, messageId: number): unknown {
  if (method !== "sendMessage") return true;
  return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: body.chat_id, type: "private" }, text: body.text };
}
