// What a button carries back. Telegram limits callback_data to 64 bytes and keeps old buttons
// around forever, so the data is self-contained (no server-side state) and checked on the way in.

const CALLBACK_DATA_MAX_BYTES = 64;

export type ButtonAction =
  /**
   * Show the text around these cited sentences. It also names the answer's entry, when it had one:
   * a reply to the message reads its topic back from this button (see keyboard.ts).
   */
  | { type: "context"; sentenceIds: string[]; entryId?: string }
  /** Answer this curated entry, as if its question had been asked. */
  | { type: "entry"; entryId: string }
  /**
   * 👍 (up) or 👎 on the answer to a logged question, named by its id in the question log: a sent
   * message's id is not known while handling (the outbox sends it later), so the button carries it.
   */
  | { type: "vote"; questionId: number; up: boolean };

const CONTEXT_PREFIX = "ctx:";
const ENTRY_PREFIX = "qa:";
// Sentence ids hold only digits, dots and commas, so whatever follows ";" is the entry id.
const ENTRY_SEPARATOR = ";";
const SENTENCE_ID = /^\d+\.\d+$/;
const VOTE_PREFIX = { up: "vote:+:", down: "vote:-:" } as const;
// A question's id, in base 36: eleven characters at most.
const QUESTION_ID = /^[0-9a-z]{1,11}$/;

/** The callback_data for an action, or undefined when it cannot fit in 64 bytes. */
export function encodeAction(action: ButtonAction): string | undefined {
  if (action.type === "entry") return fits(`${ENTRY_PREFIX}${action.entryId}`);
  if (action.type === "vote") return Number.isSafeInteger(action.questionId) && action.questionId > 0 ? `${action.up ? VOTE_PREFIX.up : VOTE_PREFIX.down}${action.questionId.toString(36)}` : undefined;
  const suffix = action.entryId === undefined ? "" : `${ENTRY_SEPARATOR}${action.entryId}`;
  // Keep as many sentences as fit, best evidence first; the rest are still quoted in the answer.
  let ids = "";
  for (const id of new Set(action.sentenceIds)) {
    if (!SENTENCE_ID.test(id)) continue;
    const next = ids === "" ? id : `${ids},${id}`;
    if (!fits(`${CONTEXT_PREFIX}${next}${suffix}`)) break;
    ids = next;
  }
  // An entry id too long to share the button with a sentence is left out: the context matters more.
  if (ids === "" && suffix !== "") return encodeAction({ type: "context", sentenceIds: action.sentenceIds });
  return ids === "" ? undefined : `${CONTEXT_PREFIX}${ids}${suffix}`;
}

/** The action behind callback_data, or undefined for data this bot never wrote. */
export function decodeAction(data: string | undefined): ButtonAction | undefined {
  if (!data || !fits(data)) return undefined;
  if (data.startsWith(ENTRY_PREFIX)) {
    const entryId = data.slice(ENTRY_PREFIX.length);
    return entryId === "" ? undefined : { type: "entry", entryId };
  }
  for (const up of [true, false]) {
    const prefix = up ? VOTE_PREFIX.up : VOTE_PREFIX.down;
    if (!data.startsWith(prefix)) continue;
    const id = data.slice(prefix.length);
    const questionId = parseInt(id, 36);
    return QUESTION_ID.test(id) && Number.isSafeInteger(questionId) ? { type: "vote", questionId, up } : undefined;
  }
  if (data.startsWith(CONTEXT_PREFIX)) {
    const [ids = "", ...entry] = data.slice(CONTEXT_PREFIX.length).split(ENTRY_SEPARATOR);
    const sentenceIds = ids.split(",");
    const entryId = entry.join(ENTRY_SEPARATOR);
    if (!sentenceIds.every((id) => SENTENCE_ID.test(id)) || (entry.length > 0 && entryId === "")) return undefined;
    return entry.length === 0 ? { type: "context", sentenceIds } : { type: "context", sentenceIds, entryId };
  }
  return undefined;
}

function fits(data: string): string | undefined {
  return Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_MAX_BYTES ? data : undefined;
}
