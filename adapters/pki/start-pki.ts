import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { AuditLog } from "../../core/audit/audit-log.ts";
import { AUDIT_TALLY_MS, AuditTally, startAuditTally } from "../../core/audit/audit-tally.ts";
import type { CaRepository } from "../../core/pki/ca-repository.ts";
import { CrlService, type CrlService as CrlServiceType } from "../../core/pki/crl-service.ts";
import { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { OcspResponder } from "../../core/pki/ocsp-responder.ts";
import type { OcspSignerStore } from "../../core/pki/ocsp-signer.ts";
import { defaultProfileConfig } from "../../core/pki/profile-config.ts";
import type { ProfileName } from "../../core/pki/qseal-profile.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import type { Environment } from "../config/environment.ts";
import type { Db, OpenDatabase } from "../db/database.ts";
import { PrismaCaRepository } from "../db/pki-ca-repository.ts";
import { newRowId } from "../db/row-id.ts";
import { secureDataFolder } from "../db/storage-location.ts";
import type { Pkcs11Settings } from "../keys/key-manager-resolver.ts";
import { keyPassphraseFrom } from "../keys/key-passphrase.ts";
import type { SoftwareKeyOptions } from "../keys/software-key-manager.ts";
import { pinSourceFromSpec } from "../pkcs11/index.ts";
import type { HealthProbe } from "../runtime/health-probe.ts";
import { bootstrapCa, keyCeremonyRecorder } from "./ca-bootstrap.ts";
import { caKeyProbe } from "./ca-key-probe.ts";
import { certificateWriterThread } from "./certificate-writer-thread.ts";
import { registerOcspSignerMetrics } from "./ocsp-signer-metrics.ts";
import { OCSP_SIGNER_CHECK_MS, type OcspSignerCheck } from "./ocsp-signer-renewal.ts";
import { startOcspSignerUpkeep } from "./ocsp-signer-upkeep.ts";
import { AUDIT_CHECKPOINT_MS, openPkiAudit, startAuditCheckpoints } from "./pki-audit.ts";
import { openPkiKeyManagers } from "./pki-key-managers.ts";
import { lowerSigningThreads } from "./signing-threads.ts";

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

/**
 * Builds the PKI from its parts: certificate storage (adapters/pki/certificate-writer-thread.ts),
 * the audit log (pki-audit.ts), the key managers chosen by URI (pki-key-managers.ts), the CA and its
 * OCSP signer (ca-bootstrap.ts: the development CA is created on first start, software keys in the
 * data folder or `MM_CA_KEY` for the issuing key), then the engine, CRL, OCSP responder, the `ca`
 * probe, the OCSP signer upkeep (ocsp-signer-upkeep.ts) and the audit checkpoints.
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
    /** How often counted audit events (OCSP signatures) are written; default {@link AUDIT_TALLY_MS}. */
    auditTallyMs?: number;
  } & NewCaSettings,
): Promise<RunningPki> {
  const { clock, logger } = options;
  const production = options.production ?? false;
  await lowerSigningThreads(
    { caKeyUri: options.caKeyUri, ocspSignerStore: options.ocspSignerStore },
    options.signingThreadNice ?? 0,
    logger,
  );
  const writerThread = certificateWriterThread(options.sqliteFile, logger);
  const repository = new PrismaCaRepository(options.db, options.dialect, { writerThread });
  secureDataFolder(options.dataDir);
  const { audit, tokenAudit } = await openPkiAudit({
    db: options.db,
    dialect: options.dialect,
    clock,
    logger,
    dataDir: options.dataDir,
    production,
    auditKey: options.auditKey,
    passphrase: options.softwareKeys?.passphrase,
  });
  const keys = openPkiKeyManagers({
    dataDir: options.dataDir,
    production,
    softwareKeys: options.softwareKeys,
    pkcs11: options.pkcs11,
    onTokenEvent: tokenAudit.listener,
    clock,
  });
  const base = { repository, keys, clock, random: cryptoRandom, newId: newRowId };
  const signerDeps = { ...base, audit, store: options.ocspSignerStore ?? "token" } as const;
  const ceremony = keyCeremonyRecorder(audit, logger);
  let ca: Awaited<ReturnType<typeof bootstrapCa>>;
  try {
    await keys.unlockWhenConfigured();
    ca = await bootstrapCa(
      { ...signerDeps, logger, ceremony },
      {
        production,
        createCa: options.createCa,
        caKeyUri: options.caKeyUri,
        issuingDefaultProfile: options.issuingDefaultProfile,
      },
    );
  } catch (error) {
    // a failed start (wrong PIN, missing token) leaves no open sessions
    await keys.close().catch(() => {});
    await writerThread?.close();
    await tokenAudit.flush();
    throw error;
  }
  // every OCSP signature is audited as a count per signer and minute, not an entry each
  const signatures = new AuditTally(audit, clock, "ocsp-responder", (error) =>
    logger.warn({ err: error }, "audit tally of OCSP signatures not written"),
  );
  const signatureCounts = startAuditTally(signatures, options.auditTallyMs ?? AUDIT_TALLY_MS);
  const ocsp = new OcspResponder({
    repository,
    keys,
    clock,
    issuing: ca.issuing,
    signer: ca.signer,
    onSigned: (signer) => signatures.count("ocsp_responses_signed", `ocsp-signer:${signer.serial}`),
  });
  const engine = new IssuanceEngine({
    ...base,
    profile: defaultProfileConfig(options.publicUrl),
    testMode: options.testMode,
    audit,
  });
  const crl = new CrlService({ repository, keys, clock, audit });
  const probe = caKeyProbe(repository, keys, { development: !production });
  const renewal = startOcspSignerUpkeep({
    deps: signerDeps,
    issuing: ca.issuing,
    responder: ocsp,
    ceremony,
    intervalMs: options.ocspSignerCheckMs ?? OCSP_SIGNER_CHECK_MS,
    logger,
  });
  const checkpoints = startAuditCheckpoints(audit, logger, options.auditCheckpointMs ?? AUDIT_CHECKPOINT_MS);
  const signerWatch = { signer: () => ocsp.signer, lastCheck: renewal.last, clock };
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
    checkpointAudit: checkpoints.checkpoint,
    close: async () => {
      await signatureCounts.close();
      await checkpoints.close();
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
