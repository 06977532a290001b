import { describe, expect, it } from "vitest";
import { RateLimitError } from "../../../core/errors/domain-error.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, type RaHarness } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

const vkn = "3230512384";
const email = "bilgi@ornek.com.tr";
const phone = "+905321234567";

/** An application made in conversation `web-1`, its codes sent, and the subscriber registered as production would. */
async function applyAndRegister(h: RaHarness) {
  const { orderNo } = await h.ra.submitApplication(
    cardApplication({ idempotencyKey: "web-1:1764054000000" }),
  );
  const sent = await h.ra.sendApplicationContactCodes({ conversationId: "web-1", orderNo });
  await h.deps.subscribers.createIfAbsent({ idNumber: vkn, title: "ÖRNEK", email, phone });
  return { orderNo, sent };
}

describe.each(testDialects)(
  "R5.1: an application's contacts are proven before identity codes go to them, on $name",
  (dialect) => {
    const h = raHarnessForEachTest(dialect);

    it("a code goes to each contact of the application; each one given back marks that contact proven", async () => {
      const { sent } = await applyAndRegister(h);
      expect(sent).toEqual({ maskedEmail: "b***@ornek.com.tr", maskedPhone: "+90 5** *** ** 67" });
      const emailCode = h.outbox.lastCode(email);
      const phoneCode = h.outbox.lastCode(phone);
      expect(h.outbox.to(email, "contact_proof_code")[0]).toMatchObject({
        channel: "email",
        sensitive: true,
      });
      expect(h.outbox.to(phone, "contact_proof_code")[0]).toMatchObject({ channel: "sms", sensitive: true });
      expect(await h.deps.subscribers.get(vkn)).not.toHaveProperty("emailVerifiedAt");
      // the phone's code does not prove the e-mail
      if (phoneCode !== emailCode)
        expect(
          await h.ra.confirmApplicationContact({ conversationId: "web-1", kind: "email", code: phoneCode }),
        ).toEqual({ confirmed: false, attemptsLeft: 2 });
      expect(
        await h.ra.confirmApplicationContact({ conversationId: "web-1", kind: "email", code: emailCode }),
      ).toMatchObject({ confirmed: true });
      const proven = await h.deps.subscribers.get(vkn);
      expect(proven?.emailVerifiedAt).toEqual(h.clock.now());
      expect(proven).not.toHaveProperty("phoneVerifiedAt");
      expect(
        await h.ra.confirmApplicationContact({ conversationId: "web-1", kind: "phone", code: phoneCode }),
      ).toMatchObject({ confirmed: true });
      expect((await h.deps.subscribers.get(vkn))?.phoneVerifiedAt).toEqual(h.clock.now());
    });

    it("another conversation cannot ask for an order's contact codes", async () => {
      const { orderNo } = await h.ra.submitApplication(
        cardApplication({ idempotencyKey: "web-1:1764054000000" }),
      );
      await expect(
        h.ra.sendApplicationContactCodes({ conversationId: "web-2", orderNo }),
      ).rejects.toMatchObject({
        code: "unknown_order",
      });
      expect(h.outbox.to(email, "contact_proof_code")).toHaveLength(0);
    });

    it("identity codes go only to proven contacts; with none proven the firm is answered as an unknown VKN", async () => {
      await applyAndRegister(h);
      const decoy = await h.ra.startVerification({ conversationId: "web-7", subject: vkn });
      expect(decoy.maskedEmail).not.toBe("b***@o***.com.tr");
      expect(decoy.maskedPhone).not.toBe("+90 5** *** ** 67");
      expect(h.outbox.to(email, "otp_code")).toHaveLength(0);
      expect(h.outbox.to(phone, "otp_code")).toHaveLength(0);
      await h.ra.confirmApplicationContact({
        conversationId: "web-1",
        kind: "phone",
        code: h.outbox.lastCode(phone),
      });
      const sent = await h.ra.startVerification({ conversationId: "web-8", subject: vkn });
      expect(sent).toEqual({ maskedEmail: "", maskedPhone: "+90 5** *** ** 67" });
      expect(h.outbox.to(phone, "otp_code")).toHaveLength(1);
      expect(h.outbox.to(email, "otp_code")).toHaveLength(0); // the unproven e-mail is withheld, not sent
      expect(h.outbox.withheld.filter((n) => n.to === email)).toHaveLength(1);
      const code = h.outbox.lastCode(phone);
      expect(await h.ra.verifyCode({ conversationId: "web-8", code })).toMatchObject({ verified: true });
    });

    it("a contact update proves the new contact it was confirmed by", async () => {
      await h.ra.registerSubscriber({ idNumber: vkn, title: "ÖRNEK", email, phone });
      await h.ra.startVerification({ conversationId: "web-1", subject: vkn });
      await h.ra.verifyCode({ conversationId: "web-1", code: h.outbox.lastCode(email) });
      await h.ra.startContactUpdate({
        conversationId: "web-1",
        kind: "email",
        newValue: "yeni@ornek.com.tr",
      });
      await h.ra.confirmContactUpdate({
        conversationId: "web-1",
        code: h.outbox.lastCode("yeni@ornek.com.tr"),
      });
      const after = await h.deps.subscribers.get(vkn);
      expect(after).toMatchObject({ email: "yeni@ornek.com.tr" });
      expect(after?.emailVerifiedAt).toBeInstanceOf(Date);
    });

    it("contact-update codes count against the client network's budget", async () => {
      await h.ra.registerSubscriber({ idNumber: vkn, title: "ÖRNEK", email, phone });
      const net = "198.51.100.20";
      await h.ra.startVerification({ conversationId: "web-1", subject: vkn, clientNetwork: net });
      await h.ra.verifyCode({ conversationId: "web-1", code: h.outbox.lastCode(email) });
      for (let i = 0; i < 9; i++)
        await h.ra.verification.start({
          conversationId: `w-${i}`,
          subject: `10000000${10 + i}`,
          clientNetwork: net,
        });
      await expect(
        h.ra.startContactUpdate({
          conversationId: "web-1",
          kind: "email",
          newValue: "yeni@ornek.com.tr",
          clientNetwork: net,
        }),
      ).rejects.toBeInstanceOf(RateLimitError);
      await expect(
        h.ra.startContactUpdate({
          conversationId: "web-1",
          kind: "email",
          newValue: "yeni@ornek.com.tr",
          clientNetwork: "198.51.100.21",
        }),
      ).resolves.toEqual({ maskedTarget: "y***@ornek.com.tr" });
    });
  },
);
