/**
 * Every code submission of the RA (a customer's verification, a contact update, an application's
 * contact proof, an agent's `dogrula`) reads the typed text itself: a code in groups or after a
 * label ("12 34 56", "kodum 123-456") is one code; anything that is no 6-digit code is refused with
 * `invalid_code_format` before a challenge is read, so it spends no try.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

const firm = {
  idNumber: "3230512384",
  title: "ÖRNEK BİLİŞİM A.Ş.",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

const malformed = ["12345", "1234567", "abcdef", "123456 7", "12a456", "", "bir iki üç"];

/** A typed code written in groups after a label, as customers and agents read it out. */
const grouped = (code: string) => `kodum: ${code.slice(0, 2)} ${code.slice(2, 4)}-${code.slice(4)}`;

describe.each(testDialects)("a malformed one-time code on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);
  beforeEach(async () => {
    await h.ra.registerSubscriber(firm);
  });

  /** The tries counted on the conversation's challenge of a purpose. */
  const attempts = async (conversationId: string, purpose: string) =>
    (await h.database.db.otpChallenge.findFirst({ where: { conversationId, purpose } }))?.attempts;

  it("customer verification: refused as invalid_code_format, no try spent; a grouped code verifies", async () => {
    await h.ra.startVerification({ conversationId: "web-1", subject: firm.idNumber });
    for (const typed of malformed)
      await expect(h.ra.verifyCode({ conversationId: "web-1", code: typed }), typed).rejects.toMatchObject({
        code: "invalid_code_format",
      });
    expect(await attempts("web-1", "verify")).toBe(0);
    const code = h.outbox.lastCode(firm.email);
    expect(await h.ra.verifyCode({ conversationId: "web-1", code: grouped(code) })).toEqual({
      verified: true,
      attemptsLeft: 2,
    });
  });

  it("contact update: refused before the verification is even looked at, no try spent", async () => {
    await expect(h.ra.confirmContactUpdate({ conversationId: "web-2", code: "12345" })).rejects.toMatchObject(
      {
        code: "invalid_code_format",
      },
    );
    await h.ra.startVerification({ conversationId: "web-2", subject: firm.idNumber });
    await h.ra.verifyCode({ conversationId: "web-2", code: h.outbox.lastCode(firm.email) });
    await h.ra.startContactUpdate({ conversationId: "web-2", kind: "email", newValue: "yeni@ornek.com.tr" });
    for (const typed of malformed)
      await expect(
        h.ra.confirmContactUpdate({ conversationId: "web-2", code: typed }),
        typed,
      ).rejects.toMatchObject({
        code: "invalid_code_format",
      });
    expect(await attempts("web-2", "contact_update")).toBe(0);
    const code = h.outbox.lastCode("yeni@ornek.com.tr");
    expect(await h.ra.confirmContactUpdate({ conversationId: "web-2", code: grouped(code) })).toMatchObject({
      updated: true,
      attemptsLeft: 2,
    });
  });

  it("application contact proof: refused, no try spent; a grouped code proves the contact", async () => {
    const { orderNo } = await h.ra.submitApplication(
      cardApplication({ idempotencyKey: "web-3:application-1" }),
    );
    await h.ra.sendApplicationContactCodes({ conversationId: "web-3", orderNo });
    for (const typed of malformed)
      await expect(
        h.ra.confirmApplicationContact({ conversationId: "web-3", kind: "email", code: typed }),
        typed,
      ).rejects.toMatchObject({ code: "invalid_code_format" });
    const challenges = await h.database.db.otpChallenge.findMany({ where: { conversationId: "web-3" } });
    expect(challenges.map((c) => c.attempts)).toEqual([0, 0]);
    const code = h.outbox.lastCode(cardApplication().email);
    expect(
      await h.ra.confirmApplicationContact({ conversationId: "web-3", kind: "email", code: grouped(code) }),
    ).toEqual({ confirmed: true, attemptsLeft: 2 });
  });

  it("an agent's dogrula: refused before the VKN is checked, no try spent; a grouped code verifies", async () => {
    await expect(
      h.ra.agents.submitCode({ agentId: "U1", subject: "123", code: "abcdef" }),
    ).rejects.toMatchObject({ code: "invalid_code_format" });
    await h.ra.agents.startVerification({ agentId: "U1", subject: firm.idNumber });
    for (const typed of malformed)
      await expect(
        h.ra.agents.submitCode({ agentId: "U1", subject: firm.idNumber, code: typed }),
        typed,
      ).rejects.toMatchObject({ code: "invalid_code_format" });
    const [challenge] = await h.database.db.otpChallenge.findMany({ where: { purpose: "verify" } });
    expect(challenge?.attempts).toBe(0);
    const code = h.outbox.lastCode(firm.email);
    expect(
      await h.ra.agents.submitCode({ agentId: "U1", subject: firm.idNumber, code: grouped(code) }),
    ).toEqual({
      kind: "verified",
      attemptsLeft: 2,
    });
  });
});
