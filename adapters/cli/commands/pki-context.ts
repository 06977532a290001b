/**
 * What the PKI commands of the operator CLI share: progress lines on stderr, and storage plus the
 * engine opened for one command and closed after it.
 */
import { systemClock } from "../../../core/ports/clock.ts";
import { readEnvironment } from "../../config/environment.ts";
import { type OpenDatabase, openDatabase } from "../../db/database.ts";
import { PrismaCaRepository } from "../../db/pki-ca-repository.ts";
import { storageLocation } from "../../db/storage-location.ts";
import { type NewCaSettings, startPkiFor } from "../../pki/start-pki.ts";
import { cliLogger } from "../log-lines.ts";
import { assertCaInStorage, refusesToCreateCa } from "./existing-ca.ts";

/** Writes one progress line on stderr (stdout carries the results). */
export function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** What a PKI command works with. */
export type PkiContext = Awaited<ReturnType<typeof open>>;

/** How {@link withPki} opens the engine. */
export interface WithPkiOptions {
  /** Sees the CA repository before the engine starts (which creates the CA when there is none). */
  beforePki?: (repository: PrismaCaRepository) => Promise<void>;
  /** Settings of a CA this start creates (none is created when one exists). */
  created?: NewCaSettings;
  /**
   * A command that only reads, or acts on a certificate that must exist: storage without a CA is
   * refused with `[ca_missing]` before the engine starts, so no CA, key or folder is created
   * (adapters/cli/commands/existing-ca.ts). With `NODE_ENV=production` every command but `ca init`
   * (`created.createCa`) is refused so.
   */
  existingCaOnly?: boolean;
}

/** Opens storage and the engine, runs `work`, closes everything. */
export async function withPki<T>(
  work: (ctx: PkiContext) => Promise<T>,
  options: WithPkiOptions = {},
): Promise<T> {
  const env = readEnvironment();
  if (options.existingCaOnly || refusesToCreateCa(env, options.created)) await assertCaInStorage(env);
  const ctx = await open(options.beforePki, options.created);
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
  // engine warnings (a development CA created on empty storage) are one readable line on stderr
  const logger = cliLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);
  const pki = await startPkiFor(env, database, systemClock, logger, created);
  return { env, database, pki };
}
