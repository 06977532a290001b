/**
 * The composition root of `npm start`: reads the configuration, starts the service and shuts it
 * down cleanly on SIGINT/SIGTERM (exit 0; exit 1 when the stop outlasts MM_SHUTDOWN_GRACE_MS or a
 * second signal comes). A bad configuration stops start-up with one line.
 */
import v8 from "node:v8";
import { composeService } from "./composition/service.ts";
import { checkChannelsAtStart } from "./config/channel-config.ts";
import { ConfigurationError, readEnvironment } from "./config/environment.ts";
import { checkPublicUrlAtStart } from "./config/public-url.ts";
import { errorLine, errorLogFields } from "./logging/error-fields.ts";
import { createLogger } from "./logging/logger.ts";

// Memory of the long-running service (web chat: 10 000 open conversations within 300 MB): Prisma's
// query-compiler wasm stays on the baseline compiler (TurboFan kept ~55 MB for ~2% of a turn), and
// the heap grows by 30% between full collections instead of up to 4x (-100 MB under a burst of
// sessions, ~8% fewer turns/s). Both are read when used, so setting them here is in time.
v8.setFlagsFromString("--liftoff-only");
v8.setFlagsFromString("--heap-growing-percent=30");

async function main(): Promise<void> {
  let env: ReturnType<typeof readEnvironment>;
  let publicUrlWarning: string | undefined;
  let channelWarnings: string[];
  try {
    env = readEnvironment();
    // production never writes the localhost default into certificates (adapters/config/public-url.ts)
    publicUrlWarning = checkPublicUrlAtStart(env);
    // a channel configured in part, or a webhook without its secret (adapters/config/channel-config.ts)
    channelWarnings = checkChannelsAtStart(env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message} [config_invalid]\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: env.LOG_LEVEL });
  if (publicUrlWarning) logger.warn({ publicUrl: env.MM_PUBLIC_URL }, publicUrlWarning);
  for (const warning of channelWarnings) logger.warn(warning);
  let service: Awaited<ReturnType<typeof composeService>>;
  try {
    service = await composeService(env, logger);
  } catch (error) {
    // a known failure (a code: ca_missing, EADDRINUSE…) is told without a stack trace
    logger.fatal(errorLogFields(error), "start-up failed");
    process.stderr.write(`start-up failed: ${errorLine(error)}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // a second signal: the operator will not wait for the work in hand
      logger.warn({ signal }, "second signal while shutting down: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    // A stop waits for the work in hand (a turn, a job); one hanging on an outside service (a Bot
    // API that never answers) would keep the process until the host kills it. Work not finished is
    // resumed at the next start, so past the grace the process exits on its own, and says so.
    setTimeout(() => {
      logger.error(
        { signal, graceMs: env.MM_SHUTDOWN_GRACE_MS, code: "shutdown_timeout" },
        "shutdown did not finish within MM_SHUTDOWN_GRACE_MS: exiting; unfinished work resumes at the next start",
      );
      process.exit(1);
    }, env.MM_SHUTDOWN_GRACE_MS).unref();
    try {
      await service.close();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

await main();
