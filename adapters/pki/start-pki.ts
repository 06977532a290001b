import { randomUUID } from "node:crypto";
import type { Router } from "express";
import type { Logger } from "pino";
import { type CrlService as CrlServiceType, CrlService } from "../../core/pki/crl-service.ts";
import { AuditLog } from "../../core/audit/audit-log.ts";
import { setUpCa } from "../../core/pki/ca-setup.ts";
import { PrismaAuditStore } from "../db/audit-store.ts";
import { OcspResponder } from "../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../../core/pki/ocsp-signer.ts";
import { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../../core/pki/profile-config.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import type { Environment } from "../config/environment.ts";
import type { Db, OpenDatabase } from "../db/database.ts";
import { PrismaCaRepository } from "../db/pki-ca-repository.ts";
import type { HealthProbe } from "../http/health.ts";
import { pkiRoutes } from "../http/pki-routes.ts";
import { createKeyManagerResolver } from "../keys/key-manager-resolver.ts";

/** The issuance engine as the service runs it. */
export interface RunningPki {
  engine: IssuanceEngine;
  crl: CrlServiceType;
  audit: AuditLog;
  router: Router;
  probe: HealthProbe;
  close(): Promise<void>;
}

/**
 * Builds the engine over the database and the key managers, and creates the development CA on first
 * start (software keys in the data folder, or `MM_CA_KEY` for the issuing key).
 */
export async function startPki(options: {
  db: Db;
  dialect: "sqlite" | "postgresql";
  dataDir: string;
  publicUrl: string;
  caKeyUri?: string;
  testMode: boolean;
  clock: Clock;
  logger: Logger;
}): Promise<RunningPki> {
  const repository = new PrismaCaRepository(options.db);
  const keys = createKeyManagerResolver({ dataDir: options.dataDir });
  const base = { repository, keys, clock: options.clock, random: cryptoRandom, newId: randomUUID };
  const audit = new AuditLog(new PrismaAuditStore(options.db, options.dialect), options.clock);
  const ceremony = async (step: string, details: Record<string, string>) => {
    options.logger.info({ ceremony: step, ...details }, `CA set-up: ${step}`);
    await audit.append({ actor: "system", action: "key_ceremony", subject: step, details });
  };
  const steps: Promise<void>[] = [];
  const setup = await setUpCa(
    base,
    {
      rootKeyUri: "softkey:root-ca",
      issuingKeyUri: options.caKeyUri ?? "softkey:issuing-ca",
      rootName: "Mali Mühür Geliştirme Kök Sertifika Hizmet Sağlayıcısı",
      issuingName: "Mali Mühür Elektronik Sertifika Hizmet Sağlayıcısı - Geliştirme",
    },
    (step, details) => steps.push(ceremony(step, details)),
  );
  if (setup.created) options.logger.info("development CA created");
  const signer = await ensureOcspSigner(base, setup.issuing, (step, details) =>
    steps.push(ceremony(step, details)),
  );
  await Promise.all(steps);
  const ocsp = new OcspResponder({ repository, keys, clock: options.clock, issuing: setup.issuing, signer });
  const engine = new IssuanceEngine({
    ...base,
    profile: defaultProfileConfig(options.publicUrl),
    testMode: options.testMode,
    audit,
  });
  const crl = new CrlService({ repository, keys, clock: options.clock });
  const probe: HealthProbe = {
    name: "ca",
    check: async () => {
      const issuing = await repository.activeCa("issuing");
      if (!issuing) throw new Error("no issuing CA");
      await keys
        .forUri(issuing.keyUri)
        .sign({ uri: issuing.keyUri, algorithm: "RSA-SHA256", data: new Uint8Array(1) });
    },
  };
  return {
    engine,
    crl,
    audit,
    router: pkiRoutes({ repository, crl, ocsp }),
    probe,
    close: () => keys.close(),
  };
}

/** {@link startPki} with the settings of the environment (what `npm start` and the CLI both use). */
export function startPkiFor(
  env: Environment,
  database: OpenDatabase,
  clock: Clock,
  logger: Logger,
): Promise<RunningPki> {
  return startPki({
    db: database.db,
    dialect: database.dialect,
    dataDir: env.MM_DATA_DIR,
    publicUrl: env.MM_PUBLIC_URL,
    caKeyUri: env.MM_CA_KEY,
    testMode: env.MM_TEST_MODE,
    clock,
    logger,
  });
}
