import type { Logger } from "pino";
import type { CaRecord } from "../../core/pki/ca-repository.ts";
import { type OcspSignerDeps, type OcspSignerUser, renewOcspSigner } from "../../core/pki/ocsp-signer.ts";
import type { CeremonyRecorder } from "./ca-bootstrap.ts";
import { type OcspSignerRenewalTimer, startOcspSignerRenewal } from "./ocsp-signer-renewal.ts";

/**
 * Keeps the responder's OCSP signer valid: every `intervalMs` (no timer when 0) the signer is
 * renewed when it nears its end and the responder switched to the new one; the renewal's ceremony
 * steps go to the audit log (a step not written is logged, the renewal stands).
 */
export function startOcspSignerUpkeep(options: {
  deps: OcspSignerDeps;
  issuing: CaRecord;
  responder: OcspSignerUser;
  ceremony: CeremonyRecorder;
  intervalMs: number;
  logger: Logger;
}): OcspSignerRenewalTimer {
  const { deps, issuing, responder, ceremony, logger } = options;
  return startOcspSignerRenewal({
    intervalMs: options.intervalMs,
    logger,
    renew: async () => {
      const written: Promise<void>[] = [];
      try {
        return await renewOcspSigner(deps, issuing, responder, (step, details) => {
          written.push(ceremony(step, details));
        });
      } finally {
        for (const result of await Promise.allSettled(written))
          if (result.status === "rejected")
            logger.error(
              { err: result.reason },
              "OCSP signer key ceremony step not written to the audit log",
            );
      }
    },
  });
}
