import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { AuditLog } from "../../core/audit/audit-log.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import type { CaRecord, CaRepository } from "../../core/pki/ca-repository.ts";
import { setUpCa } from "../../core/pki/ca-setup.ts";
import { CrlService, type CrlService as CrlServiceType } from "../../core/pki/crl-service.ts";
import { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { OcspResponder } from "../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner, type OcspSignerStore, renewOcspSigner } from "../../core/pki/ocsp-signer.ts";
import { defaultProfileConfig } from "../../core/pki/profile-config.ts";
import type { ProfileName } from "../../core/pki/qseal-profile.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import type { Environment } from "../config/environment.ts";
import { PrismaAuditStore } from "../db/audit-store.ts";
import { type Db, type OpenDatabase, SQLITE_BUSY_TIMEOUT_MS } from "../db/database.ts";
import { PrismaCaRepository } from "../db/pki-ca-repository.ts";
import { newRowId } from "../db/row-id.ts";
import { SqliteWriterThread } from "../db/sqlite-writer-thread.ts";
import { secureDataFolder } from "../db/storage-location.ts";
import { loadAuditKey } from "../keys/audit-key.ts";
import { createKeyManagerResolver, type Pkcs11Settings } from "../keys/key-manager-resolver.ts";
import { keyPassphraseFrom } from "../keys/key-passphrase.ts";
import type { SoftwareKeyOptions } from "../keys/software-key-manager.ts";
import { tokenAuditSink } from "../keys/token-audit.ts";
import { pinSourceFromSpec } from "../pkcs11/index.ts";
import type { HealthProbe } from "../runtime/health-probe.ts";
import { lowerThreadPoolPriority } from "../runtime/thread-pool-priority.ts";
import { caKeyProbe } from "./ca-key-probe.ts";
import { registerOcspSignerMetrics } from "./ocsp-signer-metrics.ts";
import { OCSP_SIGNER_CHECK_MS, type OcspSignerCheck, startOcspSignerRenewal } from "./ocsp-signer-renewal.ts";

/** The issuance engine as the service runs it. */
export interface RunningPki {
  engine: IssuanceEngine;
  crl: CrlServiceType;
  audit: AuditLog;
  /** The CA records (what `GET /ca/*` serves, beside `crl` for `GET /crl/*`). */
  repository: CaRepository;
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
  /**
   * True when this is the embedded default's development set-up (not `NODE_ENV=production`): the
   * CA may have been created by the start itself and software keys may lack a passphrase.
   */
  development: boolean;
  /** Writes a keyed checkpoint of the audit chain's newest entry (also done on a timer and at close). */
  checkpointAudit(): Promise<void>;
  /** Stops the OCSP signer timer, then closes the key managers. */
  close(): Promise<void>;
}

/** Settings of an issuing CA that a start creates (a CA that exists keeps its own). */
export interface NewCaSettings {
  /** Its default certificate profile (`mm ca init --profile`). */
  issuingDefaultProfile?: ProfileName;
  /** Create the CA when none exists even in production (`mm ca init`). */
  createCa?: boolean;
}

/** How often the audit chain's newest entry is checkpointed (besides every 100 entries and at close). */
export const AUDIT_CHECKPOINT_MS = 5 * 60 * 1000;

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
    /** Where a new OCSP signer key is made (MM_OCSP_SIGNER_STORE); default `token`. */
    ocspSignerStore?: OcspSignerStore;
    /** The SQLite file, when storage is SQLite: certificate writes then run on a writer thread. */
    sqliteFile?: string;
    /** Nice value of libuv's pool threads when the issuing key is a PKCS#11 key (0 leaves them alone). */
    signingThreadNice?: number;
    /**
     * `NODE_ENV=production`: a missing CA is an error naming `mm ca init` (unless `createCa`), and the
     * software key store and the audit checkpoints need a passphrase or key.
     */
    production?: boolean;
    /** The software key store's passphrase (adapters/keys/software-key-manager.ts). */
    softwareKeys?: SoftwareKeyOptions;
    /** The audit checkpoints' HMAC key; default adapters/keys/audit-key.ts from the passphrase or the data folder. */
    auditKey?: Uint8Array;
    /** How often the audit chain is checkpointed; default 5 minutes, 0 for no timer. */
    auditCheckpointMs?: number;
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
  const production = options.production ?? false;
  secureDataFolder(options.dataDir);
  const auditStore = new PrismaAuditStore(options.db, options.dialect);
  const auditKey =
    options.auditKey ??
    (
      await loadAuditKey({
        passphrase: options.softwareKeys?.passphrase,
        production,
        dataDir: options.dataDir,
      })
    ).key;
  const audit = new AuditLog(auditStore, options.clock, { key: auditKey, store: auditStore });
  const tokenAudit = tokenAuditSink(audit, (error, event) =>
    options.logger.error({ err: error, tokenEvent: event.type }, "token event not written to the audit log"),
  );
  const keys = createKeyManagerResolver({
    dataDir: options.dataDir,
    softwareKeys: { ...options.softwareKeys, ...(production ? { requirePassphrase: true } : {}) },
    pkcs11Settings: { ...options.pkcs11, onTokenEvent: tokenAudit.listener, clock: options.clock },
  });
  const base = { repository, keys, clock: options.clock, random: cryptoRandom, newId: newRowId };
  const signerStore = options.ocspSignerStore ?? "token";
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
    if (production || options.softwareKeys?.passphrase !== undefined) await keys.unlockSoftwareKeys();
    if (production && !options.createCa && !(await repository.activeCa("issuing")))
      throw new DomainError(
        "ca_missing",
        "no CA in storage: NODE_ENV=production never creates one by itself; run `npm run mm -- ca init` first",
      );
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
    if (setup.created && !production)
      options.logger.warn(
        { ca: { development: true } },
        "development CA created by this start (set NODE_ENV=production and run `mm ca init` for a real one)",
      );
    else if (setup.created) options.logger.info("CA created");
    else if (!production)
      options.logger.info({ ca: { development: true } }, "development set-up (NODE_ENV is not production)");
    signer = await ensureOcspSigner({ ...base, audit, store: signerStore }, setup.issuing, onStep);
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
  const probe = caKeyProbe(repository, keys, { development: !production });
  const issuing = setup.issuing;
  const renewal = startOcspSignerRenewal({
    intervalMs: options.ocspSignerCheckMs ?? OCSP_SIGNER_CHECK_MS,
    logger: options.logger,
    renew: async () => {
      const written: Promise<void>[] = [];
      try {
        return await renewOcspSigner(
          { ...base, audit, store: signerStore },
          issuing,
          ocsp,
          (step, details) => {
            written.push(ceremony(step, details));
          },
        );
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
  const checkpointAudit = async () => {
    try {
      await audit.checkpoint();
    } catch (error) {
      options.logger.error({ err: error }, "audit checkpoint not written");
    }
  };
  const checkpointMs = options.auditCheckpointMs ?? AUDIT_CHECKPOINT_MS;
  const checkpointTimer = checkpointMs > 0 ? setInterval(checkpointAudit, checkpointMs) : undefined;
  checkpointTimer?.unref();
  const signerWatch = { signer: () => ocsp.signer, lastCheck: renewal.last, clock: options.clock };
  return {
    engine,
    crl,
    audit,
    repository,
    ocsp,
    checkOcspSigner: renewal.check,
    probe,
    registerMetrics: (registry) => registerOcspSignerMetrics(registry, signerWatch),
    development: !production,
    checkpointAudit,
    close: async () => {
      clearInterval(checkpointTimer);
      await checkpointAudit();
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
    ocspSignerStore: env.MM_OCSP_SIGNER_STORE,
    production: env.NODE_ENV === "production",
    softwareKeys: { ...withPassphrase(keyPassphraseFrom(env)) },
    ...(env.MM_AUDIT_KEY ? { auditKey: new TextEncoder().encode(env.MM_AUDIT_KEY) } : {}),
    ...created,
    testMode: env.MM_TEST_MODE,
    clock,
    logger,
  });
}

function withPassphrase(passphrase: string | undefined): SoftwareKeyOptions {
  return passphrase === undefined ? {} : { passphrase };
}
