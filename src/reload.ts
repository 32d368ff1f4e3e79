// Knowledge edited while the worker runs: on SIGHUP, or once a change in the knowledge folder has
// settled, the folder is loaded and checked, an engine is built over it, and the bot is moved onto
// it in one step. Knowledge that fails the check never replaces the running one.
import { watch, type FSWatcher } from "node:fs";
import { createEngine } from "./engine/index.js";
import { warmUp } from "./engine/sample-questions.js";
import type { Engine, Knowledge } from "./engine/types.js";
import { loadCheckedKnowledge } from "./knowledge/checked.js";
import type { Logger } from "./logger.js";

export const RELOAD_LOG = Object.freeze({
  reloaded: "knowledge reloaded",
  unchanged: "knowledge unchanged, nothing to reload",
  refused: "knowledge NOT reloaded; the running knowledge stays.",
  watchFailed: "cannot watch the knowledge folder; reload with SIGHUP after editing",
});

/** An engine ready for readers: built, then run over made-up questions so that the first reader doesn't wait. */
export function readyEngine(knowledge: Knowledge): Engine {
  const engine = createEngine(knowledge);
  warmUp(engine);
  return engine;
}

export interface ReloadDeps {
  dir: string;
  logger: Logger;
  /** The knowledge the bot runs on now. */
  running: Knowledge;
  /** Moves the bot onto the new engine (bot.useEngine). */
  use(engine: Engine): void;
}

/** Returns reload(reason): true when the bot now runs on new knowledge. It never throws. */
export function createKnowledgeReloader({ dir, logger, running, use }: ReloadDeps): (reason: string) => boolean {
  // Editors touch the folder for many reasons (swap files, saves without a change): only a change to
  // what the bot would load is worth a new engine, or a repeated error line.
  let current = JSON.stringify(running);
  let lastRefusal = "";
  return (reason) => {
    const started = performance.now();
    try {
      const knowledge = loadCheckedKnowledge(dir);
      const loaded = JSON.stringify(knowledge);
      lastRefusal = "";
      if (loaded === current) {
        logger[reason === "SIGHUP" ? "info" : "debug"]({ reason }, RELOAD_LOG.unchanged);
        return false;
      }
      use(readyEngine(knowledge));
      current = loaded;
      const ms = Math.round(performance.now() - started);
      logger.info({ reason, entries: knowledge.qa.length, gaps: knowledge.gaps.length, paragraphs: knowledge.paragraphs.length, ms }, RELOAD_LOG.reloaded);
      return true;
    } catch (error) {
      const message = `${RELOAD_LOG.refused} ${(error as Error).message}`;
      if (message !== lastRefusal || reason === "SIGHUP") logger.error({ reason }, message);
      lastRefusal = message;
      return false;
    }
  };
}

/** Calls `changed` once changes to the folder have settled for `settleMs` (an editor saves in several steps). */
export function watchKnowledge(dir: string, changed: () => void, logger: Logger, settleMs = 300): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(changed, settleMs);
    });
  } catch (error) {
    logger.warn({ err: error }, RELOAD_LOG.watchFailed);
    return { close: () => {} };
  }
  watcher.on("error", (error) => logger.warn({ err: error }, RELOAD_LOG.watchFailed));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
