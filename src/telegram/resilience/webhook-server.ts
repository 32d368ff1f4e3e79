import { timingSafeEqual } from "node:crypto";
import * as http from "node:http";
import type { Context, Telegraf } from "telegraf";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface WebhookSettings {
  /** The public https URL Telegram posts updates to; its path is the one served here. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; anything without it is refused. */
  secret: string;
  port: number;
  host?: string;
}

/**
 * The HTTP side of webhook mode: GET /healthz for the platform's health check, and POST on the
 * webhook path, handed to telegraf only when the secret header matches (missing: 401, wrong:
 * 403), so nobody who merely guesses the URL can feed the bot updates.
 */
export function createWebhookServer<C extends Context>(bot: Telegraf<C>, settings: WebhookSettings): http.Server {
  const path = new URL(settings.url).pathname;
  const handle = bot.webhookCallback(path, { secretToken: settings.secret });
  const expected = Buffer.from(settings.secret);
  return http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (req.method !== "POST" || req.url !== path) return void res.writeHead(404).end();
    const given = req.headers[SECRET_HEADER];
    if (typeof given !== "string") return void res.writeHead(401).end();
    const givenBytes = Buffer.from(given);
    if (givenBytes.length !== expected.length || !timingSafeEqual(givenBytes, expected)) return void res.writeHead(403).end();
    void handle(req, res);
  });
}

export function listen(server: http.Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Stops taking requests; those being handled go on, and idle keep-alive sockets are closed. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
