/**
 * A question about the certificate just shown asked for its serial or VKN again: after
 * "<serial>'in durumu" (answered publicly), "peki bu sertifikanın süresi ne zaman doluyor" got the
 * status question, and after a VKN's verified list "ne zamana kadar geçerli" did too; "onu iptal
 * etmek istiyorum" asked for the subject. The certificate shown is the conversation's context, as
 * the order shown is for order questions (bot/flows/order-status.ts): answered again with how to ask
 * about another, and pointed at ("onu", "bunu", "it") it is the revocation's subject.
 */
import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { Chat, setup } from "../harness.ts";

const askedAgain = /seri numarasını \(herkes sorgulayabilir\)/;

describe("the certificate just shown is the next status question's subject", () => {
  it.each([
    "peki bu sertifikanın süresi ne zaman doluyor",
    "ne zamana kadar geçerli",
    "sertifika ne zaman bitiyor",
    "is it still valid?",
  ])("after a serial's status, '%s' answers for that serial", async (text) => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    const first = await ctx.chat.say(`${a.serial} seri numaralı sertifikanın durumu nedir`);
    expect(first).toContain("25 Kasım 2029");
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(askedAgain);
    expect(answer).toContain(a.serial);
    expect(answer).toContain("25 Kasım 2029");
    expect(answer).toMatch(/Başka bir sertifikayı soruyorsanız/);
  });

  it("after a VKN's verified list, the list again while the verification lasts", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.chat.say("sertifika durumu");
    await ctx.chat.say(firmA.vkn);
    expect(await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!)).toContain(a.serial);
    const answer = await ctx.chat.say("peki ne zamana kadar geçerli");
    expect(answer).toContain(a.serial);
    expect(answer).not.toMatch(/kod/i);
  });

  it.each([
    "peki diğer firmamızın sertifika durumu ne",
    "başka bir sertifikanın durumu",
    "and the other certificate's status?",
  ])("'%s' asks about another: the question is asked", async (text) => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.chat.say(`${a.serial} durumu nedir`);
    const answer = await ctx.chat.say(text);
    expect(answer).toMatch(askedAgain);
    expect(answer).not.toContain(a.serial);
  });

  it("a serial not found is no context: the question is asked", async () => {
    const ctx = await setup();
    await ctx.chat.say("0a1b2c3d4e5f seri numaralı sertifikanın durumu nedir");
    expect(await ctx.chat.say("ne zamana kadar geçerli")).toMatch(askedAgain);
  });

  it("a new conversation has no context", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    expect(await ctx.chat.say("sertifika ne zaman bitiyor")).toMatch(askedAgain);
  });

  it("a subject named in the question wins over the one shown", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    const b = await ctx.world.addCertificate(firmB);
    await ctx.chat.say(`${a.serial} durumu nedir`);
    const answer = await ctx.chat.say(`${b.serial} seri numaralı sertifika ne zaman bitiyor`);
    expect(answer).toContain(b.serial);
    expect(answer).not.toContain(a.serial);
  });

  it("survives a restart (the context is in the saved state)", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.chat.say(`${a.serial} durumu nedir`);
    const restarted = new Chat(ctx.make(), ctx.ref);
    expect(await restarted.say("ne zaman bitiyor")).toContain(a.serial);
  });
});

describe("the certificate just shown, pointed at, is the revocation's subject", () => {
  it.each(["onu iptal etmek istiyorum", "bu sertifikayı iptal edin", "bunu iptal ettirmek istiyoruz"])(
    "'%s' after a serial's status sends the code for that serial",
    async (text) => {
      const ctx = await setup();
      const a = await ctx.world.addCertificate(firmA);
      await ctx.chat.say(`${a.serial} seri numaralı sertifikanın durumu nedir`);
      const answer = await ctx.chat.say(text);
      expect(answer).toContain(a.serial);
      expect(answer).toMatch(/doğrulama kodu/);
      expect(ctx.world.lastCodeTo(firmA.email)).toBeDefined();
    },
  );

  it("without pointing at it, the subject is asked as before", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.chat.say(`${a.serial} durumu nedir`);
    const answer = await ctx.chat.say("4540536920 firmasının sertifikasını iptal etmek istiyorum");
    expect(answer).not.toContain(a.serial);
  });
});

describe("a lost card and whether the seal is still valid (R7.4)", () => {
  it.each([
    "kartı kaybettik, mühür hâlâ geçerli mi",
    "kartimi kaybettim sertifikam aktif mi",
    "mali mühür kartımız çalındı, sertifika hala geçerli mi?",
  ])("'%s': valid until revoked, so the revocation starts", async (text) => {
    const ctx = await setup();
    const answer = await ctx.chat.say(text);
    expect(answer).toMatch(/iptal edilene kadar geçerli kalır/);
    expect(answer).toMatch(/VKN/);
    expect(answer).not.toMatch(askedAgain);
  });

  it("in English: 'we lost the card, is the seal still valid'", async () => {
    const ctx = await setup({ locale: "en" });
    const answer = await ctx.chat.say("we lost the card, is the seal still valid?");
    expect(answer).toMatch(/stays valid until it is revoked/);
  });

  it.each(["kart kaybolmadı, mühür hâlâ geçerli mi", "kargo kayboldu mu, sertifika geçerli mi"])(
    "'%s' is no loss of the card: no revocation text",
    async (text) => {
      const ctx = await setup();
      expect(await ctx.chat.say(text)).not.toMatch(/iptal edilene kadar/);
    },
  );
});
