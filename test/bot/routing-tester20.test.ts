/**
 * Outside tester 20's routing defects (replays d02–d20), each a class of input:
 * - whether the seal IS revoked ("mühürüm iptal olmuş mu") started the revocation: it is the status (R10.1, §4 Status);
 * - "6180884538 nolu firmanın durumu ne" asked for an order number: a VKN with status and firm words is the status by it;
 * - "ne zaman sona eriyor?" got the production text: the certificate's end (cert_status);
 * - "how long is the seal valid?" got the status lookup: the validity period (R8.1, the renewal text);
 * - "şifreleme sertifikası nedir" got the PIN text: the card's encryption certificate;
 * - "hava nasıl" got the payment text ("hava" stems as "havale"): off-topic gets the fallback;
 * - "askıya alınabilir mi" asked for a serial: there is no suspension, revocation is irreversible (R7.1);
 * - "yenileme için tekrar ödeme mi yapıyoruz" got the payment channels: renewal is a new application (R8.3);
 * - "yetkili vefat etti" handed off unasked: who may receive the card (R3.3.2).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../helpers/intent-of.ts";
import { firmA, firmB } from "../helpers/two-firms.ts";
import { setup } from "./harness.ts";

const codeAsked = /doğrulama kodu/;

describe("d02: whether the seal is revoked is its status, never a revocation", () => {
  it.each([
    "mühürüm iptal olmuş mu",
    "mühürümüz iptal edilmiş mi",
    "sertifikamız iptal mi oldu",
    "kartımız iptal olmuş mu acaba",
    "mali mühür iptal edildi mi",
  ])("'%s' is cert_status", (text) => {
    expect(intentOf(text)).toBe("cert_status");
  });

  it("a request asked as a question stays a revocation", () => {
    expect(intentOf("mühürümüzü iptal etmek istiyoruz")).toBe("revoke");
  });

  it("'mühürüm iptal olmuş mu' asks the status question, no self-service revocation", async () => {
    const { chat } = await setup();
    const answer = await chat.say("mühürüm iptal olmuş mu");
    expect(answer).not.toContain("kendiniz de iptal edebilirsiniz");
    expect(answer).toMatch(/seri numarasını .* VKN'sini/);
  });
});

describe("d19: a VKN with status and firm words is the status by that VKN", () => {
  it.each([
    "6180884538 nolu firmanın durumu ne",
    "6180884538 şirketin durumu nedir",
    "6180884538 numaralı şirketimizin mühür durumu",
  ])("'%s' is cert_status", (text) => {
    expect(intentOf(text)).toBe("cert_status");
  });

  it("the code goes to the firm's registered contacts, no order number asked", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmB);
    const answer = await ctx.chat.say(`${firmB.vkn} nolu firmanın durumu ne`);
    expect(answer).not.toMatch(/[Ss]ipariş numaranızı/);
    expect(answer).toMatch(codeAsked);
    expect(ctx.world.lastCodeTo(firmB.email)).toBeDefined();
  });

  it("also when verified for another firm: the other firm is verified", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.world.addCertificate(firmB);
    await ctx.chat.say("sertifika durumu");
    await ctx.chat.say(firmA.vkn);
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    const answer = await ctx.chat.say(`${firmB.vkn} nolu şirketin durumu nedir`);
    expect(answer).not.toMatch(/[Ss]ipariş numaranızı/);
    expect(answer).toMatch(codeAsked);
    expect(ctx.world.lastCodeTo(firmB.email)).toBeDefined();
  });
});

describe("d03: when the certificate ends is cert_status", () => {
  it.each([
    "ne zaman sona eriyor?",
    "ne zaman bitiyor",
    "ne zamana kadar",
    "mühürün süresi ne zaman sona erecek",
    "sertifika ne zaman doluyor",
  ])("'%s' is cert_status", (text) => {
    expect(intentOf(text)).toBe("cert_status");
  });

  it.each(["when does it expire", "until when is it valid"])("'%s' (en) is cert_status", (text) => {
    expect(intentOf(text, "en")).toBe("cert_status");
  });

  it("the end of another thing keeps its topic", () => {
    expect(intentOf("ödemeyi ne zamana kadar yapmalıyım")).toBe("payment");
  });

  it("after a verified status answer, 'ne zaman sona eriyor?' gives the end date again", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.chat.say("sertifikam geçerli mi");
    await ctx.chat.say(firmA.vkn);
    expect(await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!)).toContain(a.serial);
    const answer = await ctx.chat.say("ne zaman sona eriyor?");
    expect(answer).toContain(a.serial);
    expect(answer).not.toMatch(/sipariş numaranızı/);
  });
});

describe("d04: how long a seal is valid is the rule (R8.1), not a lookup", () => {
  it.each(["how long is the seal valid?", "how many years is the certificate valid for"])(
    "'%s' (en) is the renewal text's three years",
    async (text) => {
      expect(intentOf(text, "en")).toBe("renewal");
      const { chat } = await setup({ locale: "en" });
      const answer = await chat.say(text);
      expect(answer).toMatch(/3 years/);
      expect(answer).not.toMatch(/serial number/);
    },
  );

  it.each(["sertifika ne kadar süre geçerli", "mühür kaç yıl geçerli"])("'%s' is renewal", (text) => {
    expect(intentOf(text)).toBe("renewal");
  });

  it("the time still left of one's own is its status", () => {
    expect(intentOf("is our seal still valid?", "en")).toBe("cert_status");
  });
});

describe("d09: 'şifreleme' is encryption, not the PIN", () => {
  it.each(["şifreleme sertifikası nedir", "şifreleme sertifikası ne işe yarar"])(
    "'%s': the card's two certificates",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).not.toContain("bloke olur");
      expect(answer).toMatch(/imza sertifikası ve .*şifreleme sertifikası/);
    },
  );

  it("in English too", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("what is the encryption certificate?")).toMatch(/encryption certificate, used/);
  });

  it("a forgotten password stays the PIN's topic", () => {
    expect(intentOf("şifremi unuttum")).not.toBe("about");
  });
});

describe("d08: an off-topic message gets the fallback, no near word's topic", () => {
  it.each(["hava nasıl", "bugün maç var mı"])("'%s' is none", async (text) => {
    expect(intentOf(text)).toBe("none");
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(/sanal POS|Vakıfbank/);
  });

  it("in English: 'how is the weather' is none", () => {
    expect(intentOf("how is the weather", "en")).toBe("none");
  });

  it("a payment word still is the payment", () => {
    expect(intentOf("havale nasıl yapılır")).toBe("payment");
  });
});

describe("d14: there is no suspension; revocation cannot be undone (R7.1)", () => {
  it.each([
    "sertifika askıya alınabilir mi, geçici durdurmak istiyorum",
    "mühürü bir süreliğine dondurabilir miyiz",
    "mühürü geçici olarak kapatmak istiyoruz",
  ])("'%s': the no-suspension text", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toContain("seri numarasını (herkes sorgulayabilir)");
    expect(answer).toMatch(/askıya alınamaz/);
    expect(answer).toMatch(/geri alınamaz/);
  });

  it("in English: 'can we suspend the certificate'", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("can we suspend the certificate?")).toMatch(/cannot be suspended/);
  });

  it("whether it is suspended stays the status", () => {
    expect(intentOf("mühür askıda mı")).toBe("cert_status");
  });
});

describe("d18: renewal is paid again as a new application (R8.3)", () => {
  it.each(["yenileme için tekrar ödeme mi yapıyoruz", "yenilerken yine ödeme gerekiyor mu"])(
    "'%s': the renewal text",
    async (text) => {
      expect(intentOf(text)).toBe("renewal");
      const { chat } = await setup();
      expect(await chat.say(text)).toMatch(/yeni bir başvuru/);
    },
  );

  it("do we pay again to renew (en)", () => {
    expect(intentOf("do we pay again to renew?", "en")).toBe("renewal");
  });
});

describe("d20: the signatory gone is R3.3.2, no hand-off", () => {
  it.each(["yetkili vefat etti", "imza yetkilimiz hayatını kaybetti"])(
    "'%s': who may receive the card",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).not.toContain("temsilcisine aktarıyorum");
      expect(answer).toMatch(/vekaletname/);
    },
  );

  it("'hayatını kaybetti' is no revocation cue", () => {
    expect(intentOf("imza yetkilimiz hayatını kaybetti")).toBe("delivery");
  });
});
