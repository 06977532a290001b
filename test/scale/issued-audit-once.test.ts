import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InProcessInstances, startInProcessInstances } from "./in-process-instances.ts";

describe("two instances on one PostgreSQL issuing the same orders at the same moment", () => {
  let group: InProcessInstances;

  beforeAll(async () => {
    group = await startInProcessInstances(2);
  }, 240_000);
  afterAll(async () => {
    await group?.close();
  }, 60_000);

  it("write exactly one certificate_issued audit entry per certificate, and every caller answers with the stored certificates", async () => {
    const orders = Array.from({ length: 6 }, (_, i) => `MM-AUDIT-ONCE-${i}`);
    const results = await Promise.all(
      orders.flatMap((orderId) =>
        group.instances.flatMap((instance) =>
          [0, 1].map(() =>
            instance.pki.engine.issueForOrder({
              orderId,
              vkn: "3230512384",
              title: "Örnek Bilişim A.Ş.",
              tokenUri: `softkey:card-${orderId.toLowerCase()}`,
              actor: "test",
            }),
          ),
        ),
      ),
    );
    const db = group.instances[0]!.database.db;
    const certificates = await db.certificate.findMany({ where: { orderId: { in: orders } } });
    expect(certificates).toHaveLength(orders.length * 2);
    expect(certificates.every((c) => c.state === "issued")).toBe(true);
    const audited = await db.auditEntry.findMany({ where: { action: "certificate_issued" } });
    const perSerial = new Map<string, number>();
    for (const entry of audited) perSerial.set(entry.subject, (perSerial.get(entry.subject) ?? 0) + 1);
    for (const certificate of certificates) expect(perSerial.get(certificate.serial)).toBe(1);
    // every caller, winner or not, answers with the certificates that were stored
    const serials = new Set(certificates.map((c) => c.serial));
    for (const { signing, encryption } of results) {
      expect(serials.has(signing.serial) && serials.has(encryption.serial)).toBe(true);
      expect([signing.status, encryption.status]).toEqual(["valid", "valid"]);
    }
  }, 120_000);
});
