/**
 * What the PKI commands of the operator CLI share: progress lines on stderr, and storage plus the
 * engine opened for one command and closed after it.
 */
import { systemClock } from "../../../core/ports/clock.ts";
import { readEnvironment } from "../../config/environment.ts";
import { type OpenDatabase, openDatabase } from "../../db/database.ts";
import { PrismaCaRepository } from "../../db/pki-ca-repository.ts";
import { storageLocation } from "../../db/storage-location.ts";
import { createLogger } from "../../logging/logger.ts";
import { type NewCaSettings, startPkiFor } from "../../pki/start-pki.ts";

/** Writes one progress line on stderr (stdout carries the results). */
export function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** What a PKI command works with. */
export type PkiContext = Awaited<ReturnType<typeof open>>;

/**
 * Opens storage and the engine, runs `work`, closes everything. `beforePki` sees the CA repository
 * before the engine starts (which creates the CA when there is none); `created`: settings of a CA
 * this start creates (none is created when one exists).
 */
export async function withPki<T>(
  work: (ctx: PkiContext) => Promise<T>,
  beforePki?: (repository: PrismaCaRepository) => Promise<void>,
  created: NewCaSettings = {},
): Promise<T> {
  const ctx = await open(beforePki, created);
  try {
    return await work(ctx);
  } finally {
    await ctx.pki.close();
    await ctx.database.close();
  }
}

async function open(
  beforePki?: (repository: PrismaCaRepository) => Promise<void>,
  created: NewCaSettings = {},
) {
  const env = readEnvironment();
  progress("opening storage…");
  const database: OpenDatabase = await openDatabase(storageLocation(env.DATABASE_URL, env.MM_DATA_DIR));
  try {
    await beforePki?.(new PrismaCaRepository(database.db, database.dialect));
  } catch (error) {
    await database.close();
    throw error;
  }
  const logger = createLogger({
    level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL,
    destination: undefined,
  });
  const pki = await startPkiFor(env, database, systemClock, logger, created);
  return { env, database, pki };
}
