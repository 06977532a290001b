import type { Logger } from "pino";
import type { AuditLog } from "../../core/audit/audit-log.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import type { CaRecord } from "../../core/pki/ca-repository.ts";
import { setUpCa } from "../../core/pki/ca-setup.ts";
import { ensureOcspSigner, type OcspSignerDeps } from "../../core/pki/ocsp-signer.ts";
import type { ProfileName } from "../../core/pki/qseal-profile.ts";

/** One step of a key ceremony, logged and appended to the audit log as `key_ceremony`. */
export type CeremonyRecorder = (step: string, details: Record<string, string>) => Promise<void>;

/** Records ceremony steps in the log and the audit log. */
export function keyCeremonyRecorder(audit: AuditLog, logger: Logger): CeremonyRecorder {
  return async (step, details) => {
    logger.info({ ceremony: step, ...details }, `CA set-up: ${step}`);
    await audit.append({ actor: "system", action: "key_ceremony", subject: step, details });
  };
}

/** The development CA's key URIs and names (a start without `mm ca init`). */
const developmentCa = {
  rootKeyUri: "softkey:root-ca",
  defaultIssuingKeyUri: "softkey:issuing-ca",
  rootName: "Mali Mühür Geliştirme Kök Sertifika Hizmet Sağlayıcısı",
  issuingName: "Mali Mühür Elektronik Sertifika Hizmet Sağlayıcısı - Geliştirme",
};

/**
 * Takes the active CA from storage, or creates it (instances starting together create one, through
 * the `ca-setup` claim); in production only when asked (`mm ca init`), else `ca_missing`. Then
 * makes sure its OCSP signer is valid. Every ceremony step is recorded; a failed start still waits
 * for the steps it recorded before it throws.
 */
export async function bootstrapCa(
  deps: OcspSignerDeps & { audit: AuditLog; logger: Logger; ceremony: CeremonyRecorder },
  settings: {
    production: boolean;
    /** Create the CA when none exists even in production (`mm ca init`). */
    createCa?: boolean | undefined;
    /** The issuing key's URI (`MM_CA_KEY`); default a software key. */
    caKeyUri?: string | undefined;
    issuingDefaultProfile?: ProfileName | undefined;
  },
): Promise<{ issuing: CaRecord; signer: CaRecord }> {
  const { logger } = deps;
  const { production } = settings;
  const steps: Promise<void>[] = [];
  const onStep = (step: string, details: Record<string, string>) => {
    steps.push(deps.ceremony(step, details));
  };
  try {
    if (production && !settings.createCa && !(await deps.repository.activeCa("issuing")))
      throw new DomainError(
        "ca_missing",
        "no CA in storage: NODE_ENV=production never creates one by itself; run `npm run mm -- ca init` first",
      );
    const setup = await setUpCa(
      deps,
      {
        rootKeyUri: developmentCa.rootKeyUri,
        issuingKeyUri: settings.caKeyUri ?? developmentCa.defaultIssuingKeyUri,
        rootName: developmentCa.rootName,
        issuingName: developmentCa.issuingName,
        ...(settings.issuingDefaultProfile ? { issuingDefaultProfile: settings.issuingDefaultProfile } : {}),
      },
      onStep,
    );
    if (setup.created && !production)
      logger.warn(
        { ca: { development: true } },
        "development CA created by this start (set NODE_ENV=production and run `mm ca init` for a real one)",
      );
    else if (setup.created) logger.info("CA created");
    else if (!production)
      logger.info({ ca: { development: true } }, "development set-up (NODE_ENV is not production)");
    const signer = await ensureOcspSigner(deps, setup.issuing, onStep);
    await Promise.all(steps);
    return { issuing: setup.issuing, signer };
  } catch (error) {
    // a failed start (wrong PIN, missing token) still leaves its audit entries
    await Promise.allSettled(steps);
    throw error;
  }
}
