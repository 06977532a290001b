import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RateLimitError } from "../../../core/errors/domain-error.ts";
import { challengeLimits } from "../../../core/ra/code-budget.ts";
import { testDialects } from "../../helpers/databases.ts";
import { createRaHarness, type RaHarness } from "../../helpers/ra-harness.ts";

const firm = {
  idNumber: "3230512384",
  title: "ÖRNEK BİLİŞİM A.Ş.",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe.each(testDialects)("identity verification and contact updates on $name", (dialect) => {
  let h: RaHarness;
  beforeEach(async () => {
    h = await createRaHarness(dialect);
    await h.ra.registerSubscriber(firm);
  });
  afterEach(async () => h.dispose());

  it("R5.1: a code goes to the registered e-mail and phone, named masked; the right code verifies for 15 minutes", async () => {
    const sent = await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    expect(sent).toEqual({ maskedEmail: "b***@o***.com.tr", maskedPhone: "+90 5** *** ** 67" });
    const code = h.outbox.lastCode("bilgi@ornek.com.tr");
    expect(h.outbox.lastCode("+905321234567")).toBe(code);
    const stored = await h.database.db.otpChallenge.findFirst();
    expect(stored?.codeHash).not.toContain(code);
    expect(await h.ra.verifyCode({ conversationId: "web-1", code })).toEqual({
      verified: true,
      attemptsLeft: 2,
    });
    expect(await h.ra.verifiedSubject("web-1")).toBe("3230512384");
    expect(await h.ra.verifiedSubject("web-2")).toBeUndefined();
    expect(await h.ra.verifyCode({ conversationId: "web-1", code })).toMatchObject({ verified: false }); // used once
    h.clock.advance(15 * 60 * 1000 + 1);
    expect(await h.ra.verifiedSubject("web-1")).toBeUndefined();
  });

  it("R5.1: three wrong codes spend the challenge, the right code no longer works; an expired code fails", async () => {
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    const code = h.outbox.lastCode("bilgi@ornek.com.tr");
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await h.ra.verifyCode({ conversationId: "web-1", code: wrong })).toEqual({
      verified: false,
      attemptsLeft: 2,
    });
    // a typo that is no 6-digit code is refused and spends no try (core/ra/typed-code.ts)
    await expect(h.ra.verifyCode({ conversationId: "web-1", code: "abc" })).rejects.toMatchObject({
      code: "invalid_code_format",
    });
    expect(await h.ra.verifyCode({ conversationId: "web-1", code: wrong })).toEqual({
      verified: false,
      attemptsLeft: 1,
    });
    expect(await h.ra.verifyCode({ conversationId: "web-1", code: wrong })).toEqual({
      verified: false,
      attemptsLeft: 0,
    });
    expect(await h.ra.verifyCode({ conversationId: "web-1", code })).toEqual({
      verified: false,
      attemptsLeft: 0,
    });
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    const next = h.outbox.lastCode("bilgi@ornek.com.tr");
    h.clock.advance(5 * 60 * 1000);
    expect(await h.ra.verifyCode({ conversationId: "web-1", code: next })).toMatchObject({ verified: false });
  });

  it("R5.1: racing guesses cannot exceed three attempts", async () => {
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => h.ra.verifyCode({ conversationId: "web-1", code: "999999" })),
    );
    expect(results.filter((r) => r.attemptsLeft > 0 || r.verified).length).toBeLessThanOrEqual(2);
    expect((await h.database.db.otpChallenge.findFirst())?.attempts).toBe(3);
  });

  it("an unknown VKN or serial is answered like a known one and nothing is sent", async () => {
    const a = await h.ra.startVerification({ conversationId: "web-3", subject: "4540536920" });
    const b = await h.ra.startVerification({ conversationId: "web-4", subject: "4540536920" });
    expect(a.maskedEmail).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*(\.[a-z]{2,}){1,2}$/);
    expect(a.maskedPhone).toMatch(/^\+90 5\*\* \*\*\* \*\* \d\d$/);
    expect(b).toEqual(a);
    await h.ra.startVerification({ conversationId: "web-5", subject: "0a1b2c3d4e5f" });
    expect(h.outbox.sent).toHaveLength(0);
    expect(await h.ra.verifyCode({ conversationId: "web-3", code: "123456" })).toEqual({
      verified: false,
      attemptsLeft: 2,
    });
  });

  it("codes are rate-limited per VKN and client; bad subjects are refused", async () => {
    // one client: three tabs (conversations) of one network
    const stranger = "198.51.100.7";
    for (let i = 0; i < 3; i++)
      await h.ra.startVerification({
        conversationId: `web-${i}`,
        subject: "3230512384",
        clientNetwork: stranger,
      });
    await expect(
      h.ra.startVerification({ conversationId: "web-9", subject: "3230512384", clientNetwork: stranger }),
    ).rejects.toMatchObject({ code: "too_many_codes" });
    await expect(
      h.ra.startVerification({ conversationId: "web-9", subject: "merhaba", clientNetwork: stranger }),
    ).rejects.toMatchObject({ code: "invalid_subject" });
    // the firm itself, from its own conversation and network, still gets a code (a lost card can be revoked)
    await expect(
      h.ra.startVerification({
        conversationId: "web-owner",
        subject: "3230512384",
        clientNetwork: "203.0.113.5",
      }),
    ).resolves.toBeDefined();
    h.clock.advance(60 * 60 * 1000 + 1);
    await expect(
      h.ra.startVerification({ conversationId: "web-9", subject: "3230512384", clientNetwork: stranger }),
    ).resolves.toBeDefined();
  });

  it("a VKN's codes over all clients are capped, so its contacts are not flooded", async () => {
    for (let i = 0; i < challengeLimits.perSubject; i++)
      await h.ra.startVerification({
        conversationId: `web-${i}`,
        subject: "3230512384",
        clientNetwork: `192.0.2.${i + 1}`,
      });
    await expect(
      h.ra.startVerification({
        conversationId: "web-last",
        subject: "3230512384",
        clientNetwork: "192.0.2.200",
      }),
    ).rejects.toMatchObject({ code: "too_many_codes" });
    expect(h.outbox.sent.filter((n) => n.to === firm.email)).toHaveLength(challengeLimits.perSubject);
  });

  it("R5.1: a contact update needs verification, a code to the NEW contact, and tells the OLD contact", async () => {
    await expect(
      h.ra.startContactUpdate({ conversationId: "web-1", kind: "email", newValue: "muhasebe@ornek.com.tr" }),
    ).rejects.toMatchObject({ code: "not_verified" });
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    await h.ra.verifyCode({ conversationId: "web-1", code: h.outbox.lastCode("bilgi@ornek.com.tr") });
    await expect(
      h.ra.startContactUpdate({ conversationId: "web-1", kind: "email", newValue: "bilgi@ornek" }),
    ).rejects.toMatchObject({ code: "invalid_email" });
    const started = await h.ra.startContactUpdate({
      conversationId: "web-1",
      kind: "email",
      newValue: "muhasebe@ornek.com.tr",
    });
    expect(started.maskedTarget).toBe("m***@ornek.com.tr");
    expect((await h.deps.subscribers.get("3230512384"))?.email).toBe("bilgi@ornek.com.tr");
    expect(await h.ra.confirmContactUpdate({ conversationId: "web-1", code: "000001" })).toMatchObject({
      updated: false,
    });
    const code = h.outbox.lastCode("muhasebe@ornek.com.tr");
    expect(await h.ra.confirmContactUpdate({ conversationId: "web-1", code })).toMatchObject({
      updated: true,
    });
    expect((await h.deps.subscribers.get("3230512384"))?.email).toBe("muhasebe@ornek.com.tr");
    const told = h.outbox.to("bilgi@ornek.com.tr", "contact_changed");
    expect(told).toHaveLength(1);
    expect(told[0]?.params).toEqual({ kind: "email", masked: "m***@ornek.com.tr" });
  });

  it("R5.1: a phone update is confirmed by SMS to the new number and told to the old one", async () => {
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    await h.ra.verifyCode({ conversationId: "web-1", code: h.outbox.lastCode("bilgi@ornek.com.tr") });
    await h.ra.startContactUpdate({ conversationId: "web-1", kind: "phone", newValue: "0533 111 22 33" });
    const code = h.outbox.lastCode("+905331112233");
    await h.ra.confirmContactUpdate({ conversationId: "web-1", code });
    expect((await h.deps.subscribers.get("3230512384"))?.phone).toBe("+905331112233");
    expect(h.outbox.to("+905321234567", "contact_changed")[0]?.channel).toBe("sms");
  });

  it("R5.1: an agent records a verification for a call-centre case", async () => {
    await h.ra.verification.verifyByAgent({
      conversationId: "slack-U1-case1",
      subject: "3230512384",
      agentId: "U1",
    });
    expect(await h.ra.verifiedSubject("slack-U1-case1")).toBe("3230512384");
    const row = await h.database.db.verification.findFirst();
    expect(row).toMatchObject({ method: "agent", agentId: "U1" });
  });
});

describe.each(testDialects)("R5.2 and production retries on $name", (dialect) => {
  let h: RaHarness;
  beforeEach(async () => {
    h = await createRaHarness(dialect);
    await h.ra.registerSubscriber(firm);
  });
  afterEach(async () => h.dispose());

  it("R5.2: a VKN or unvan change is not an update but a new application", async () => {
    await h.ra.startVerification({ conversationId: "web-1", subject: "3230512384" });
    await h.ra.verifyCode({ conversationId: "web-1", code: h.outbox.lastCode("bilgi@ornek.com.tr") });
    for (const kind of ["vkn", "title"]) {
      await expect(
        h.ra.startContactUpdate({ conversationId: "web-1", kind: kind as "email", newValue: "x" }),
      ).rejects.toMatchObject({ code: "new_application_required" });
    }
    expect(await h.database.db.otpChallenge.count({ where: { purpose: "contact_update" } })).toBe(0);
  });
});

describe.each(testDialects)("one-time-code budget per client network and overall on $name", (dialect) => {
  let h: RaHarness;
  beforeEach(async () => {
    h = await createRaHarness(dialect);
  });
  afterEach(async () => h.dispose());

  it("one IPv6 /64 cannot walk through many firms from fresh conversations", async () => {
    const ask = (i: number, clientNetwork: string) =>
      h.ra.verification.start({
        conversationId: `web-${i}`,
        subject: `3230512${String(i).padStart(3, "0")}`,
        clientNetwork,
      });
    for (let i = 0; i < 10; i += 1) await ask(i, `2001:db8:1:2::${i.toString(16)}`);
    await expect(ask(10, "2001:db8:1:2:ffff::1")).rejects.toBeInstanceOf(RateLimitError);
    await expect(ask(11, "2001:db8:1:3::1")).resolves.toBeTruthy(); // another /64
    await expect(ask(12, "::ffff:192.0.2.7")).resolves.toBeTruthy();
  });
});
