import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaSubscriberRepository } from "../../../adapters/db/ra/prisma-subscriber-repository.ts";
import { maskEmailAndDomain, maskPhone } from "../../../core/privacy/mask.ts";
import { startTestService } from "../../helpers/web-service.ts";

/**
 * `interfaces.md` §4: the dialog reveals nothing about who holds a certificate. A firm on record whose
 * contacts were never proven must not be told apart from a VKN nobody holds: same answer shape, same
 * storage writes, nothing sent to the unproven contacts. Over the composed service on SQLite.
 */
describe("identity verification of a firm whose contacts are all unproven, against an unknown VKN", () => {
  let s: Awaited<ReturnType<typeof startTestService>>;
  const unproven = {
    idNumber: "3230512384",
    title: "ÖRNEK A.Ş.",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
  };
  const unknownVkn = "4540536920";

  beforeAll(async () => {
    s = await startTestService();
    await new PrismaSubscriberRepository(s.service.database.db).createIfAbsent(unproven);
  });
  afterAll(async () => s?.close());

  async function counts() {
    const db = s.service.database.db;
    return {
      challenges: await db.otpChallenge.count(),
      notifications: await db.notification.count(),
      withheld: await db.notification.count({ where: { status: "withheld" } }),
      jobs: await db.job.count(),
      audit: await db.auditEntry.count(),
    };
  }
  const delta = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v - a[k]!]));

  /** Starts a verification; the outcome as the caller sees it, and what it wrote. */
  async function attempt(subject: string, conversationId: string) {
    const before = await counts();
    const auditBefore = await s.service.database.db.auditEntry.findMany({ select: { seq: true } });
    const outcome = await s.service.ra.verification.start({ conversationId, subject }).then(
      (sent) => ({ sent }),
      (error: { code?: string }) => ({ error: error.code ?? "thrown" }),
    );
    const written = delta(before, await counts());
    const known = new Set(auditBefore.map((a) => a.seq));
    const actions = (await s.service.database.db.auditEntry.findMany({ orderBy: { seq: "asc" } }))
      .filter((a) => !known.has(a.seq))
      .map((a) => a.action);
    return { outcome, written, actions };
  }

  it("answers both alike: a masked e-mail and phone of the same shape, the same rows, the same audit action", async () => {
    const firm = await attempt(unproven.idNumber, "leak-unproven");
    const nobody = await attempt(unknownVkn, "leak-unknown");
    expect(firm.outcome).not.toHaveProperty("error");
    expect(nobody.outcome).not.toHaveProperty("error");
    // The same shape real contacts have once masked (test/core/ra/decoy-contacts.test.ts); a decoy
    // names one contact or both, as a subscriber is named (test/core/ra/verification-one-contact.test.ts).
    for (const o of [firm.outcome, nobody.outcome]) {
      const sent = (o as { sent: { maskedEmail: string; maskedPhone: string } }).sent;
      expect(sent.maskedEmail || sent.maskedPhone).not.toBe("");
      if (sent.maskedEmail) expect(sent.maskedEmail).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*(\.[a-z]{2,}){1,2}$/);
      if (sent.maskedPhone) expect(sent.maskedPhone).toMatch(/^\+90 5\*\* \*\*\* \*\* \d\d$/);
    }
    expect(firm.written).toEqual({ challenges: 1, notifications: 2, withheld: 2, jobs: 2, audit: 1 });
    expect(nobody.written).toEqual(firm.written);
    expect(firm.actions).toEqual(nobody.actions);
  });

  it("names neither unproven contact and sends nothing to them", async () => {
    const firm = await attempt(unproven.idNumber, "leak-unproven-2");
    const sent = (firm.outcome as { sent: { maskedEmail: string; maskedPhone: string } }).sent;
    expect(sent.maskedEmail).not.toBe(maskEmailAndDomain(unproven.email));
    expect(sent.maskedPhone).not.toBe(maskPhone(unproven.phone));
    const toReal = await s.service.database.db.notification.count({
      where: { recipient: { in: [unproven.email, unproven.phone] } },
    });
    expect(toReal).toBe(0);
    // a second start for the firm names the same (decoy) contacts, as an unknown VKN does
    const again = await attempt(unproven.idNumber, "leak-unproven-3");
    expect(again.outcome).toEqual(firm.outcome);
  });

  it("an agent, who verifies callers from documents anyway, is still told the contacts are unproven", async () => {
    // Another firm: the first one's code budget went to the cases above.
    const other = { ...unproven, idNumber: "6180884538" };
    await new PrismaSubscriberRepository(s.service.database.db).createIfAbsent(other);
    await expect(
      s.service.ra.agents.startVerification({ agentId: "U1", subject: other.idNumber }),
    ).rejects.toMatchObject({ code: "contacts_unverified" });
  });
});
