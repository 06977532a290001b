import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { PrismaCaRepository } from "../../adapters/db/pki-ca-repository.ts";
import type { KeyAlgorithm } from "../../core/ports/key-manager.ts";
import { freshDatabase, type TestDialect } from "./databases.ts";
import { createTestCa, issuingCaRecord, type TestCa, toPem } from "./test-ca.ts";

/** A test CA and a fresh database that holds it as the issuing CA, with the CA repository over it. */
export interface CaDatabase {
  ca: TestCa;
  database: Awaited<ReturnType<typeof freshDatabase>>;
  repository: PrismaCaRepository;
  /** Drops the database and removes the CA's folder. */
  dispose(): Promise<void>;
}

/**
 * Creates the two-level test CA (`createTestCa`, of `algorithm` if given), opens a fresh migrated
 * database of the dialect and saves the CA's issuing record there; an engine is then built over
 * `repository` with `testEngine`.
 */
export async function createCaDatabase(dialect: TestDialect, algorithm?: KeyAlgorithm): Promise<CaDatabase> {
  const ca = await createTestCa(algorithm);
  const database = await freshDatabase(dialect);
  const repository = new PrismaCaRepository(database.db, database.dialect);
  await repository.saveCa(issuingCaRecord(ca));
  return {
    ca,
    database,
    repository,
    dispose: async () => {
      await database.dispose();
      ca.dispose();
    },
  };
}

/**
 * A fresh {@link CaDatabase} on the dialect for every test of the calling `describe` block: a
 * `beforeEach` creates it (before the block's later `beforeEach` hooks run), an `afterEach` disposes it.
 * The returned object takes the new one's fields before each test, so `stored.ca`, `stored.repository`,
 * … read inside a test are that test's own.
 */
export function caDatabaseForEachTest(dialect: TestDialect): CaDatabase {
  const stored = {} as CaDatabase;
  beforeEach(async () => {
    Object.assign(stored, await createCaDatabase(dialect));
  });
  afterEach(async () => stored.dispose?.());
  return stored;
}

/** Writes the certificate (DER) as PEM to `name` in the CA's folder and returns that file's path. */
export function writeCertificatePem(ca: TestCa, certDer: Uint8Array, name: string): string {
  const file = join(ca.dir, name);
  writeFileSync(file, toPem(certDer));
  return file;
}

/** Expects `openssl verify` to accept the PEM file against the test CA's root and issuing certificates. */
export function expectOpensslVerifies(ca: TestCa, pemFile: string): void {
  const out = execFileSync(
    "openssl",
    ["verify", "-CAfile", ca.rootPem, "-untrusted", ca.issuingPem, pemFile],
    {
      encoding: "utf8",
    },
  );
  expect(out.trim()).toBe(`${pemFile}: OK`);
}
