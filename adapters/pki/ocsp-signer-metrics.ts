import { Gauge, type Registry } from "prom-client";
import type { CaRecord } from "../../core/pki/ca-repository.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { OcspSignerCheck } from "./ocsp-signer-renewal.ts";

/** What the gauges read: the responder's signer and the renewal's last check. */
export interface OcspSignerWatch {
  /** The signing certificate the responder answers with now. */
  signer(): CaRecord;
  /** The outcome of the renewal's last check (undefined before the first). */
  lastCheck(): OcspSignerCheck | undefined;
  clock: Clock;
}

/**
 * Gauges of the OCSP signer on `registry`, read at each scrape: `mm_ocsp_signer_expiry_seconds`
 * (seconds until the responder's signing certificate expires; negative once expired) and
 * `mm_ocsp_signer_renewal_failing` (1 when the renewal's last check failed).
 *
 * Not a `/healthz` check: interfaces.md fixes that route to storage and the CA key, and a signer
 * expires only after its renewal, which signs with the CA key, failed for 14 days, while the `ca`
 * check already fails.
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
