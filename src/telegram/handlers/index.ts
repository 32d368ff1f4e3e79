// Every handler of the reader's side, sharing one conversation memory: the bot factory routes to these.
import type { Engine } from "../../engine/types.js";
import type { Routes } from "../router.js";
import { createAnswering } from "./answering.js";
import { buttonHandler } from "./buttons.js";
import { commandHandlers } from "./commands.js";
import { inlineHandler } from "./inline.js";
import { otherUpdates } from "./other-updates.js";
import { questionHandler } from "./questions.js";

export function readerRoutes(engine: Engine): Routes {
  const answering = createAnswering(engine);
  return {
    commands: commandHandlers(answering),
    text: questionHandler(answering),
    callbackQuery: buttonHandler(answering),
    inlineQuery: inlineHandler(engine),
    other: otherUpdates,
  };
}
