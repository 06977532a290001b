import { Gauge, type Registry } from "prom-client";
import type { CaRecord } from "../../core/pki/ca-repository.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { HealthProbe } from "../http/health.ts";
import type { OcspSignerCheck } from "./ocsp-signer-renewal.ts";

/** What the probe and the gauges read: the responder's signer and the renewal's last check. */
export interface OcspSignerWatch {
  /** The signing certificate the responder answers with now. */
  signer(): CaRecord;
  /** The outcome of the renewal's last check (undefined before the first). */
  lastCheck(): OcspSignerCheck | undefined;
  clock: Clock;
}

/**
 * The `ocsp-signer` probe of `/healthz`: fails once the responder's signing certificate has
 * expired (its answers would no longer verify), naming the certificate and, when the renewal's
 * last check failed, why. A signer near its end whose renewal fails still passes: the answers are
 * good, and `mm_ocsp_signer_renewal_failing` on `/metrics` is what to alert on.
 */
export function ocspSignerProbe(watch: OcspSignerWatch): HealthProbe {
  return {
    name: "ocsp-signer",
    check: async () => {
      const signer = watch.signer();
      if (watch.clock.now() < signer.notAfter) return;
      const last = watch.lastCheck();
      const why = last?.outcome === "failed" ? `; the last renewal failed: ${last.error}` : "";
      throw new Error(
        `OCSP signing certificate ${signer.serial} expired at ${signer.notAfter.toISOString()}${why}`,
      );
    },
  };
}

/**
 * Gauges of the OCSP signer on `registry`, read at each scrape: `mm_ocsp_signer_expiry_seconds`
 * (seconds until the responder's signing certificate expires; negative once expired) and
 * `mm_ocsp_signer_renewal_failing` (1 when the renewal's last check failed).
 */
export function registerOcspSignerMetrics(registry: Registry, watch: OcspSignerWatch): void {
  new Gauge({
    name: "mm_ocsp_signer_expiry_seconds",
    help: "Seconds until the OCSP responder's signing certificate expires (renewed when 14 days remain)",
    registers: [registry],
    collect() {
      this.set((watch.signer().notAfter.getTime() - watch.clock.now().getTime()) / 1000);
    },
  });
  new Gauge({
    name: "mm_ocsp_signer_renewal_failing",
    help: "1 when the last check of the OCSP signer's renewal failed, else 0",
    registers: [registry],
    collect() {
      this.set(watch.lastCheck()?.outcome === "failed" ? 1 : 0);
    },
  });
}
