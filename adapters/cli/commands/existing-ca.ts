/**
 * What a command that only reads (or acts on a certificate that must exist) checks first: that
 * storage holds a CA. Opening the engine or the service on storage without one would create a
 * development CA and its keys as a side effect (outside tester: `mm status --vkn …` on an empty
 * data folder did); such a command answers `[ca_missing]` instead and creates nothing — not
 * even the data folder or the SQLite file when they do not exist yet.
 */
import { existsSync } from "node:fs";
import { DomainError } from "../../../core/errors/domain-error.ts";
import type { Environment } from "../../config/environment.ts";
import { openDatabase } from "../../db/database.ts";
import { PrismaCaRepository } from "../../db/pki-ca-repository.ts";
import { describeStorage, type StorageLocation, storageLocation } from "../../db/storage-location.ts";

/** Throws `[ca_missing]` unless the storage `env` names holds an issuing CA; creates nothing. */
export async function assertCaInStorage(env: Environment): Promise<void> {
  const location = storageLocation(env.DATABASE_URL, env.MM_DATA_DIR);
  if (location.dialect === "sqlite" && !existsSync(location.file)) throw noCa(location);
  const database = await openDatabase(location);
  try {
    const repository = new PrismaCaRepository(database.db, database.dialect);
    if (!(await repository.activeCa("issuing", { fresh: true }))) throw noCa(location);
  } finally {
    await database.close();
  }
}

function noCa(location: StorageLocation): DomainError {
  return new DomainError(
    "ca_missing",
    `no CA in storage (${describeStorage(location)}): run \`npm run mm -- ca init\` first (or \`npm start\` outside production); this command creates none, and nothing was created`,
  );
}
