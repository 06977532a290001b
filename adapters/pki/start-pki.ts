import type { Router } from "express";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { type CrlService as CrlServiceType, CrlService } from "../../core/pki/crl-service.ts";
import { AuditLog } from "../../core/audit/audit-log.ts";
import { setUpCa } from "../../core/pki/ca-setup.ts";
import { PrismaAuditStore } from "../db/audit-store.ts";
import { OcspResponder } from "../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner, renewOcspSigner } from "../../core/pki/ocsp-signer.ts";
import { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../../core/pki/profile-config.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import type { Environment } from "../config/environment.ts";
import { type Db, type OpenDatabase, SQLITE_BUSY_TIMEOUT_MS } from "../db/database.ts";
import { PrismaCaRepository } from "../db/pki-ca-repository.ts";
import { newRowId } from "../db/row-id.ts";
import { SqliteWriterThread } from "../db/sqlite-writer-thread.ts";
import { registerOcspSignerMetrics } from "./ocsp-signer-metrics.ts";
import type { HealthProbe } from "../http/health.ts";
import type { CaRecord } from "../../core/pki/ca-repository.ts";
import type { ProfileName } from "../../core/pki/qseal-profile.ts";
import { caKeyProbe } from "./ca-key-probe.ts";
import { OCSP_SIGNER_CHECK_MS, type OcspSignerCheck, startOcspSignerRenewal } from "./ocsp-signer-renewal.ts";
import { pkiRoutes } from "../http/pki-routes.ts";
import { createKeyManagerResolver, type Pkcs11Settings } from "../keys/key-manager-resolver.ts";
import { tokenAuditSink } from "../keys/token-audit.ts";
import { pinSourceFromSpec } from "../pkcs11/index.ts";
import { lowerThreadPoolPriority } from "../runtime/thread-pool-priority.ts";

/** The issuance engine as the service runs it. */
export interface RunningPki {
  engine: IssuanceEngine;
  crl: CrlServiceType;
  audit: AuditLog;
  /** CA certificates and the CRL, on express. */
  router: Router;
  /** The OCSP responder; the service serves it as a direct route (adapters/http/ocsp-endpoint.ts). */
  ocsp: OcspResponder;
  /**
   * Renews the OCSP signer when it nears its end and switches the responder to it; what the daily
   * timer runs (adapters/pki/ocsp-signer-renewal.ts). Never throws: a failure is logged.
   */
  checkOcspSigner(): Promise<OcspSignerCheck>;
  /** The `ca` probe of `/healthz`: the issuing key signs (adapters/pki/ca-key-probe.ts). */
  probe: HealthProbe;
  /** Adds the OCSP signer's gauges to the service's registry (adapters/pki/ocsp-signer-metrics.ts). */
  registerMetrics(registry: Registry): void;
  /** Stops the OCSP signer timer, then closes the key managers. */
  close(): Promise<void>;
}

/** Settings of an issuing CA that a start creates (a CA that exists keeps its own). */
export interface NewCaSettings {
  /** Its default certificate profile (`mm ca init --profile`). */
  issuingDefaultProfile?: ProfileName;
}

/**
 * Builds the engine over the database and the key managers, and creates the development CA on first
 * start (software keys in the data folder, or `MM_CA_KEY` for the issuing key).
 */
export async function startPki(
  options: {
    db: Db;
    dialect: "sqlite" | "postgresql";
    dataDir: string;
    publicUrl: string;
    caKeyUri?: string;
    /** PKCS#11 module, PIN source and pool size for `pkcs11:` keys (token events go to the audit log). */
    pkcs11?: Omit<Pkcs11Settings, "onTokenEvent" | "clock">;
    testMode: boolean;
    clock: Clock;
    logger: Logger;
    /** How often the OCSP signer is checked for renewal; default daily, 0 for no timer. */
    ocspSignerCheckMs?: number;
    /** The SQLite file, when storage is SQLite: certificate writes then run on a writer thread. */
    sqliteFile?: string;
    /** Nice value of libuv's pool threads when the issuing key is a PKCS#11 key (0 leaves them alone). */
    signingThreadNice?: number;
  } & NewCaSettings,
): Promise<RunningPki> {
  const nice = options.signingThreadNice ?? 0;
  if (options.caKeyUri?.startsWith("pkcs11:") && nice > 0) {
    const priority = await lowerThreadPoolPriority(nice);
    options.logger.info(
      { nice: priority.nice, threads: priority.threads.length, skipped: priority.skipped },
      "signing threads: priority lowered below the event loop's",
    );
  }
  const writerThread = options.sqliteFile
    ? new SqliteWriterThread(options.sqliteFile, SQLITE_BUSY_TIMEOUT_MS, {
        events: {
          onStopped: (error) =>
            options.logger.error(
              { err: error, code: "sqlite_writer_stopped" },
              "certificate writer thread stopped: batches in flight were refused; it restarts at the next write",
            ),
          onRestarted: () => options.logger.warn("certificate writer thread restarted"),
        },
      })
    : undefined;
  const repository = new PrismaCaRepository(options.db, options.dialect, { writerThread });
  const audit = new AuditLog(new PrismaAuditStore(options.db, options.dialect), options.clock);
  const tokenAudit = tokenAuditSink(audit, (error, event) =>
    options.logger.error({ err: error, tokenEvent: event.type }, "token event not written to the audit log"),
  );
  const keys = createKeyManagerResolver({
    dataDir: options.dataDir,
    pkcs11Settings: { ...options.pkcs11, onTokenEvent: tokenAudit.listener, clock: options.clock },
  });
  const base = { repository, keys, clock: options.clock, random: cryptoRandom, newId: newRowId };
  const ceremony = async (step: string, details: Record<string, string>) => {
    options.logger.info({ ceremony: step, ...details }, `CA set-up: ${step}`);
    await audit.append({ actor: "system", action: "key_ceremony", subject: step, details });
  };
  const steps: Promise<void>[] = [];
  const onStep = (step: string, details: Record<string, string>) => {
    steps.push(ceremony(step, details));
  };
  let setup: Awaited<ReturnType<typeof setUpCa>>;
  let signer: CaRecord;
  try {
    setup = await setUpCa(
      base,
      {
        rootKeyUri: "softkey:root-ca",
        issuingKeyUri: options.caKeyUri ?? "softkey:issuing-ca",
        rootName: "Mali Mühür Geliştirme Kök Sertifika Hizmet Sağlayıcısı",
        issuingName: "Mali Mühür Elektronik Sertifika Hizmet Sağlayıcısı - Geliştirme",
        ...(options.issuingDefaultProfile ? { issuingDefaultProfile: options.issuingDefaultProfile } : {}),
      },
      onStep,
    );
    if (setup.created) options.logger.info("development CA created");
    signer = await ensureOcspSigner({ ...base, audit }, setup.issuing, onStep);
    await Promise.all(steps);
  } catch (error) {
    // a failed start (wrong PIN, missing token) still leaves its audit entries and no open sessions
    await Promise.allSettled(steps);
    await keys.close().catch(() => {});
    await writerThread?.close();
    await tokenAudit.flush();
    throw error;
  }
  const ocsp = new OcspResponder({ repository, keys, clock: options.clock, issuing: setup.issuing, signer });
  const engine = new IssuanceEngine({
    ...base,
    profile: defaultProfileConfig(options.publicUrl),
    testMode: options.testMode,
    audit,
  });
  const crl = new CrlService({ repository, keys, clock: options.clock, audit });
  const probe = caKeyProbe(repository, keys);
  const issuing = setup.issuing;
  const renewal = startOcspSignerRenewal({
    intervalMs: options.ocspSignerCheckMs ?? OCSP_SIGNER_CHECK_MS,
    logger: options.logger,
    renew: async () => {
      const written: Promise<void>[] = [];
      try {
        return await renewOcspSigner({ ...base, audit }, issuing, ocsp, (step, details) => {
          written.push(ceremony(step, details));
        });
      } finally {
        for (const result of await Promise.allSettled(written))
          if (result.status === "rejected")
            options.logger.error(
              { err: result.reason },
              "OCSP signer key ceremony step not written to the audit log",
            );
      }
    },
  });
  const signerWatch = { signer: () => ocsp.signer, lastCheck: renewal.last, clock: options.clock };
  return {
    engine,
    crl,
    audit,
    router: pkiRoutes({ repository, crl }),
    ocsp,
    checkOcspSigner: renewal.check,
    probe,
    registerMetrics: (registry) => registerOcspSignerMetrics(registry, signerWatch),
    close: async () => {
      await renewal.close();
      await keys.close();
      await writerThread?.close();
      await tokenAudit.flush();
    },
  };
}

/** {@link startPki} with the settings of the environment (what `npm start` and the CLI both use). */
export function startPkiFor(
  env: Environment,
  database: OpenDatabase,
  clock: Clock,
  logger: Logger,
  created: NewCaSettings = {},
): Promise<RunningPki> {
  return startPki({
    db: database.db,
    dialect: database.dialect,
    ...(database.location.dialect === "sqlite" ? { sqliteFile: database.location.file } : {}),
    dataDir: env.MM_DATA_DIR,
    publicUrl: env.MM_PUBLIC_URL,
    caKeyUri: env.MM_CA_KEY,
    pkcs11: {
      ...(env.MM_PKCS11_MODULE ? { module: env.MM_PKCS11_MODULE } : {}),
      ...(env.MM_PKCS11_PIN_SOURCE ? { pinSource: pinSourceFromSpec(env.MM_PKCS11_PIN_SOURCE) } : {}),
      poolSize: env.MM_PKCS11_POOL_SIZE,
    },
    signingThreadNice: env.MM_SIGNING_THREAD_NICE,
    ...created,
    testMode: env.MM_TEST_MODE,
    clock,
    logger,
  });
}
