import { AsnConvert } from "@peculiar/asn1-schema";
import { CertificateList, CRLNumber, id_ce_cRLNumber } from "@peculiar/asn1-x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardApplication } from "../helpers/ra-harness.ts";
import { type InProcessInstances, startInProcessInstances } from "./in-process-instances.ts";

describe.each([2, 3])("%i instances on one PostgreSQL schema, each with its own client", (count) => {
  let group: InProcessInstances;

  beforeAll(async () => {
    group = await startInProcessInstances(count);
  }, 240_000);
  afterAll(async () => {
    await group?.close();
  }, 60_000);

  it("concurrent payment notices of one order, on every instance, issue one certificate of each kind", async () => {
    const [a] = group.instances;
    const order = await a!.ra.submitApplication(cardApplication({ idNumber: "3230512384" }));
    const notice = {
      orderNo: order.orderNo,
      channel: "sanalpos" as const,
      providerRef: "POS-SCALE-0001",
      amountKurus: order.amountKurus,
    };
    // the provider repeats its notice; the load balancer spreads the copies over the instances
    const results = await Promise.allSettled(
      group.instances.flatMap((instance) => [
        instance.ra.payments.record(notice),
        instance.ra.payments.record(notice),
      ]),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const created = results.filter((r) => r.status === "fulfilled" && r.value.created);
    expect(created).toHaveLength(1);
    const db = a!.database.db;
    const certificates = await db.certificate.findMany({ where: { vkn: "3230512384" } });
    expect(certificates.length).toBeGreaterThan(0);
    expect(certificates.every((c) => c.state === "issued")).toBe(true);
    const kinds = certificates.map((c) => c.kind).sort();
    expect(kinds).toEqual([...new Set(kinds)]);
    // only the caller whose update moved the row audits it (markIssued's conditional update)
    const audited = await db.auditEntry.findMany({ where: { action: "certificate_issued" } });
    expect(audited.map((e) => e.subject).sort()).toEqual(certificates.map((c) => c.serial).sort());
    expect(await db.payment.count()).toBe(1);
  }, 120_000);

  it("concurrent revocations of one certificate revoke it once", async () => {
    const [a] = group.instances;
    const issued = await a!.pki.engine.issueForOrder({
      orderId: "MM-SCALE-REVOKE",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-mm-scale-revoke",
      actor: "test",
    });
    const serial = issued.signing.serial;
    const attempts = await Promise.allSettled(
      group.instances.flatMap((instance) =>
        [0, 1, 2].map(() => instance.pki.engine.revoke({ serial, reason: "keyCompromise", actor: "agent" })),
      ),
    );
    const fulfilled = attempts.filter((r) => r.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    for (const rejected of attempts.filter((r) => r.status === "rejected"))
      expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "already_revoked" });
    const db = a!.database.db;
    expect(await db.auditEntry.count({ where: { action: "certificate_revoked", subject: serial } })).toBe(1);
    const row = await db.certificate.findUniqueOrThrow({ where: { serial } });
    expect(row.revocationReason).toBe(1);
  }, 120_000);

  it("CRLs issued concurrently on every instance carry strictly increasing, distinct CRLNumbers", async () => {
    const issued = await Promise.all(
      group.instances.flatMap((instance) => [0, 1].map(() => instance.pki.crl.issue())),
    );
    // then in turns, each instance after another's CRL
    for (let round = 0; round < 2; round++)
      for (const instance of group.instances) issued.push(await instance.pki.crl.issue());
    const numbers = issued.map((crl) => crl.number);
    // the sequential turns come last and keep going up
    for (let i = 2 * count + 1; i < numbers.length; i++) expect(numbers[i]!).toBeGreaterThan(numbers[i - 1]!);
    numbers.sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(numbers.length);
    const stored = await group.instances[0]!.database.db.crlIssue.findMany({ orderBy: { number: "asc" } });
    expect(stored.map((s) => s.number)).toEqual(numbers);
    // each stored CRL carries the number of its row, and later CRLs never carry a lower one
    const embedded = stored.map((s) => crlNumberOf(new Uint8Array(s.der)));
    expect(embedded).toEqual(numbers);
    for (let i = 1; i < embedded.length; i++) expect(embedded[i]!).toBeGreaterThan(embedded[i - 1]!);
  }, 120_000);

  it("a job scheduled once (and again by every instance) runs once while all runners poll", async () => {
    const runs: string[] = [];
    const kind = `scale_reminder_${Date.now()}`;
    for (const [i, instance] of group.instances.entries())
      instance.runner.register(kind, async () => {
        runs.push(`instance-${i}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    const scheduled = await Promise.all(
      group.instances.map((instance) =>
        instance.jobs.schedule({
          kind,
          payload: {},
          runAt: new Date(Date.now() - 1000),
          uniqueKey: `${kind}:1`,
        }),
      ),
    );
    expect(scheduled.filter(Boolean)).toHaveLength(1);
    for (let round = 0; round < 5; round++)
      await Promise.all(group.instances.map((instance) => instance.runner.runDueJobs(new Date())));
    expect(runs).toHaveLength(1);
    const job = await group.instances[0]!.database.db.job.findUniqueOrThrow({
      where: { uniqueKey: `${kind}:1` },
    });
    expect(job.status).toBe("done");
  }, 60_000);
});

/** The CRLNumber extension of a DER CRL. */
function crlNumberOf(der: Uint8Array): number {
  const crl = AsnConvert.parse(der, CertificateList);
  const extension = crl.tbsCertList.crlExtensions?.find((e) => e.extnID === id_ce_cRLNumber);
  if (!extension) throw new Error("the CRL has no CRLNumber");
  return Number(AsnConvert.parse(extension.extnValue, CRLNumber).value);
}
