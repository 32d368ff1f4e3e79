// What a button carries back. Telegram limits callback_data to 64 bytes and keeps old buttons
// around forever, so the data is self-contained (no server-side state) and checked on the way in.

const CALLBACK_DATA_MAX_BYTES = 64;

export type ButtonAction =
  /** Show the full paragraphs around these cited sentences. */
  | { type: "context"; sentenceIds: string[] }
  /** Answer this curated entry, as if its question had been asked. */
  | { type: "entry"; entryId: string };

const CONTEXT_PREFIX = "ctx:";
const ENTRY_PREFIX = "qa:";
const SENTENCE_ID = /^\d+\.\d+$/;

/** The callback_data for an action, or undefined when it cannot fit in 64 bytes. */
export function encodeAction(action: ButtonAction): string | undefined {
  if (action.type === "entry") return fits(`${ENTRY_PREFIX}${action.entryId}`);
  // Keep as many sentences as fit, best evidence first; the rest are still quoted in the answer.
  let data = "";
  for (const id of new Set(action.sentenceIds)) {
    if (!SENTENCE_ID.test(id)) continue;
    const next = data === "" ? `${CONTEXT_PREFIX}${id}` : `${data},${id}`;
    if (!fits(next)) break;
    data = next;
  }
  return data === "" ? undefined : data;
}

/** The action behind callback_data, or undefined for data this bot never wrote. */
export function decodeAction(data: string | undefined): ButtonAction | undefined {
  if (!data || !fits(data)) return undefined;
  if (data.startsWith(ENTRY_PREFIX)) {
    const entryId = data.slice(ENTRY_PREFIX.length);
    return entryId === "" ? undefined : { type: "entry", entryId };
  }
  if (data.startsWith(CONTEXT_PREFIX)) {
    const sentenceIds = data.slice(CONTEXT_PREFIX.length).split(",");
    return sentenceIds.every((id) => SENTENCE_ID.test(id)) ? { type: "context", sentenceIds } : undefined;
  }
  return undefined;
}

function fits(data: string): string | undefined {
  return Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_MAX_BYTES ? data : undefined;
}
