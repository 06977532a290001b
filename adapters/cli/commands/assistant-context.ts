import { type RunningAssistant, startAssistant } from "../../assistant.ts";
import { readEnvironment } from "../../config/environment.ts";
import { type OpenDatabase, openDatabase } from "../../db/database.ts";
import { storageLocation } from "../../db/storage-location.ts";
import { createTranslator } from "../../i18n/translator.ts";
import { createLogger } from "../../logging/logger.ts";
import { type RunningPki, startPkiFor } from "../../pki/start-pki.ts";
import { systemClock } from "../../../core/ports/clock.ts";

/** What an RA command works with: storage, the issuance engine and the assistant (no HTTP, no job timer). */
export interface AssistantContext {
  database: OpenDatabase;
  pki: RunningPki;
  assistant: RunningAssistant;
}

/** Opens storage, the engine and the RA with the job runner (timer off), runs `work`, closes everything. */
export async function withAssistant<T>(work: (ctx: AssistantContext) => Promise<T>): Promise<T> {
  const env = { ...readEnvironment(), MM_JOB_INTERVAL_MS: 0 };
  process.stderr.write("opening storage…\n");
  const database = await openDatabase(storageLocation(env.DATABASE_URL, env.MM_DATA_DIR));
  const logger = createLogger({ level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
  try {
    const pki = await startPkiFor(env, database, systemClock, logger);
    try {
      const translator = await createTranslator();
      const assistant = startAssistant({ env, logger, clock: systemClock, database, pki, translator });
      try {
        return await work({ database, pki, assistant });
      } finally {
        await assistant.close();
      }
    } finally {
      await pki.close();
    }
  } finally {
    await database.close();
  }
}
