import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { registerOcspSignerMetrics } from "../../../adapters/pki/ocsp-signer-metrics.ts";
import { type OcspSignerCheck, startOcspSignerRenewal } from "../../../adapters/pki/ocsp-signer-renewal.ts";
import type { CaRecord } from "../../../core/pki/ca-repository.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";

const DAY = 86400_000;
const start = Date.parse("2026-11-25T08:00:00Z");

function signer(notAfter: number): CaRecord {
  return {
    id: "ocsp-1",
    role: "ocsp",
    keyUri: "softkey:ocsp-signer-1",
    certDer: Uint8Array.of(0x30, 0x00),
    subject: "Mali Mühür OCSP Yanıtlayıcısı",
    serial: "7a01",
    notBefore: new Date(start),
    notAfter: new Date(notAfter),
  };
}

async function gauge(registry: Registry, name: string): Promise<number> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  return Number(metric?.values[0]?.value);
}

describe("the OCSP signer's gauges", () => {
  it("reports the seconds left and whether the renewal fails, read at each scrape", async () => {
    const clock = new FrozenClock(start);
    let last: OcspSignerCheck | undefined;
    let current = signer(start + 90 * DAY);
    const registry = new Registry();
    registerOcspSignerMetrics(registry, { signer: () => current, lastCheck: () => last, clock });
    expect(await gauge(registry, "mm_ocsp_signer_expiry_seconds")).toBe(90 * 86400);
    expect(await gauge(registry, "mm_ocsp_signer_renewal_failing")).toBe(0);
    clock.advance(80 * DAY);
    last = { outcome: "failed", error: "boom" };
    expect(await gauge(registry, "mm_ocsp_signer_expiry_seconds")).toBe(10 * 86400);
    expect(await gauge(registry, "mm_ocsp_signer_renewal_failing")).toBe(1);
    current = signer(clock.now().getTime() + 90 * DAY);
    last = { outcome: "switched", serial: "7a02", replaces: "7a01" };
    expect(await gauge(registry, "mm_ocsp_signer_expiry_seconds")).toBe(90 * 86400);
    expect(await gauge(registry, "mm_ocsp_signer_renewal_failing")).toBe(0);
  });

  it("the renewal timer remembers the outcome of its last check", async () => {
    let fail = true;
    const record = signer(start + 90 * DAY);
    const timer = startOcspSignerRenewal({
      intervalMs: 0,
      logger: { info: () => {}, error: () => {} },
      renew: async () => {
        if (fail) throw new Error("token gone");
        return { signer: record };
      },
    });
    expect(timer.last()).toBeUndefined();
    await timer.check();
    expect(timer.last()).toEqual({ outcome: "failed", error: "token gone" });
    fail = false;
    await timer.check();
    expect(timer.last()).toEqual({ outcome: "unchanged", serial: "7a01" });
    await timer.close();
  });
});
