// Every handler of the reader's side, sharing one conversation memory: the bot factory routes to these.
import type { TopicMemory } from "../../conversation/memory.js";
import type { Engine } from "../../engine/types.js";
import type { Routes } from "../router.js";
import { type Answering, createAnswering } from "./answering.js";
import { buttonHandler } from "./buttons.js";
import { commandHandlers } from "./commands.js";
import { inlineHandler } from "./inline.js";
import { otherUpdates } from "./other-updates.js";
import { questionHandler } from "./questions.js";
import { statsHandler, type StatsDeps } from "./stats.js";

export interface ReaderDeps extends StatsDeps {
  topics: TopicMemory;
  questionLog?: Answering["questionLog"];
}

export function readerRoutes(engine: Engine, { topics, questionLog, ...stats }: ReaderDeps): Routes {
  const answering = createAnswering(engine, { topics, ...(questionLog ? { questionLog } : {}) });
  const text = questionHandler(answering);
  return {
    // /stats is left out of the command menu: it is for admins only.
    commands: new Map([...commandHandlers(answering), ["stats", statsHandler(answering, stats, text)]]),
    text,
    callbackQuery: buttonHandler(answering),
    inlineQuery: inlineHandler(engine),
    other: otherUpdates,
  };
}
