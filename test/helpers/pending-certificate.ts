import { randomUUID } from "node:crypto";
import type { PendingCertificateRecord } from "../../core/pki/ca-repository.ts";

/**
 * A pending certificate row as the engine persists it before signing: fresh id, serial and issuance
 * key, a small SEQUENCE as its TBS; any field can be overridden.
 */
export function pendingCertificate(
  overrides: Partial<PendingCertificateRecord> = {},
): PendingCertificateRecord {
  return {
    id: randomUUID(),
    serial: randomUUID().replaceAll("-", ""),
    issuanceKey: `O-${randomUUID()}:sign`,
    orderId: "O-1",
    vkn: "3230512384",
    subjectCn: "ÖRNEK A.Ş.",
    kind: "sign",
    profile: "kamusm",
    issuerId: "ca-1",
    tbsDer: Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x07),
    state: "pending",
    notBefore: new Date("2026-11-25T08:00:00Z"),
    notAfter: new Date("2029-11-25T08:00:00Z"),
    tokenUri: "softkey:card-1",
    ...overrides,
  };
}
