// telegram-test-api answers getUpdates at once even when it has nothing, so a bot's long polling
// turns into a busy loop that takes whole CPU cores from the rest of the test run. This proxy on
// 127.0.0.1 holds each getUpdates a moment before passing it on; everything else goes straight through.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface PollingBrake {
  /** Give this to the bot as TELEGRAM_API_ROOT. */
  url: string;
  close(): Promise<void>;
}

export async function startPollingBrake(target: string, holdMs = 100): Promise<PollingBrake> {
  const server = http.createServer((request, response) => {
    const hold = request.url?.endsWith("/getUpdates") ? holdMs : 0;
    setTimeout(() => {
      const upstream = http.request(new URL(request.url ?? "/", target), { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on("error", () => response.destroy());
      request.pipe(upstream);
    }, hold);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
