/**
 * Set-up shared by the issuance benches: a SoftHSM token holding the CA keys (through the PKCS#11
 * key manager), a SQLite database, and subscriber "cards" whose keys are generated beforehand.
 */

import { generateKeyPairSync, sign as nodeSign } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, SQLITE_BUSY_TIMEOUT_MS } from "../adapters/db/database.ts";
import { PrismaCaRepository } from "../adapters/db/pki-ca-repository.ts";
import { newRowId } from "../adapters/db/row-id.ts";
import { SqliteWriterThread } from "../adapters/db/sqlite-writer-thread.ts";
import { SoftwareKeyManager } from "../adapters/keys/software-key-manager.ts";
import { createPkcs11KeyManager } from "../adapters/pkcs11/index.ts";
import type { CaRecord } from "../core/pki/ca-repository.ts";
import { setUpCa } from "../core/pki/ca-setup.ts";
import { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../core/pki/profile-config.ts";
import { systemClock } from "../core/ports/clock.ts";
import type { KeyManager, KeyManagerResolver, PublicKeyInfo } from "../core/ports/key-manager.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { createSoftHsm, testPins } from "../test/helpers/softhsm.ts";

/** The CA on SoftHSM, ready for issuance. */
export interface BenchCa {
  repository: PrismaCaRepository;
  keys: KeyManagerResolver;
  issuing: CaRecord;
  hsm: { module: string; token: string; pin: string; issuingLabel: string };
  /** A card key manager whose keys exist already (`card:<n>` URIs); `softkey:` URIs go to the software store. */
  cards: KeyManager;
  dir: string;
  dispose(): Promise<void>;
}

/**
 * Subscriber cards as the CA host sees them: the key pair exists on the card beforehand, and the
 * card's signature over a request is made on the card (off the CA host), so it is computed once
 * per distinct request and replayed. `storeCertificate` keeps the card's latest certificate per
 * label in memory.
 */
function pregeneratedCards(count: number): KeyManager {
  const pairs = Array.from({ length: count }, () => generateKeyPairSync("rsa", { modulusLength: 2048 }));
  // a card reports its public key as stored bytes; export once, not per order
  const spkis = pairs.map((pair) => new Uint8Array(pair.publicKey.export({ type: "spki", format: "der" })));
  const signatures = new Map<string, Uint8Array>();
  const stored = new Map<string, Uint8Array>();
  const index = (uri: string) => Number(uri.split(":")[1]) % count;
  return {
    async generateKey(request): Promise<PublicKeyInfo> {
      return this.getPublicKey(request.uri);
    },
    async getPublicKey(uri) {
      return {
        spki: spkis[index(uri)]!,
        algorithm: { kind: "RSA", modulusLength: 2048 },
      };
    },
    async sign(request) {
      const key = `${index(request.uri)}:${Buffer.from(request.data).toString("base64")}`;
      let signature = signatures.get(key);
      if (!signature) {
        signature = new Uint8Array(nodeSign("sha256", request.data, pairs[index(request.uri)]!.privateKey));
        signatures.set(key, signature);
      }
      return signature;
    },
    async storeCertificate(uri, der, label) {
      // a card keeps one certificate per label: writing again replaces it (and the bench's memory
      // stays bounded, as the CA host's does: it holds no subscriber's certificate after issuance)
      stored.set(`${index(uri)}/${label}`, der);
    },
    async close() {},
  };
}

/** Creates the SoftHSM token, the CA (root and issuing keys on the token) and the database. */
export async function createBenchCa(
  options: { poolSize?: number; cards?: number; dialect?: "sqlite" | "postgresql" } = {},
): Promise<BenchCa> {
  const hsm = createSoftHsm();
  hsm.initToken("bench-ca");
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-engine-"));
  const database = await openDatabase(
    options.dialect === "postgresql"
      ? {
          dialect: "postgresql",
          url: "postgres://postgres@127.0.0.1:5432/test",
          schema: `bench_${Date.now()}`,
        }
      : { dialect: "sqlite", file: join(dir, "mm.db") },
  );
  const pkcs11 = createPkcs11KeyManager({
    module: hsm.module,
    poolSize: options.poolSize ?? 16,
    pinSource: () => testPins.user,
  });
  const cards = pregeneratedCards(options.cards ?? 64);
  // `softkey:` keys (an OCSP signer with MM_OCSP_SIGNER_STORE=software) in the data folder's store
  const software = new SoftwareKeyManager(dir);
  const keys: KeyManagerResolver = {
    forUri: (uri) => (uri.startsWith("pkcs11:") ? pkcs11 : uri.startsWith("softkey:") ? software : cards),
    close: () => pkcs11.close(),
  };
  // as the service runs it (adapters/pki/start-pki.ts): SQLite certificate writes on the writer thread
  const writerThread =
    database.location.dialect === "sqlite"
      ? new SqliteWriterThread(database.location.file, SQLITE_BUSY_TIMEOUT_MS)
      : undefined;
  const repository = new PrismaCaRepository(database.db, database.dialect, { writerThread });
  const { issuing } = await setUpCa(
    { repository, keys, clock: systemClock, random: cryptoRandom, newId: newRowId },
    {
      rootKeyUri: "pkcs11:token=bench-ca;object=root",
      issuingKeyUri: "pkcs11:token=bench-ca;object=issuing",
      rootName: "Bench Kök",
      issuingName: "Bench Ara",
    },
  );
  return {
    repository,
    keys,
    issuing,
    hsm: { module: hsm.module, token: "bench-ca", pin: testPins.user, issuingLabel: "issuing" },
    cards,
    dir,
    async dispose() {
      await keys.close();
      await writerThread?.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
      hsm.dispose();
    },
  };
}

/** The issuance engine over the bench CA, as the service builds it (default profile). */
export function benchEngine(ca: BenchCa): IssuanceEngine {
  return new IssuanceEngine({
    repository: ca.repository,
    keys: ca.keys,
    clock: systemClock,
    random: cryptoRandom,
    newId: newRowId,
    profile: defaultProfileConfig("http://localhost:3000"),
  });
}
