// The worker's HTTP side: GET/HEAD /healthz in both modes (polling only when HEALTH_PORT is set),
// and in webhook mode POST on the webhook's path, each update acknowledged once it is stored.
import { timingSafeEqual } from "node:crypto";
import * as http from "node:http";
import type { Update } from "telegraf/types";
import type { Receipt } from "./handling.js";
import type { PipelineOptions } from "./options.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface WebhookSettings {
  /** The public https URL Telegram posts updates to; its path is the one served here. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; anything without it is refused. */
  secret: string;
  port: number;
  host?: string;
}

export interface Health {
  ok: boolean;
  body: Record<string, unknown>;
}

export interface HttpServerDeps {
  health(): Health;
  webhook?: {
    settings: WebhookSettings;
    limits: PipelineOptions["webhook"];
    /** False before the bot knows itself (getMe) and while the outbox is full: 503, Telegram retries. */
    accepting(): boolean;
    receive(update: Update): Promise<Receipt>;
  };
}

export function createHttpServer({ health, webhook }: HttpServerDeps): http.Server {
  const path = webhook && new URL(webhook.settings.url).pathname;
  const expected = Buffer.from(webhook?.settings.secret ?? "");
  const limits = webhook?.limits;
  let active = 0;
  const timeoutMs = limits?.bodyTimeoutMs ?? 10_000;
  const server = http.createServer(
    // Node checks for slow requests on this interval; its 30 s default would let a slow body linger.
    { requestTimeout: timeoutMs, headersTimeout: timeoutMs, connectionsCheckingInterval: Math.min(1000, timeoutMs / 2) },
    (req, res) => {
      const route = (req.url ?? "").split("?")[0];
      if (route === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        const { ok, body } = health();
        res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
        return void res.end(req.method === "HEAD" ? undefined : JSON.stringify(body));
      }
      if (!webhook || !limits || req.method !== "POST" || route !== path) return void res.writeHead(404).end();
      const given = req.headers[SECRET_HEADER];
      if (typeof given !== "string") return refuse(res, 401);
      const givenBytes = Buffer.from(given);
      if (givenBytes.length !== expected.length || !timingSafeEqual(givenBytes, expected)) return refuse(res, 403);
      if (!webhook.accepting() || active >= limits.maxConcurrentRequests) return refuse(res, 503);
      if (Number(req.headers["content-length"] ?? 0) > limits.maxBodyBytes) return refuse(res, 413);
      active++;
      res.once("close", () => active--);
      readBody(req, limits.maxBodyBytes).then(
        async (text) => {
          if (text === undefined) return refuse(res, 413);
          const update = parseUpdate(text);
          if (update === undefined) return refuse(res, 400);
          try {
            await webhook.receive(update);
            res.writeHead(200).end();
          } catch {
            // Not stored (logged where it failed): Telegram delivers it again.
            refuse(res, 500);
          }
        },
        () => req.destroy(),
      );
    },
  );
  return server;
}

/** The body as UTF-8, decoded once whole so a character split across chunks survives; undefined past the limit. */
function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Read no further: the 413 closes the connection.
        req.removeAllListeners("data");
        req.pause();
        return resolve(undefined);
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseUpdate(text: string): Update | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    return Number.isSafeInteger((value as { update_id?: unknown }).update_id) ? (value as Update) : undefined;
  } catch {
    return undefined;
  }
}

/** A refusal closes the connection, so a client that keeps sending is not read any further. */
function refuse(res: http.ServerResponse, status: number): void {
  res.writeHead(status, { connection: "close" }).end();
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
