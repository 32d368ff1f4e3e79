import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Pending replies name their chat, and a private chat's id is the reader's user id, which must not
 * sit in the store in clear. Rows are encrypted (AES-256-CTR) under a key derived from a secret
 * the worker has and the database does not (the bot token): a copy of the database alone reveals
 * nobody. A row that opens under another token fails its check instead of reading as garbage.
 *
 * Storing is the hot path and a cipher object costs more than storing a row, so a whole batch is
 * one key stream: a random 96-bit nonce per batch, each row starting on a block of its own, and the
 * row keeps the nonce and its first block number, which is all it needs to be opened alone.
 */
export interface Sealer {
  /** Each row's text is given in parts (strings or UTF-8 bytes), sealed as if joined. */
  sealAll(rows: ReadonlyArray<ReadonlyArray<string | Uint8Array>>): Uint8Array[];
  /** The text, or undefined when the row was sealed under another key. */
  open(sealed: Uint8Array): string | undefined;
}

const NONCE_BYTES = 12;
const HEADER_BYTES = NONCE_BYTES + 4;
const BLOCK = 16;
// Opened under the wrong key, these four bytes come out right once in 2^32.
const CHECK = Buffer.from("AAB1");

export function createSealer(secret: string, purpose: string): Sealer {
  const key = Buffer.from(hkdfSync("sha256", secret, "article-answer-bot", purpose, 32));
  const counter = (nonce: Uint8Array, block: number) => {
    const iv = Buffer.alloc(BLOCK);
    iv.set(nonce);
    iv.writeUInt32BE(block, NONCE_BYTES);
    return iv;
  };
  return {
    sealAll(rows) {
      if (rows.length === 0) return [];
      const plains = rows.map((parts) => (parts.length === 1 && typeof parts[0] !== "string" ? parts[0]! : Buffer.concat(parts.map(bytes))));
      const starts: number[] = [];
      let size = 0;
      for (const plain of plains) {
        starts.push(size);
        size += Math.ceil((CHECK.length + plain.length) / BLOCK) * BLOCK;
      }
      const stream = Buffer.alloc(size);
      plains.forEach((plain, i) => {
        CHECK.copy(stream, starts[i]);
        stream.set(plain, starts[i]! + CHECK.length);
      });
      const nonce = randomBytes(NONCE_BYTES);
      const sealed = createCipheriv("aes-256-ctr", key, counter(nonce, 0)).update(stream);
      return plains.map((plain, i) => {
        const row = Buffer.allocUnsafe(HEADER_BYTES + CHECK.length + plain.length);
        nonce.copy(row, 0);
        row.writeUInt32BE(starts[i]! / BLOCK, NONCE_BYTES);
        sealed.copy(row, HEADER_BYTES, starts[i], starts[i]! + CHECK.length + plain.length);
        return row;
      });
    },
    open(sealed) {
      const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      if (bytes.length < HEADER_BYTES + CHECK.length) return undefined;
      const iv = counter(bytes.subarray(0, NONCE_BYTES), bytes.readUInt32BE(NONCE_BYTES));
      const plain = createDecipheriv("aes-256-ctr", key, iv).update(bytes.subarray(HEADER_BYTES));
      return plain.subarray(0, CHECK.length).equals(CHECK) ? plain.subarray(CHECK.length).toString("utf8") : undefined;
    },
  };
}

const bytes = (part: string | Uint8Array): Uint8Array => (typeof part === "string" ? Buffer.from(part, "utf8") : part);
