/**
 * What a test of a PKI whose issuing key is on a SoftHSM token starts from: a fresh database, a
 * data folder and a new token with the test PINs; then `startPki` with {@link TokenPkiGround.options}.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { startPki } from "../../adapters/pki/start-pki.ts";
import { freshDatabase, type TestDialect } from "./databases.ts";
import { type SoftHsm, testPins } from "./softhsm.ts";

type StartPkiOptions = Parameters<typeof startPki>[0];

/** Storage, a data folder and a token for one test. */
export interface TokenPkiGround {
  database: Awaited<ReturnType<typeof freshDatabase>>;
  dir: string;
  /** The token's label. */
  token: string;
  /** `pkcs11:token=<token>;object=issuing-ca`. */
  caKeyUri: string;
  /** The options of `startPki` over this ground, the PIN given by `pin` (default the user PIN). */
  options(
    pin?: string,
  ): Pick<StartPkiOptions, "db" | "dialect" | "dataDir" | "publicUrl" | "caKeyUri" | "pkcs11" | "testMode">;
  /** Drops the database and the data folder (close the PKI first). */
  dispose(): Promise<void>;
}

let tokenNo = 0;

/** Prepares a {@link TokenPkiGround}: a token named `<prefix>-<dialect>-<n>` on `hsm`. */
export async function prepareTokenPki(
  hsm: SoftHsm,
  dialect: TestDialect,
  prefix: string,
): Promise<TokenPkiGround> {
  const database = await freshDatabase(dialect);
  const dir = mkdtempSync(join(tmpdir(), `mm-${prefix}-`));
  const token = `${prefix}-${dialect.name}-${++tokenNo}`;
  hsm.initToken(token);
  const caKeyUri = `pkcs11:token=${token};object=issuing-ca`;
  return {
    database,
    dir,
    token,
    caKeyUri,
    options: (pin = testPins.user) => ({
      db: database.db,
      dialect: database.dialect,
      dataDir: dir,
      publicUrl: "http://localhost:3000",
      caKeyUri,
      pkcs11: { module: hsm.module, pinSource: () => pin },
      testMode: false,
    }),
    dispose: async () => {
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
