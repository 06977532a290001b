import type { OcspSignerRenewal } from "../../core/pki/ocsp-signer.ts";

/** How often the running service checks its OCSP signer: daily, well inside the 14 days of `OCSP_SIGNER_RENEW_DAYS`. */
export const OCSP_SIGNER_CHECK_MS = 24 * 3600_000;

/** The outcome of one check. */
export type OcspSignerCheck =
  | { outcome: "unchanged"; serial: string }
  | { outcome: "switched"; serial: string; replaces: string }
  | { outcome: "failed"; error: string }
  | { outcome: "closed" };

/** The log lines of the renewal; a pino logger fits. */
export interface RenewalLogger {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** A running renewal timer. */
export interface OcspSignerRenewalTimer {
  /** Runs one check now (joins a check already running); never throws. */
  check(): Promise<OcspSignerCheck>;
  /** The outcome of the last check that ran to its end (undefined before the first). */
  last(): OcspSignerCheck | undefined;
  /** Stops the timer and waits for a check in progress; later checks do nothing. */
  close(): Promise<void>;
}

/**
 * Calls `renew` (core/pki/ocsp-signer.ts `renewOcspSigner` bound to the responder) every
 * `intervalMs` (no timer when 0). A failure is logged and tried again at the next check; it never
 * reaches the process.
 *
 * Why a timer of the PKI composition and not a job of the job runner (adapters/jobs/start-jobs.ts):
 * the signer the responder holds is state of each process, while the runner runs a daily job on
 * one instance only (unique key per day, claimed once on a shared database) and is off with
 * MM_JOB_INTERVAL_MS=0. Every instance checks here; `ensureOcspSigner` renews only below its
 * threshold, so the first instance renews and the others take its new signer from storage.
 */
export function startOcspSignerRenewal(options: {
  renew: () => Promise<OcspSignerRenewal>;
  intervalMs: number;
  logger: RenewalLogger;
}): OcspSignerRenewalTimer {
  const { renew, logger } = options;
  let running: Promise<OcspSignerCheck> | undefined;
  let last: OcspSignerCheck | undefined;
  let closed = false;

  async function once(): Promise<OcspSignerCheck> {
    let renewal: OcspSignerRenewal;
    try {
      renewal = await renew();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error(
        { err: message, nextCheckInMs: options.intervalMs },
        "OCSP signer renewal failed; the responder keeps its signer and the next check tries again",
      );
      return { outcome: "failed", error: message };
    }
    const { signer, replaced } = renewal;
    if (!replaced) return { outcome: "unchanged", serial: signer.serial };
    logger.info(
      { serial: signer.serial, replaces: replaced.serial, notAfter: new Date(signer.notAfter).toISOString() },
      "OCSP responder switched to a new signing certificate",
    );
    return { outcome: "switched", serial: signer.serial, replaces: replaced.serial };
  }

  function check(): Promise<OcspSignerCheck> {
    if (closed) return Promise.resolve({ outcome: "closed" });
    running ??= once()
      .then((outcome) => {
        last = outcome;
        return outcome;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer =
    options.intervalMs > 0
      ? setInterval(() => {
          void check();
        }, options.intervalMs)
      : undefined;
  timer?.unref();

  return {
    check,
    last: () => last,
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
