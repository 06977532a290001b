/**
 * Short follow-up questions were classified alone, without what the bot had just answered (outside
 * conversation tester, round 21): after a lost card's revocation "ne yapmalıyım" got the renewal or
 * the card-arrived text, after R9 "peki evrakları nereye göndereceğiz" got "Şunu mu demek
 * istediniz?", "sipariş numaram neydi" asked for the number the bot had just given, "kredi kartı ile
 * olur mu" after the payment answer got the smart card's first steps, and "what about e-archive?"
 * got "Did you mean". The topic of the last answer (BotState.answered) now reads them.
 */
import { describe, expect, it, vi } from "vitest";
import { firmA } from "../../../helpers/two-firms.ts";
import { sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

vi.setConfig({ testTimeout: 30_000 });

type Ctx = Awaited<ReturnType<typeof setup>>;

/** Revokes firm A's card as lost, in the conversation's language. */
async function revokedLost(ctx: Ctx, en = false) {
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say(
    en ? "our seal card is lost, please revoke it" : "kartımız kayboldu iptal etmek istiyorum",
  );
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  const reasonAsked = ctx.chat.buttons();
  if (reasonAsked.includes(en ? "Lost" : "Kayıp")) await ctx.chat.press(en ? "Lost" : "Kayıp");
  else await ctx.chat.say(en ? "yes" : "evet");
  const done = await ctx.chat.say(en ? "yes" : "evet");
  expect(done).toMatch(en ? /revoked/ : /iptal edildi/);
}

describe("after a lost card's revocation: what now (R7.4)", () => {
  it.each([
    "simdi ne yapmam gerekiyor",
    "ne yapmaliyim",
    "şimdi ne olacak",
    "peki bundan sonra ne yapacağız",
    "yeni kart lazım mı",
    "yenisini almamız gerekiyor mu",
    "tekrar basvurmamiz mi gerekiyor",
  ])("done, '%s' is told to apply again", async (text) => {
    const ctx = await setup();
    await revokedLost(ctx);
    const answer = await ctx.chat.say(text);
    expect(answer).toMatch(/yeniden başvuru/);
    expect(answer).not.toMatch(/Kartınız geldiyse|3 yıl geçerlidir|Şunu mu demek/);
    expect(ctx.chat.buttons()).toContain("Başvuru");
  });

  it.each([
    "what now? do we need a new one?",
    "what should we do now",
    "now what?",
    "do we have to apply again?",
  ])("done, English '%s' is told to apply again", async (text) => {
    const ctx = await setup({ locale: "en" });
    await revokedLost(ctx, true);
    const answer = await ctx.chat.say(text);
    expect(answer).toMatch(/apply again/);
    expect(answer).not.toMatch(/Did you mean/);
  });

  it.each(["ne yapmaliyim", "ne yapmam lazım", "peki sonra ne yapacagim", "yeni kart almam gerekecek mi"])(
    "started, '%s' is told to revoke first, then apply, and the VKN asked again",
    async (text) => {
      const ctx = await setup();
      await ctx.chat.say("2 hafta once kartimi kaybettim");
      const answer = await ctx.chat.say(text);
      expect(answer).toMatch(/önce sertifika iptal edilir/);
      expect(answer).not.toMatch(/3 yıl geçerlidir/);
      expect(answer).toMatch(/VKN/);
    },
  );

  it.each(["kartı bulduk şimdi ne yapmalıyım", "kod gelmedi ne yapmalıyım"])(
    "started, '%s' is about something else: not told to revoke first",
    async (text) => {
      const ctx = await setup();
      await ctx.world.addCertificate(firmA);
      await ctx.chat.say("kartımız kayboldu iptal etmek istiyorum");
      await ctx.chat.say(firmA.vkn);
      expect(await ctx.chat.say(text)).not.toMatch(/önce sertifika iptal edilir/);
    },
  );

  it("without a revocation, 'ne yapmalıyım' is not answered as one", async () => {
    const ctx = await setup();
    expect(await ctx.chat.say("ne yapmaliyim")).not.toMatch(/iptal/);
  });

  it("another topic in between ends the context", async () => {
    const ctx = await setup();
    await revokedLost(ctx);
    await ctx.chat.say("fiyat ne kadar");
    expect(await ctx.chat.say("ne yapmalıyım")).not.toMatch(/yeniden başvuru yapmanız/);
  });
});

describe("after R9: where the documents go (R9.1)", () => {
  it.each([
    "peki evraklari nereye gonderecegiz",
    "belgeleri nereye yolluyoruz",
    "adres neresi",
    "hangi adrese göndereceğiz?",
    "evraklar neler",
  ])("'%s' gets GİB's address", async (text) => {
    const ctx = await setup();
    await ctx.chat.say("biz iki kisi adi ortakligiz basvurabilir miyiz internetten");
    const answer = await ctx.chat.say(text);
    expect(answer).toContain("Dışkapı/ANKARA");
    expect(answer).not.toMatch(/Şunu mu demek/);
  });

  it("English: 'where do we send the documents?' after R9", async () => {
    const ctx = await setup({ locale: "en" });
    await ctx.chat.say("we are a cooperative, can we apply online?");
    const answer = await ctx.chat.say("where do we send the documents?");
    expect(answer).toContain("Dışkapı/ANKARA");
  });

  it("a second follow-up keeps the context", async () => {
    const ctx = await setup();
    await ctx.chat.say("kooperatifiz online basvuru yapabilir miyiz");
    await ctx.chat.say("nereye gondeririz");
    expect(await ctx.chat.say("hangi belgeler lazim")).toContain("25572");
  });
});

describe("the order number this conversation gave", () => {
  it.each([
    "siparis numaram neydi",
    "sipariş numaramız neydi?",
    "sipariş no nedir",
    "siparis numarasini unuttum",
  ])("right after the application, '%s' is told it", async (text) => {
    const ctx = await setup();
    const submitted = await sayAll(ctx.chat, [...tuzelCardAnswers, "evet"]);
    const orderNo = /MM\d{10}/.exec(submitted)![0];
    const answer = await ctx.chat.say(text);
    expect(answer).toContain(orderNo);
    expect(answer).not.toMatch(/Sipariş numaranızı yazın/);
    // the code question of the application's contacts is still open
    expect(answer).toMatch(/E-postanıza gelen 6 haneli kodu yazın/);
  });

  it("English: 'what was my order number again?'", async () => {
    const ctx = await setup();
    const submitted = await sayAll(ctx.chat, [...tuzelCardAnswers, "evet"]);
    const orderNo = /MM\d{10}/.exec(submitted)![0];
    await ctx.chat.say("atla");
    expect(await ctx.chat.say("what was my order number again?")).toContain(orderNo);
  });

  it("without an order in the conversation the number is asked for", async () => {
    const ctx = await setup();
    expect(await ctx.chat.say("siparis numaram neydi")).toMatch(/Sipariş numaranızı yazın/);
  });

  it.each(["sipariş durumum ne", "siparisim ne zaman gelir"])(
    "'%s' is still an order status question",
    async (text) => {
      const ctx = await setup();
      await sayAll(ctx.chat, [...tuzelCardAnswers, "evet", "atla"]);
      expect(await ctx.chat.say(text)).not.toMatch(/Bu görüşmedeki sipariş numaranız/);
    },
  );
});

describe("a credit card is a way to pay (R3.2), never the smart card", () => {
  it.each([
    "kredi karti ile olur mu",
    "kredi kartıyla ödeyebilir miyim",
    "kartla olur mu",
    "banka kartı geçiyor mu",
  ])("after the payment answer, '%s' gets the sanal POS", async (text) => {
    const ctx = await setup();
    await ctx.chat.say("odemeyi nasil yapacagim");
    const answer = await ctx.chat.say(text);
    expect(answer).toContain("sanal POS");
    expect(answer).not.toMatch(/Kartınız geldiyse/);
  });

  it.each(["kredi kartı ile ödeme olur mu", "kredi kartina taksit var mi"])(
    "cold, '%s' gets the sanal POS",
    async (text) => {
      const ctx = await setup();
      const answer = await ctx.chat.say(text);
      expect(answer).toContain("sanal POS");
      expect(answer).not.toMatch(/Kartınız geldiyse/);
    },
  );

  it("English after the payment answer: 'can I pay by credit card?'", async () => {
    const ctx = await setup({ locale: "en" });
    await ctx.chat.say("how do I pay?");
    expect(await ctx.chat.say("can I pay by credit card?")).toMatch(/virtual POS/);
  });

  it("the unpaid order's own link follows", async () => {
    const ctx = await setup();
    await sayAll(ctx.chat, [...tuzelCardAnswers, "evet", "atla"]);
    expect(await ctx.chat.say("kredi kartıyla ödeyebilir miyim")).toMatch(/sanalpos.*siparis=MM\d{10}/);
  });

  it("without the payment context, the smart card's 'kartım geldi ne yapmalıyım' is unchanged", async () => {
    const ctx = await setup();
    expect(await ctx.chat.say("kartım geldi ne yapmalıyım")).toMatch(/Kartınız geldiyse/);
  });
});

describe("after the e-documents answer: one certificate serves all (R1.1, R2.1)", () => {
  it.each([
    ["what about e-archive?", "e-Arşiv"],
    ["and e-despatch too?", "e-İrsaliye"],
    ["e-archive as well?", "e-Arşiv"],
  ])("English '%s' is answered", async (text, doc) => {
    const ctx = await setup({ locale: "en" });
    expect(await ctx.chat.say("hi, do I need a separate seal for e-invoice and e-ledger?")).toContain(
      "one certificate",
    );
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(/Did you mean/);
    expect(answer).toContain(`serves ${doc} too`);
  });

  it.each(["peki e-irsaliye?", "e-arsiv icin de gecerli mi", "e arşiv için ayrı mı lazım"])(
    "Turkish '%s' is answered",
    async (text) => {
      const ctx = await setup();
      await ctx.chat.say("e-fatura ve e-defter icin ayri muhur gerekir mi");
      const answer = await ctx.chat.say(text);
      expect(answer).toMatch(/için de aynı mali mühür kullanılır/);
    },
  );
});
