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
import type { NewCaSettings } from "../../pki/start-pki.ts";

/**
 * Whether a command must find a CA in storage rather than start the engine on storage without one:
 * with `NODE_ENV=production` the engine never creates a CA (only `mm ca init` does, `createCa`), and
 * a writing command (`crl`, `issue`, `jobs run` …) refused by it only after storage was opened
 * would leave a data folder and a database behind. Development creates its CA (and says so).
 */
export function refusesToCreateCa(env: Environment, created?: NewCaSettings): boolean {
  return env.NODE_ENV === "production" && !created?.createCa;
}

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
