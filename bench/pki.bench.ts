/**
 * Issuance-engine figures: (b) certificates per second through the whole engine (TBS persisted,
 * signed, stored) against the raw signing rate of the same CA key in the same run, and the time to
 * build and sign a CRL of 100 000 entries. The CA key is a software key until the PKCS#11 adapter
 * lands (issue 3); the figures then move to SoftHSM.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../adapters/db/database.ts";
import { PrismaCaRepository } from "../adapters/db/pki-ca-repository.ts";
import { createKeyManagerResolver } from "../adapters/keys/key-manager-resolver.ts";
import { setUpCa } from "../core/pki/ca-setup.ts";
import { buildCrl } from "../core/pki/crl-builder.ts";
import { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../core/pki/profile-config.ts";
import { systemClock } from "../core/ports/clock.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { reportFigure } from "./format.ts";

const ORDERS = 300;
const CONCURRENCY = 16;

async function pool<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-pki-"));
  const database = await openDatabase({ dialect: "sqlite", file: join(dir, "mm.db") });
  try {
    const repository = new PrismaCaRepository(database.db);
    const keys = createKeyManagerResolver({ dataDir: dir });
    const deps = { repository, keys, clock: systemClock, random: cryptoRandom, newId: randomUUID };
    const { issuing } = await setUpCa(deps, {
      rootKeyUri: "softkey:bench-root",
      issuingKeyUri: "softkey:bench-issuing",
      rootName: "Bench Kök",
      issuingName: "Bench Ara",
    });
    const caKeys = keys.forUri(issuing.keyUri);
    const data = new Uint8Array(600).fill(7);
    // baseline (a): raw asynchronous signatures with the same key and concurrency
    let started = performance.now();
    await pool(ORDERS * 2, CONCURRENCY, () =>
      caKeys.sign({ uri: issuing.keyUri, algorithm: "RSA-SHA256", data }),
    );
    const rawRate = (ORDERS * 2) / ((performance.now() - started) / 1000);
    // (b): certificates through the engine; subscriber keys generated beforehand
    const engine = new IssuanceEngine({ ...deps, profile: defaultProfileConfig("http://localhost:3000") });
    await keys.forUri("softkey:bench-card").generateKey({
      uri: "softkey:bench-card",
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    started = performance.now();
    await pool(ORDERS, CONCURRENCY, (i) =>
      engine.issueForOrder({
        orderId: `B-${i}`,
        vkn: "3230512384",
        title: "Bench A.Ş.",
        tokenUri: "softkey:bench-card",
        actor: "bench",
      }),
    );
    const engineRate = (ORDERS * 2) / ((performance.now() - started) / 1000);
    reportFigure("engine certificates/s (sign + persist, software CA key)", engineRate, "cert/s", {
      what: "raw async signatures/s, same key and concurrency",
      value: rawRate,
      unit: "sig/s",
    });
    // CRL of 100 000 entries
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      serial: (0x1000000000000000n + BigInt(i) * 7919n).toString(16),
      revokedAt: new Date(Date.now() - i * 1000),
      reason: i % 3 === 0 ? 1 : 0,
    }));
    started = performance.now();
    const der = await buildCrl(caKeys, {
      issuerCertificate: issuing.certDer,
      issuerKeyUri: issuing.keyUri,
      signatureAlgorithm: "RSA-SHA256",
      number: 1,
      thisUpdate: new Date(),
      nextUpdate: new Date(Date.now() + 86400_000),
      entries,
    });
    const seconds = (performance.now() - started) / 1000;
    reportFigure(
      `CRL of 100 000 entries (${(der.length / 1e6).toFixed(1)} MB) built and signed`,
      seconds,
      "s",
      {
        what: "target",
        value: 2,
      },
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
