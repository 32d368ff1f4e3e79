// The worker (`npm start`, the Procfile's worker line): wiring and signals only.
// config → logger → knowledge → engine → bot → command menu → long polling.
import { existsSync } from "node:fs";
import { ConfigError, createConfig, type Config } from "./config.js";
import { createEngine } from "./engine/index.js";
import { loadKnowledge } from "./knowledge/load.js";
import { createLogger } from "./logger.js";
import { createBot } from "./telegram/bot.js";
import { publishCommandMenu } from "./telegram/handlers/commands.js";

function readConfig(): Config {
  // Values already in the environment win over .env (process.loadEnvFile never overrides them).
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return createConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line a person can act on; a stack trace would only bury it.
    console.error(error.message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel, secrets: [config.botToken] });
  try {
    const knowledge = loadKnowledge();
    const bot = createBot(createEngine(knowledge), { config, logger });
    logger.info({ paragraphs: knowledge.paragraphs.length, entries: knowledge.qa.length }, "knowledge loaded");

    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        logger.info({ signal }, "stopping");
        try {
          bot.stop(signal);
        } catch {
          // Not polling yet (still starting): nothing to drain.
          process.exit(0);
        }
      });
    }

    await publishCommandMenu(bot.telegram, logger);
    await bot.launch(() => logger.info({ username: bot.botInfo?.username }, "bot started, long polling"));
    logger.info("bot stopped");
  } catch (error) {
    logger.fatal({ err: error }, "the bot could not run");
    process.exitCode = 1;
  }
}

await main();
